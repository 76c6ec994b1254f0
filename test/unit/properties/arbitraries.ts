// Generators for the engine's property tests: hostile raw strings, and answer-like documents
// built from the pieces real prep docs are made of (headings, part markers, bullets, sentences).
import fc from 'fast-check';
import type { AnalyzeOptions } from '../../../lib/engine/report';

/** Characters that break naive text code: line ends of every kind, NUL, lone surrogates, joiners, RTL marks. */
const AWKWARD = ['\r\n', '\r', '\n', '\u0000', '\uD800', '\uDC00', '\uDBFF', '\u2028', '\u2029', '\u200D', '\u202E', '\uFEFF', '\t', '\u00A0', '…', '–', '—', '“', '”', 'e\u0301', '👩‍💻'];

/** Any string, weighted towards awkward characters and sentence punctuation. */
export const rawText = fc.string({
  unit: fc.oneof(
    { arbitrary: fc.constantFrom(...AWKWARD), weight: 2 },
    { arbitrary: fc.constantFrom('.', '?', '!', ':', ' ', ' ', 'I ', 'we ', '#', '-', '[S]', '%', '5'), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 3 },
  ),
  maxLength: 300,
});

const HEADINGS = [
  'Q1: Tell me about a time you made a technical decision that caused a production incident?',
  'Q2: Tell me about a time you disagreed with your manager.',
  '## Conflict',
  '## Conflict with my manager',
  '# Interview prep',
  'Tell me about a time you failed?',
  '### Q7 — a deadline you almost missed',
  'Describe a time you took ownership of something nobody owned.',
];

const MARKERS = [
  'Situation:', 'Task:', 'Action:', 'Result:', 'Reflection:', 'Learning:', 'Lesson:',
  'S:', 'T:', 'A:', 'R:', 'L:', 'S –', 'T –', 'A -', 'R —', '[S]', '[T]', '[A]', '[R]', '[L]',
  'Situation', 'Action', 'Result',
];

const SENTENCES = [
  'Our checkout service was failing for about 4% of users in the EU region.',
  'We were a team of five running the payments stack on Kubernetes, Kafka and Postgres.',
  'No one was assigned to the alert, and it belonged to another team.',
  'I had some free time so I wanted to help.',
  'We dug into the logs together and figured out the root cause.',
  'The fix was deployed on Friday.',
  'I escalated it and they handled it.',
  'I reproduced the failure in staging, rotated the expired token, and added an expiry alert.',
  'I kind of basically just rewrote the retry logic, I think.',
  'Maybe it sort of worked.',
  'Errors dropped from 1,200 to 30 per hour, saving roughly $40k a month.',
  'Latency fell by 35% and 140 customers stopped filing tickets.',
  'The team was happy and it went well.',
  'I learned a lot and communication is important.',
  'Looking back, I would now add a canary check before any schema migration.',
  'Next time I would write the rollback plan first.',
  'My manager fixed it while I watched.',
  'I deployed the fix and the errors stopped.',
  'Other teams adopted the checklist, and we added an SLO for the queue.',
  'It was, like, a really big deal (for us).',
  'Revenue impact: ~$1.2M/quarter; p99 went 900ms → 120ms.',
  'I owned the rollout end to end.',
];

const line = fc.oneof(
  { arbitrary: fc.constantFrom(...HEADINGS), weight: 1 },
  { arbitrary: fc.constantFrom(...MARKERS), weight: 2 },
  { arbitrary: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), weight: 5 },
  { arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '• ', '1. '), fc.constantFrom(...SENTENCES)).map(([b, s]) => b + s), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom(...MARKERS), fc.constantFrom(...SENTENCES)).map(([m, s]) => `${m} ${s}`), weight: 3 },
  { arbitrary: fc.constant(''), weight: 1 },
);

/** A prep-doc-like text: lines joined by any line ending, sometimes with awkward characters spliced in. */
export const answerDoc = fc
  .tuple(
    fc.array(line, { maxLength: 24 }),
    fc.constantFrom('\n', '\r\n', '\n\n', ' '),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...AWKWARD)), { maxLength: 3 }),
  )
  .map(([lines, eol, splices]) => {
    let text = lines.join(eol);
    for (const [at, piece] of splices) {
      const i = text.length === 0 ? 0 : at % text.length;
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });

/** Any valid engine options (and sometimes none). */
export const options: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    question: fc.constantFrom('production-incident', 'ownership', 'conflict', 'general'),
    level: fc.constantFrom('junior', 'mid', 'senior', 'staff'),
    focus: fc.constantFrom('general', 'ownership', 'technical', 'speed'),
    wordsPerMinute: fc.integer({ min: 80, max: 220 }),
  },
  { requiredKeys: [] },
);

/** One edit to a text: insert, delete or replace a stretch, as a user typing or pasting would. */
export const edit = fc
  .tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom('', ' ', 'we ', 'I ', '\n## Conflict\n', 'Result: ', '50% ', '.'), fc.constantFrom(...SENTENCES)))
  .map(([at, cut, insert]) => (text: string) => {
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(Math.min(text.length, i + cut));
  });
