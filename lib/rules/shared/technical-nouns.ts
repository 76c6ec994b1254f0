// System and stack vocabulary: product names, infrastructure pieces, and the shapes of tech
// names (CamelCase, dotted, acronyms). Counting them shows when a part tours the architecture.
// Looked up word by word in a set: a regular expression of a few hundred names compiles slowly.
import { memoByText } from '../../engine/memo';
const PRODUCTS = [
  'kubernetes', 'k8s', 'docker', 'helm', 'terraform', 'ansible', 'jenkins', 'circleci', 'github actions', 'argo', 'istio', 'envoy', 'nginx', 'haproxy',
  'consul', 'vault', 'etcd', 'zookeeper', 'kafka', 'rabbitmq', 'sqs', 'sns', 'kinesis', 'pubsub', 'pub/sub', 'celery', 'sidekiq', 'redis', 'memcached',
  'postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'mongo', 'cassandra', 'dynamodb', 'elasticsearch', 'opensearch', 'clickhouse', 'snowflake',
  'bigquery', 'redshift', 'spark', 'hadoop', 'airflow', 'flink', 'fluentd', 'logstash', 'kibana', 'prometheus', 'grafana', 'datadog', 'splunk',
  'new relic', 'sentry', 'jaeger', 'opentelemetry', 'confluence', 'lambda', 's3', 'ec2', 'ecs', 'eks', 'gke', 'aks', 'cloudfront', 'cloudflare',
  'aws', 'gcp', 'azure', 'heroku', 'node', 'node.js', 'react', 'angular', 'vue', 'django', 'rails', 'spring', 'spring boot', 'flask', 'express',
  'graphql', 'grpc', 'rest', 'golang', 'java', 'kotlin', 'scala', 'python', 'ruby', 'php', 'rust', 'typescript', 'javascript', 'swift',
  'webpack', 'vite', 'linux', 'ubuntu', 'hmac', 'oauth', 'jwt', 'saml', 'tls', 'ssl', 'cdn', 'dns', 'vpc', 'vpn',
];

// Singular forms: plurals are reduced before lookup.
const INFRASTRUCTURE = [
  'microservice', 'monolith', 'replica set', 'replica', 'shard', 'sharding', 'cluster', 'pod', 'container', 'load balancer', 'ingress', 'egress proxy',
  'proxy', 'api gateway', 'gateway', 'message queue', 'message broker', 'broker', 'exchange', 'consumer', 'producer', 'topic', 'partition',
  'stream', 'queue', 'cache', 'caching layer', 'database', 'data warehouse', 'schema', 'index', 'indices', 'endpoint', 'api', 'sdk', 'pipeline',
  'helm chart', 'worker', 'cron job', 'scheduler', 'function', 'runtime', 'event bus', 'service mesh', 'sidecar', 'webhook', 'dispatcher',
  'payload', 'serializer', 'orm', 'thread pool', 'connection pool', 'configuration', 'config', 'secret', 'deploy', 'deployment', 'rollout', 'log',
  'metric', 'trace', 'on-call rotation', 'runbook', 'storage', 'blob store', 'object store', 'bucket', 'vm', 'virtual machine', 'instance', 'region',
  'availability zone',
];

const TERMS = new Set([...PRODUCTS, ...INFRASTRUCTURE]);
// Names that are also everyday words ("the rest", "last spring") count only when capitalized.
const EVERYDAY = new Set(['rest', 'spring', 'express', 'vault', 'swift', 'rails', 'react', 'node', 'lambda', 'spark', 'flask', 'consul', 'envoy', 'helm', 'argo', 'sentry', 'ruby', 'rust', 'snowflake', 'confluence', 'vue', 'storage', 'config', 'configuration']);
const LONGEST = 3;
const WORD = /[A-Za-z0-9][\w.+#/-]*[A-Za-z0-9+#]|[A-Za-z0-9]/g;
// Shapes of tech names: RabbitMQ, MongoDB (inner capitals), Node.js (dotted), HMAC (2–6 capitals).
const SHAPE = /^(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Za-z]+\.(?:js|io|net|py|ts)|[A-Z]{2,6}s?)$/;
// Capitalized words that are not systems.
const NOT_TECH = new Set('I OK CEO CTO VP VPs PM PMs QA HR US UK EU USA ASAP FYI EOD Q1 Q2 Q3 Q4 SLO SLOs SLA SLAs P0 P1 P2 P3 P4 TL TLs EM EMs ARR MRR NPS KPI KPIs OKR OKRs IT AM'.split(' '));

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:x|s|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function known(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  if (EVERYDAY.has(lower) && phrase[0] === lower[0]) return false;
  return TERMS.has(lower) || TERMS.has(singular(lower));
}

