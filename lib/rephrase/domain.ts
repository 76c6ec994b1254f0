// Whether a story is about software or systems work, so suggestions only speak of errors,
// alerts, deploys and production where the story itself does. A nurse's or a teacher's story
// gets words from everyday work instead.
import { memoLast } from './memo-last';
import { precompiled } from '../engine/precompiled';

// Words that only technical work uses; "errors", "incident" or "production" alone are not enough
// (medication errors, an incident report, a production line).
const TECHNICAL =
  precompiled(/\b(?:code|coded|codebase|deploy(?:s|ed|ing|ment|ments)?|release[ds]?|server(?:s|less)?|services?|APIs?|endpoints?|databases?|queries|query|SQL|repos?|repository|bugs?|debug(?:ged|ging)?|latency|cach(?:e|es|ed|ing)|backend|frontend|webhooks?|microservices?|pipelines?|CI|builds?|staging|on-?call|pull requests?|PRs?|commits?|merged|config(?:uration)?|scripts?|logs?|logging|dashboards?|alerts?|monitoring|outages?|downtime|timeouts?|crash(?:es|ed|ing)?|migrations?|schema|indexes|index|clusters?|Kubernetes|k8s|AWS|GCP|Azure|Redis|Postgres|Kafka|Java|Python|JavaScript|TypeScript|React|iOS|Android|app|apps|software|engineers?|engineering|developers?|SRE|DevOps|checkout|load tests?|regression tests?|unit tests?|test suite|QA|feature flags?|rollback|rolled back|hotfix|patch(?:ed)?|CPU|memory leak|requests per|p9\d|ms\b)(?!\w)/gi);

/** True when the story names at least two technical things (one may be a passing mention). */
export const isTechnical = memoLast((story: string): boolean => {
  TECHNICAL.lastIndex = 0;
  let found = 0;
  while (TECHNICAL.exec(story)) if (++found >= 2) return true;
  return false;
});

/** Pick the technical or the everyday wording for a story. */
export function inDomain(story: string, technical: string, everyday: string): string {
  return isTechnical(story) ? technical : everyday;
}
