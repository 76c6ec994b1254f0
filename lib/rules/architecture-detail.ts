// A Situation that tours the stack: a run of sentences dense with system names.
import type { Sentence } from '../engine/context';
import { stackTerms } from './shared/technical-nouns';
import { hitOver, sentencesIn } from './shared/story-parts';
import type { Rule } from './types';

/** A sentence is dense when it names this many systems or more. */
const DENSE_TERMS = 3;
/** The run must name this many systems in all. */
const RUN_TERMS = 7;

function denseRun(sentences: Sentence[]): { run: Sentence[]; terms: string[] } {
  const dense = sentences.map((s) => ({ s, terms: stackTerms(s.text) })).filter((x) => x.terms.length >= DENSE_TERMS);
  return { run: dense.map((x) => x.s), terms: dense.flatMap((x) => x.terms) };
}

function unique(terms: string[]): string[] {
  const seen = new Map<string, string>();
  for (const t of terms) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return [...seen.values()];
}

const rule: Rule = {
  id: 'architecture-detail',
  severity: 'warning',
  message: 'The Situation walks through the system architecture instead of the problem.',
  why: 'A tour of the stack costs time and attention without showing anything about you; name only the part that failed, and let the interviewer ask for more.',
  check(story) {
    const { run, terms } = denseRun(sentencesIn(story, 'situation'));
    const named = unique(terms);
    // One dense sentence of a handful of names is a quick sketch; two or more, or one long list, is a tour.
    if (named.length < RUN_TERMS || (run.length < 2 && named.length < RUN_TERMS + 2)) return [];
    const sample = named.slice(0, 3).join(', ');
    const hit = hitOver(run, {
      suggestion: `Replace this stack tour (${sample} and ${named.length - 3} more) with one sentence naming only the component that failed and whose it was.`,
    });
    return hit ? [hit] : [];
  },
  examples: {
    flagged: [
      {
        // Names the product list lacks (Iceberg, Trino) still count inside a sentence that tours the stack.
        text:
          'Situation: our ingestion read MySQL through Debezium into Kafka, joined streams in Flink, wrote Iceberg tables to S3, and served them with Trino, all scheduled by Airflow on GKE. A schema change broke the joins one night. Task: I was on call. Action: I found the renamed column in the Flink logs, patched the mapping, and replayed the day. Result: reports were complete by 8 am. Reflection: I now diff schemas before each deploy.',
      },
      {
        text:
          'Our backend ran as a dozen Go microservices on Kubernetes behind an Envoy ingress. Orders went through Kafka topics to consumers that wrote into PostgreSQL and a Redis cache, and reporting jobs ran in Airflow against BigQuery. One Friday the order consumers fell behind and customers saw stale order statuses. I found a poison message in the logs, added a dead letter queue, and replayed the backlog. Lag went from 40 minutes to zero, and status complaints stopped. I learned to add a lag alert to every new consumer.',
      },
      {
        text:
          'Situation: we had a React front end, a GraphQL gateway, and twenty Node.js services on AWS Lambda. Data lived in DynamoDB tables, S3 buckets and an Elasticsearch cluster, with CloudFront in front and Datadog for metrics. Search results started showing deleted products. Task: I owned search. Action: I traced it to a missed delete event and wrote a nightly reconciliation job with tests. Result: stale results went from 2% of queries to none. Reflection: I now write a reconciliation path for every event-driven index.',
      },
    ],
    passing: [
      {
        // A few systems and a colleague's name are a quick sketch, not a tour.
        text:
          'I paired with Priya on the Kafka consumer that fed our Postgres reporting tables. One night the consumer fell behind and the morning reports were empty. I found a poison message in the logs, added a dead letter queue, and replayed the backlog. Lag went from 40 minutes to zero, and I added a lag alert.',
      },
      {
        text:
          'Our payments service on Kubernetes was dropping about 1% of refunds, and nobody owned the refund worker. I reproduced the drop in staging, found an unhandled timeout, fixed it with a retry and tests, and watched the refund queue for a week. Failed refunds went to zero, which ended about 40 support tickets a week. I added an alert on the refund queue and proposed an owner for every worker.',
      },
      {
        text:
          'Our team ran the search API on Elasticsearch. Queries slowed down every Monday morning, and the on-call engineers blamed traffic. I compared slow-query logs across weeks and found a weekly reindex job that overlapped with peak hours. I moved the job to Sunday night and verified latency for three weeks. Monday p95 went from 2.1 seconds to 400 ms, and search abandonment fell 6%. I learned to check scheduled jobs first when latency has a weekly pattern.',
      },
    ],
  },
};

export default rule;
