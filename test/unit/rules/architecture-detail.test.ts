import { describe, expect, it } from 'vitest';
import { findings } from './find';

const rest = 'One night the order consumers fell behind. I found a poison message in the logs, added a dead letter queue, and replayed the backlog. Lag went from 40 minutes to zero. I now add a lag alert to every new consumer.';

describe('architecture-detail', () => {
  it('flags a Situation that tours the stack, pointing at the dense sentences only', () => {
    const text =
      'We ran twelve Go microservices on Kubernetes behind an Envoy ingress. Orders went through Kafka topics to consumers that wrote into PostgreSQL and a Redis cache, with Airflow jobs feeding BigQuery. ' +
      rest;
    const [f] = findings('architecture-detail', text);
    expect(f).toBeDefined();
    expect(f!.quoted).toMatch(/^We ran twelve Go microservices.*BigQuery\.$/);
    expect(f!.suggestion).toMatch(/Replace this stack tour \(.+ and \d+ more\)/);
  });

  it('accepts one or two systems named to say where the problem was (the guide)', () => {
    const text = 'Our order service started dropping messages. The Kafka consumer belonged to the data team. ' + rest;
    expect(findings('architecture-detail', text)).toHaveLength(0);
  });

  it('does not count system names mentioned in the actions', () => {
    const text =
      'Orders were showing stale statuses for some customers. I checked Kafka consumer lag in Grafana, traced the poison message through the Redis cache and PostgreSQL, and patched the consumer on Kubernetes. I added a Prometheus alert on lag. Stale statuses went to zero.';
    expect(findings('architecture-detail', text)).toHaveLength(0);
  });

  // Published answers tour the stack in a sentence or two; the old rule waited for seven names.
  it('flags four components named in a short Situation', () => {
    const text = 'A new worker read the database stream through Kafka, replacing a cron job that called a Lambda. The worker was half built when its author left. ' + rest;
    expect(findings('architecture-detail', text)).toHaveLength(1);
  });

  it('counts a product and the kind of part it is once, in later sentences too', () => {
    const text = 'We moved orders from a MySQL cluster to a Postgres database. The cluster kept the old rows while the database took the new ones. ' + rest;
    expect(findings('architecture-detail', text)).toHaveLength(0);
  });

  it('does not read job titles and ward names as systems', () => {
    const text = 'As an RN in the ICU, I saw an IV order in the MAR that did not match the ER chart. I stopped the dose and called the pharmacist, who found a transcription error. The patient got the right dose within the hour.';
    expect(findings('architecture-detail', text)).toHaveLength(0);
  });

  it('does not count steps of the work (deploys, logs) as parts of the system', () => {
    const text = 'Our deploy took four hours because someone had to trigger each deployment by hand and read the logs after every rollout. ' + rest;
    expect(findings('architecture-detail', text)).toHaveLength(0);
  });
});