/** The technical terms of a sentence, in order, each counted once per position. */
export const technicalTerms = memoByText((text: string): readonly string[] => {
  const words = [...text.matchAll(WORD)];
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let taken = 0;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1 && !taken; n--) {
      const first = words[i]!;
      const last = words[i + n - 1]!;
      const phrase = text.slice(first.index, last.index + last[0].length);
      if (/^[\w.+#/-]+(?: [\w.+#/-]+)*$/.test(phrase) && known(phrase)) taken = n;
    }
    const word = words[i]![0];
    if (!taken && SHAPE.test(word) && !NOT_TECH.has(word)) taken = 1;
    if (taken) {
      const last = words[i + taken - 1]!;
      terms.push(text.slice(words[i]!.index, last.index + last[0].length));
      i += taken - 1;
    }
  }
  return terms;
});

/** In a sentence that already names this many systems, unknown names in the list are systems too. */
const STACK_SENTENCE = 3;
// A capitalized word joined into a list of systems: "with Debezium", "in Parquet", "and Trino".
const LISTED_NAME = /(?:,|\(|\b(?:and|or|with|from|in|into|on|to|via|behind|over|using|plus|through))\s+([A-Z][a-z]{2,}[A-Za-z]*)(?!\w)(?!['’]s)/g;
const NOT_A_SYSTEM = new Set('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Black Christmas Easter The This That These Those Our Their My We They He She It'.split(' '));

/** The technical terms of a sentence, counting names the product list lacks when they sit in a run of systems. */
export function stackTerms(text: string): readonly string[] {
  const terms = technicalTerms(text);
  if (terms.length < STACK_SENTENCE) return terms;
  const seen = new Set(terms.flatMap((t) => t.split(' ')));
  const unknown = [...text.matchAll(LISTED_NAME)].map((m) => m[1]!).filter((w) => !seen.has(w) && !NOT_A_SYSTEM.has(w));
  return [...terms, ...unknown];
}

// A bare run of capitals the lists lack ("RN", "ICU", "FY") is as often a job title or a ward as a
// system: it counts only in a sentence that also names a sure one (a listed product or part, or a CamelCase
// or dotted name).
const BARE_ACRONYM = /^[A-Z]{2,6}s?$/;
// Steps and records of the work, not parts of the system: "the deploy", "the logs".
const NOT_A_COMPONENT = new Set(['deploy', 'deployment', 'rollout', 'log', 'metric', 'trace', 'runbook', 'on-call rotation', 'config', 'configuration']);

// "a MySQL cluster", "the Kafka topics": a kind of part right after a product names that product again.
const namesKindOf = (text: string, previous: string | undefined, term: string) =>
  previous !== undefined && term === term.toLowerCase() && text.includes(`${previous} ${term}`);

const PRODUCT_NAMES = new Set(PRODUCTS);
const surelySystem = (term: string) => !BARE_ACRONYM.test(term) || PRODUCT_NAMES.has(term.toLowerCase());

/** The distinct components a run of sentences names, each once whatever its number or case ("worker", "Workers"). */
export function namedSystems(texts: readonly string[]): string[] {
  const seen = new Map<string, string | undefined>();
  const add = (key: string, term?: string) => {
    if (!seen.has(key)) seen.set(key, term);
  };
  for (const text of texts) {
    const terms = technicalTerms(text);
    const anchored = terms.some(surelySystem);
    const parts = terms.filter((t, i) => {
      const key = singular(t.toLowerCase());
      if ((!anchored && BARE_ACRONYM.test(t)) || NOT_A_COMPONENT.has(key)) return false;
      // The kind is remembered so that "the consumer" later is not a second system.
      if (namesKindOf(text, terms[i - 1], t)) return add(key), false;
      return true;
    });
    parts.forEach((t) => add(singular(t.toLowerCase()), t));
    // Names the lists lack count only where the sentence already lists systems.
    if (parts.length >= STACK_SENTENCE) stackTerms(text).slice(terms.length).forEach((t) => add(t.toLowerCase(), t));
  }
  return [...seen.values()].filter((t): t is string => t !== undefined);
}
