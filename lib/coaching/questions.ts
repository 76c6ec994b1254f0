// The question bank, as data: how to recognise each question, how interviewers ask it, what
// they listen for, and which checks matter most. Which rules run for a question is decided
// by each rule's own `questions` field; `keyRules` here only describes it for the UI.
import type { QuestionId, RuleId } from '../engine/report';

export interface QuestionProfile {
  id: QuestionId;
  label: string;
  /** Lower-case phrases that identify the question in a heading. */
  prompts: string[];
  listensFor: string[];
  /** How interviewers phrase it. */
  variants: string[];
  /** What a heading must contain to be this question (tried in DETECTION_ORDER). */
  pattern?: RegExp;
  /** The checks that weigh most for this question, in the UI's words. */
  keyRules: RuleId[];
}

const CORE: RuleId[] = ['missing-section', 'we-language', 'unquantified-impact', 'generic-reflection', 'vague-ending'];

export const QUESTIONS: Record<QuestionId, QuestionProfile> = {
  'production-incident': {
    id: 'production-incident',
    label: 'A production incident you handled',
    prompts: ['production incident', 'outage', 'incident', 'broke production', 'technical decision', 'on-call', 'postmortem'],
    variants: [
      'Describe a time you made a technical decision that caused a production incident.',
      'Tell me about an outage you were involved in.',
      'Walk me through a production issue you debugged.',
    ],
    pattern: /\b(?:incidents?|outages?|broke (?:prod|production)|production (?:issue|bug|failure|problem|error)s?|on-?call|post-?mortem|sev ?[0-3]|technical decision|went down|downtime)(?!\w)/i,
    listensFor: ['ownership beyond your assignment', 'root cause confirmed and fix validated', 'measured impact in business terms', 'a systemic lesson'],
    keyRules: [...CORE, 'missing-scope-boundary', 'unverified-fix', 'handoff', 'architecture-detail', 'missing-second-order'],
  },
  ownership: {
    id: 'ownership',
    label: 'Taking ownership beyond your role',
    prompts: ['ownership', 'took ownership', 'outside your role', 'beyond your responsibilities', 'nobody owned', 'initiative', 'above and beyond'],
    variants: [
      'Tell me about a time you took ownership of something outside your role.',
      'Describe a problem nobody owned that you fixed.',
      'Give an example of going above and beyond.',
    ],
    pattern: /\b(?:owner(?:ship)?|owned|outside (?:of )?(?:your|my) (?:role|team|scope|job)|beyond (?:your|my)|initiative|nobody (?:owned|asked)|no one (?:owned|asked)|above and beyond|proactive(?:ly)?|without being asked)(?!\w)/i,
    listensFor: ['a clear scope boundary', 'a motive rooted in impact, not spare time', 'follow-through to the end', 'business impact'],
    keyRules: [...CORE, 'missing-scope-boundary', 'handoff', 'weak-motivation', 'others-did-it'],
  },
  conflict: {
    id: 'conflict',
    label: 'A conflict with a colleague',
    prompts: ['conflict', 'disagreement with a colleague', 'difficult coworker', 'disagreed with a peer', 'difficult colleague'],
    variants: [
      'Tell me about a conflict with a coworker and how you resolved it.',
      'Describe a time you disagreed with a teammate.',
      'Tell me about working with a difficult stakeholder.',
    ],
    pattern: /\b(?:conflicts?|disagree(?:d|ment)?|difficult (?:co-?worker|colleague|person|teammate|stakeholder|peer|customer)|clash(?:ed)?|tension|friction|push(?:ed|ing)? back)(?!\w)/i,
    listensFor: ['your own actions to resolve it', 'respect for the other view', 'data over opinion', 'a measurable outcome'],
    keyRules: [...CORE, 'others-did-it'],
  },
  'disagree-manager': {
    id: 'disagree-manager',
    label: 'Disagreeing with your manager',
    prompts: ['disagree with your manager', 'disagreed with your manager', 'disagreed with your boss', 'pushed back on your manager', 'conflict with my manager'],
    variants: [
      'Tell me about a time you disagreed with your manager.',
      'Describe a decision from leadership you pushed back on.',
      'Have you ever had to convince your boss to change course?',
    ],
    pattern: /^(?=.*\b(?:manager|boss|supervisor|director|skip[- ]level|leadership|vp|cto|(?:tech|team) lead)(?!\w))(?=.*\b(?:disagree\w*|conflict|push(?:ed|ing)? back|challeng\w*|convinc\w*|overrul\w*|said no|change (?:their|his|her) mind)(?!\w))/i,
    listensFor: ['data behind your position', 'how you escalated respectfully', 'commitment once the decision was made'],
    keyRules: [...CORE, 'hedging'],
  },
  failure: {
    id: 'failure',
    label: 'A failure or mistake',
    prompts: ['failure', 'failed', 'mistake', 'went wrong'],
    variants: [
      'Tell me about a time you failed.',
      'Describe a mistake you made and what you did about it.',
      'What is a project that did not go as planned?',
    ],
    pattern: /\b(?:fail(?:ed|ure|ures)?|mistakes?|went wrong|screw(?:ed)? up|messed up|regret|did(?:n't| not) go (?:as planned|well)|missed (?:a|the) (?:deadline|target|goal))(?!\w)/i,
    listensFor: ['owning the mistake without excuses', 'what you changed afterwards', 'a specific lesson'],
    keyRules: [...CORE, 'missing-reflection', 'missing-second-order'],
  },
  deadline: {
    id: 'deadline',
    label: 'A tight deadline',
    prompts: ['deadline', 'time pressure', 'tight timeline', 'under pressure'],
    variants: [
      'Tell me about a time you had to deliver under a tight deadline.',
      'Describe a project where time was short.',
      'How did you handle competing priorities with a fixed date?',
    ],
    pattern: /\b(?:deadlines?|time pressure|tight (?:timeline|schedule|deadline)|under pressure|short notice|competing priorities|time[- ]crunch|(?:time|timeline|schedule) was (?:short|tight)|short on time|little time|ship(?:ped)? (?:fast|quickly))(?!\w)/i,
    listensFor: ['trade-offs you chose', 'how you kept scope honest', 'delivery against the date'],
    keyRules: [...CORE],
  },
  leadership: {
    id: 'leadership',
    label: 'Leading without authority',
    prompts: ['leadership', 'led a team', 'lead a project', 'influence without authority', 'mentored'],
    variants: [
      'Tell me about a time you led a project without formal authority.',
      'Describe how you influenced another team.',
      'Give an example of mentoring someone.',
    ],
    pattern: /\b(?:lead(?:ership)?|led|influence[ds]?|without (?:formal )?authority|mentor(?:ed|ing)?|coach(?:ed)?|rall(?:y|ied)|motivat(?:e|ed))(?!\w)/i,
    listensFor: ['how you aligned people', 'decisions you made', 'the team outcome you drove'],
    keyRules: [...CORE, 'missing-org-insight'],
  },
  ambiguity: {
    id: 'ambiguity',
    label: 'Handling ambiguity',
    prompts: ['ambiguity', 'ambiguous', 'unclear requirements', 'incomplete information'],
    variants: [
      'Tell me about a time you worked with unclear requirements.',
      'Describe a decision you made with incomplete information.',
      'How do you handle ambiguity?',
    ],
    pattern: /\b(?:ambigu\w*|unclear|incomplete (?:information|data|requirements)|uncertain\w*|without (?:clear )?(?:requirements|direction|guidance|a spec)|vague (?:requirements|goals|ask)|unknowns?)(?!\w)/i,
    listensFor: ['how you framed the problem', 'assumptions you tested', 'decisions under uncertainty'],
    keyRules: [...CORE],
  },
  general: {
    id: 'general',
    label: 'Any behavioral question',
    prompts: [],
    variants: ['Tell me about a time…'],
    listensFor: ['a clear situation', 'your own actions', 'a measurable result', 'a specific lesson'],
    keyRules: [...CORE],
  },
};

/** More specific questions first: "failed to meet a deadline" is a failure story. */
export const DETECTION_ORDER: readonly QuestionId[] = [
  'disagree-manager',
  'production-incident',
  'failure',
  'conflict',
  'deadline',
  'ambiguity',
  'ownership',
  'leadership',
];
