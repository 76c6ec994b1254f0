// The question bank, as data: how to recognise each question and what interviewers listen for.
import type { QuestionId } from '../engine/report';

export interface QuestionProfile {
  id: QuestionId;
  label: string;
  /** Lower-case phrases that identify the question in a heading. */
  prompts: string[];
  listensFor: string[];
}

export const QUESTIONS: Record<QuestionId, QuestionProfile> = {
  'production-incident': {
    id: 'production-incident',
    label: 'A technical decision that caused a production incident',
    prompts: ['production incident', 'outage', 'incident', 'broke production', 'technical decision'],
    listensFor: ['ownership beyond your assignment', 'root cause confirmed and fix validated', 'measured impact', 'a systemic lesson'],
  },
  ownership: {
    id: 'ownership',
    label: 'Taking ownership beyond your role',
    prompts: ['ownership', 'took ownership', 'outside your role', 'beyond your responsibilities', 'nobody owned', 'initiative'],
    listensFor: ['a clear scope boundary', 'proactive initiative', 'follow-through to the end', 'business impact'],
  },
  conflict: {
    id: 'conflict',
    label: 'A conflict with a colleague',
    prompts: ['conflict', 'disagreement with a colleague', 'difficult coworker', 'disagreed with a peer', 'difficult colleague'],
    listensFor: ['your own actions to resolve it', 'respect for the other view', 'a measurable outcome'],
  },
  'disagree-manager': {
    id: 'disagree-manager',
    label: 'Disagreeing with your manager',
    prompts: ['disagree with your manager', 'disagreed with your manager', 'disagreed with your boss', 'pushed back on your manager', 'manager'],
    listensFor: ['data behind your position', 'how you escalated respectfully', 'commitment once decided'],
  },
  failure: {
    id: 'failure',
    label: 'A failure or mistake',
    prompts: ['failure', 'failed', 'mistake', 'went wrong'],
    listensFor: ['owning the mistake', 'what you changed afterwards', 'a specific lesson'],
  },
  deadline: {
    id: 'deadline',
    label: 'A tight deadline',
    prompts: ['deadline', 'time pressure', 'tight timeline', 'under pressure'],
    listensFor: ['trade-offs you chose', 'how you kept scope honest', 'delivery against the date'],
  },
  leadership: {
    id: 'leadership',
    label: 'Leading without authority',
    prompts: ['leadership', 'led a team', 'lead a project', 'influence without authority', 'mentored'],
    listensFor: ['how you aligned people', 'decisions you made', 'the team outcome you drove'],
  },
  ambiguity: {
    id: 'ambiguity',
    label: 'Handling ambiguity',
    prompts: ['ambiguity', 'ambiguous', 'unclear requirements', 'incomplete information'],
    listensFor: ['how you framed the problem', 'assumptions you tested', 'decisions under uncertainty'],
  },
  general: {
    id: 'general',
    label: 'Any behavioral question',
    prompts: [],
    listensFor: ['a clear situation', 'your own actions', 'a measurable result', 'a specific lesson'],
  },
};
