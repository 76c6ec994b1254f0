// What each interview focus and seniority level emphasises and plays down, as data for the
// UI. Which rules run is decided by each rule's own `focus` / `levels` fields; `keyRules`
// only names them here so the panel can explain why a check appears.
import type { Focus, Level, RuleId } from '../engine/report';

export interface EmphasisProfile {
  label: string;
  /** One line on what the interviewer is probing. */
  summary: string;
  emphasises: string[];
  deEmphasises: string[];
  keyRules: RuleId[];
}

export const FOCUS_PROFILES: Record<Focus, EmphasisProfile> = {
  general: {
    label: 'General',
    summary: 'A complete, well-paced STAR answer.',
    emphasises: ['all five parts, in order', '"I" for the key steps', 'a measured result', 'a lesson tied to this story'],
    deEmphasises: ['long scene-setting'],
    keyRules: ['missing-section', 'we-language', 'unquantified-impact', 'generic-reflection', 'situation-too-long'],
  },
  ownership: {
    label: 'Ownership',
    summary: 'Did you take on something nobody gave you, and what did it change for the business?',
    emphasises: ['open with the outcome', 'proof the problem was not yours to fix', 'a motive rooted in impact', 'business value of the result'],
    deEmphasises: ['technical detail that shows neither ownership nor impact'],
    keyRules: ['buried-outcome', 'missing-scope-boundary', 'weak-motivation', 'handoff', 'missing-business-value'],
  },
  technical: {
    label: 'Technical depth',
    summary: 'How rigorously did you find the cause and prove the fix?',
    emphasises: ['the investigation steps: reproduce, trace, measure', 'data behind each decision', 'how the fix was validated'],
    deEmphasises: ['organisational framing beyond the technical problem'],
    keyRules: ['missing-investigation', 'unverified-fix', 'passive-voice'],
  },
  speed: {
    label: 'Speed and bias for action',
    summary: 'How fast did you respond, and what stops it from happening again?',
    emphasises: ['time to detect and to fix', 'automation against recurrence (alerts, checks, test gates)', 'coordination across teams'],
    deEmphasises: ['a long reflection', 'deep organisational root-cause analysis'],
    keyRules: ['missing-prevention', 'long-reflection', 'answer-too-long'],
  },
};

export const LEVEL_PROFILES: Record<Level, EmphasisProfile> = {
  junior: {
    label: 'Junior',
    summary: 'Solid execution within your own scope.',
    emphasises: ['a problem within your team or immediate scope', 'reproduce, fix, verify', 'what you learned about the craft'],
    deEmphasises: ['organisation-wide change'],
    keyRules: ['unverified-fix', 'we-language'],
  },
  mid: {
    label: 'Mid-level',
    summary: 'Independent ownership of a problem from cause to verified fix.',
    emphasises: ['your own scope, owned end to end', 'reproduce, fix, verify', 'a measured result'],
    deEmphasises: ['organisation-wide change'],
    keyRules: ['unverified-fix', 'unquantified-impact', 'we-language'],
  },
  senior: {
    label: 'Senior',
    summary: 'Impact beyond your team and the system that let the problem happen.',
    emphasises: ['cross-team trade-offs', 'the systemic root cause beyond the code', 'influencing other teams', 'process change'],
    deEmphasises: ['step-by-step coding detail'],
    keyRules: ['missing-org-insight', 'missing-second-order', 'missing-business-value'],
  },
  staff: {
    label: 'Staff',
    summary: 'Organisational leverage: changing how many teams work.',
    emphasises: ['organisational gaps such as missing shared SLOs', 'influence without authority across teams', 'process and standards others adopted'],
    deEmphasises: ['individual debugging detail'],
    keyRules: ['missing-org-insight', 'missing-second-order'],
  },
};
