// Padding for the examples of the length rules: a realistic answer of a chosen size.
export const LONG_ACTION_SENTENCES = [
  'I started by pulling two weeks of request logs and grouping the failures by endpoint, client version and region.',
  'The failures clustered on one endpoint that our mobile clients called on every app launch, and only in one region.',
  'I compared that region\'s load balancer configuration with the others and found a connection timeout that was a third of the rest.',
  'Before changing anything, I reproduced the failure in staging by replaying recorded traffic against the same timeout.',
  'I raised the timeout to match the other regions, wrote a test that replays the traffic pattern, and put the change behind a flag.',
  'I rolled the change out to ten percent of traffic first and watched the error rate and latency dashboards for a full day.',
  'When the numbers held, I rolled it out to the whole region and kept the dashboards open through the evening peak.',
  'I also wrote a short note for the on-call rotation that explained the symptom, the cause and how to check the timeout.',
];
