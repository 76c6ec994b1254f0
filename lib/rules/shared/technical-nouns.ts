// System and stack vocabulary: product names, infrastructure pieces, and the shapes of tech
// names (CamelCase, dotted, acronyms). Counting them shows when a part tours the architecture.
const PRODUCTS = [
  'kubernetes', 'k8s', 'docker', 'helm', 'terraform', 'ansible', 'jenkins', 'circleci', 'github actions', 'argo', 'istio', 'envoy', 'nginx', 'haproxy',
  'consul', 'vault', 'etcd', 'zookeeper', 'kafka', 'rabbitmq', 'sqs', 'sns', 'kinesis', 'pubsub', 'pub/sub', 'celery', 'sidekiq', 'redis', 'memcached',
  'postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'mongo', 'cassandra', 'dynamodb', 'elasticsearch', 'opensearch', 'clickhouse', 'snowflake',
  'bigquery', 'redshift', 'spark', 'hadoop', 'airflow', 'flink', 'fluentd', 'logstash', 'kibana', 'prometheus', 'grafana', 'datadog', 'splunk',
  'new relic', 'sentry', 'jaeger', 'opentelemetry', 'confluence', 'lambda', 's3', 'ec2', 'ecs', 'eks', 'gke', 'aks', 'cloudfront', 'cloudflare',
  'aws', 'gcp', 'azure', 'heroku', 'node', 'node.js', 'react', 'angular', 'vue', 'django', 'rails', 'spring', 'spring boot', 'flask', 'express',
  'graphql', 'grpc', 'rest', 'golang', 'java', 'kotlin', 'scala', 'python', 'ruby', 'php', 'rust', 'typescript', 'javascript', 'swift',
  'webpack', 'vite', 'linux', 'ubuntu', 'windows server', 'hmac', 'oauth', 'jwt', 'saml', 'tls', 'ssl', 'cdn', 'dns', 'vpc', 'vpn',
];

const INFRASTRUCTURE = [
  'microservices?', 'monolith', 'replica sets?', 'replicas?', 'shards?', 'sharding', 'clusters?', 'pods?', 'nodes', 'containers?', 'load balancers?',
  'ingress', 'egress proxy', 'proxy', 'proxies', 'api gateway', 'gateways?', 'message (?:queues?|brokers?)', 'brokers?', 'exchanges?', 'consumers?',
  'producers?', 'topics?', 'partitions?', 'streams?', 'queues?', 'caches?', 'caching layer', 'databases?', 'data warehouse', 'schemas?', 'indexes', 'indices',
  'endpoints?', 'apis?', 'sdks?', 'pipelines?', 'helm charts?', 'charts?', 'workers?', 'cron jobs?', 'schedulers?', 'lambdas?', 'functions?', 'runtimes?',
  'event bus', 'service mesh', 'sidecars?', 'webhooks?', 'dispatchers?', 'payloads?', 'serializers?', 'orm', 'thread pools?', 'connection pools?',
  'configuration', 'config', 'secrets', 'deploys?', 'deployments?', 'rollouts?', 'logs', 'metrics', 'traces', 'on-call rotation', 'runbooks?',
  'storage', 'blob store', 'object store', 'buckets?', 'vms?', 'virtual machines?', 'instances?', 'regions?', 'availability zones?',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest names first, so "spring boot" wins over "spring"; infrastructure entries are already patterns.
const NAMES = [...PRODUCTS].sort((a, b) => b.length - a.length).map(escape);
const LEXICON = new RegExp(String.raw`\b(?:${[...NAMES, ...INFRASTRUCTURE].join('|')})\b`, 'gi');
// Shapes of tech names: RabbitMQ, MongoDB (inner capitals), Node.js (dotted), HMAC (acronyms of 2–6 capitals).
const SHAPES = /\b[A-Z][a-z]+[A-Z][A-Za-z]*\b|\b[A-Za-z]+\.(?:js|io|net|py|ts)\b|\b[A-Z]{2,6}s?\b/g;
// Capitalized words that are not systems.
const NOT_TECH = /^(?:I|OK|CEO|CTO|VP|VPs|PM|PMs|QA|HR|US|UK|EU|USA|ASAP|FYI|EOD|Q[1-4]|SLO|SLOs|SLA|SLAs|P[0-4]|TL|TLs|EM|EMs|ARR|MRR|NPS|KPI|KPIs|OKR|OKRs|IT|AM|PM)$/;

/** The technical terms of a sentence, each counted once per position. */
export function technicalTerms(text: string): string[] {
  const found = new Map<number, string>();
  for (const m of text.matchAll(LEXICON)) found.set(m.index, m[0]);
  for (const m of text.matchAll(SHAPES)) {
    if (NOT_TECH.test(m[0])) continue;
    const overlaps = [...found.keys()].some((i) => i <= m.index && m.index < i + found.get(i)!.length);
    if (!overlaps) found.set(m.index, m[0]);
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, t]) => t);
}
