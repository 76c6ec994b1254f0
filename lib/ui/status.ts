// What the panel says when it has nothing to coach yet, or cannot read the text: always a next step.
import type { SourceStatus, TabState } from '../messaging';

export type Fix = 'resume' | 'enable-site' | 'use-draft';

export interface StatusMessage {
  tone: 'neutral' | 'busy' | 'warning';
  title: string;
  body: string;
  fix?: Fix;
}

const BY_STATUS: Record<Exclude<SourceStatus, 'ok' | 'too-long'>, StatusMessage> = {
  waiting: {
    tone: 'busy',
    title: 'Reading your document…',
    body: 'The coach is waiting for Google Docs to save your latest edits. Keep writing; the report follows in a moment.',
  },
  'site-off': {
    tone: 'neutral',
    title: 'Coaching is off on this site',
    body: 'You switched the coach off here, so nothing on this site is read. Turn it back on to get feedback.',
    fix: 'enable-site',
  },
  paused: {
    tone: 'neutral',
    title: 'Coaching is paused',
    body: 'The coach is not reading any page while paused. Resume when you want feedback again.',
    fix: 'resume',
  },
  'signed-out': {
    tone: 'warning',
    title: 'Sign in to Google to coach this Doc',
    body: 'Google Docs asked for a sign-in before the coach could read the document. Sign in in this tab, then keep editing.',
  },
  'no-access': {
    tone: 'warning',
    title: 'This Doc cannot be read',
    body: 'Your account cannot download this document, so the coach cannot see its text. Ask the owner for edit or download access, or paste your answer into the draft box.',
    fix: 'use-draft',
  },
  'rate-limited': {
    tone: 'busy',
    title: 'Google asked us to slow down',
    body: 'The coach will read the document again in a little while. Your last report stays below until then.',
  },
};

const KEEPS_REPORT: ReadonlySet<SourceStatus> = new Set(['waiting', 'rate-limited']);

/** The browser's own pages and the extension stores: no extension may read them. */
export const UNREADABLE_PAGE: StatusMessage = {
  tone: 'neutral',
  title: 'The coach cannot read this page',
  body: 'Browsers keep extensions out of their own pages and the extension stores. Open the page where you draft your answer, or write it in the draft box. Your saved stories are below.',
  fix: 'use-draft',
};

/** The message to show instead of (or above) the report, or null when the report speaks for itself. */
export function statusMessage(state: TabState | null | undefined): StatusMessage | null {
  if (!state) {
    return {
      tone: 'neutral',
      title: 'Click into your answer to start',
      body: 'Put the cursor in the text field or Google Doc where you are drafting. The coach reads that field only, and shows its advice here. Or paste your answer into the draft box.',
      fix: 'use-draft',
    };
  }
  if (state.status !== 'ok' && state.status !== 'too-long') {
    // A Doc being read again, or later because Docs asked to wait, keeps its last report on screen.
    if (KEEPS_REPORT.has(state.status) && state.report.stories.length > 0) return null;
    return BY_STATUS[state.status];
  }
  if (state.report.notice === 'not-english') {
    return {
      tone: 'neutral',
      title: 'This text does not look like English',
      body: 'The coach only understands answers written in English for now, so it has no advice on this text.',
    };
  }
  if (state.report.stories.length === 0) {
    return {
      tone: 'neutral',
      title: 'Keep writing',
      body: 'Write a few sentences of your answer: what happened, what you did, and how it turned out. Advice appears as you type.',
    };
  }
  return null;
}

/** A note above a report that is only partial. */
export function partialNotice(state: TabState): string | null {
  return state.status === 'too-long'
    ? 'This text is very long, so the coach covers its first part only. Split your prep doc or coach one answer at a time.'
    : null;
}
