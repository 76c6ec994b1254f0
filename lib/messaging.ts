// The one message protocol between content scripts, the background, the side panel and the popup.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CoverageRow, CoverageStory } from './coaching/coverage';
import type { AnalyzeOptions, QuestionId, Report } from './engine/report';

/** Where the coached text comes from, as shown in the side panel header. */
export interface SourceInfo {
  kind: 'field' | 'google-docs' | 'panel-draft';
  /** Site host, e.g. "www.linkedin.com". */
  site: string;
  /** Human label of the field ("Notes", "textarea #answer") or the Doc's title. */
  label: string;
  /** Stable id of the field within the page, chosen by the content script. */
  fieldId: string;
  /** Whether apply (write back) is possible for this source. */
  writable: boolean;
}

/** State of a Google Docs source, or of the page in general. */
export type SourceStatus =
  | 'ok'
  | 'waiting'       // Docs has not saved yet / export pending
  | 'signed-out'
  | 'no-access'
  | 'rate-limited'
  | 'site-off'
  | 'paused'
  | 'too-long';     // text was capped; the report covers the first part

export interface TextUpdate {
  source: SourceInfo;
  text: string;
  /** Caret offset in `text`, when known. */
  caret?: number;
  /** The field's own labelling (label, aria-label, placeholder): names the question when no heading does. */
  hint?: string;
}

/** The user's question for one story of a field (`story` as `storyKey` names it); `auto` detects it again. */
export interface QuestionChoice {
  tabId: number;
  fieldId: string;
  story: string;
  question: QuestionId | 'auto';
}

/** What the background keeps per tab in storage.session (`session:tab:<id>`). */
export interface TabState {
  tabId: number;
  source: SourceInfo;
  status: SourceStatus;
  text: string;
  report: Report;
  options: AnalyzeOptions;
  /** Increases with every analysis of this tab; lets the UI ignore stale answers. */
  version: number;
  /** When the text was read from its source (a status change that keeps the text keeps it). */
  updatedAt: number;
  /** The frame whose content script reported the text; apply and reveal are sent there. */
  frameId?: number;
  /** Caret offset in `text` when the source reports it: the panel coaches the story under it. */
  caret?: number;
  /** When the source last reported the caret (typing, a click): the panel then follows it again. */
  caretAt?: number;
  /** The field's own labelling, kept so a re-analysis still detects the question from it. */
  hint?: string;
  /** Questions the user chose, per field id, then per story (`storyKey`). */
  questions?: Record<string, Record<string, QuestionId>>;
}

/** A Google Doc read through its export endpoint (SPEC §6). */
export interface DocsExportRequest {
  docId: string;
  /** The signed-in account index of `/document/u/N/d/…` URLs. */
  userIndex?: number;
  /** The Doc's title, shown as the source. */
  title: string;
}

export interface RangeIntent {
  tabId: number;
  fieldId: string;
  start: number;
  end: number;
  /** The text the range held when analyzed: a changed field is re-analyzed, never guessed at. */
  expected: string;
  replacement?: string;
}

/** A flagged sentence to underline in the page's field: its range (UTF-16, into the field's text) and what was found. */
export interface Mark {
  start: number;
  end: number;
  label: string;
}

/** The finding a click on a mark asks the panel to open (`session:focus:<tabId>`). */
export interface FindingFocus {
  start: number;
  end: number;
  /** When it was asked for: the same mark clicked twice opens it twice. */
  at: number;
}

export type IntentResult = { ok: true } | { ok: false; reason: 'stale' | 'not-writable' | 'no-field' | 'failed' };

export interface ProtocolMap {
  /** content script → background: the field's current text. */
  textChanged(update: TextUpdate): void;
  /** content script → background: the user turned to a coached field (focus, or typing after a
   * pause). Nothing to do but start the worker, so its start-up overlaps the edit debounce. */
  wake(): void;
  /** content script → background: the source reported a state without text (signed out, …). */
  sourceStatus(data: { source: SourceInfo; status: SourceStatus }): void;
  /** content script → background: only the caret moved (click, arrow keys); no re-analysis. */
  caretMoved(data: { fieldId: string; caret: number }): void;
  /** side panel → background: the user chose the question of one story; the tab is analyzed again. */
  chooseQuestion(choice: QuestionChoice): void;
  /** side panel / popup → background: the saved state of a tab. */
  getTabState(data: { tabId: number }): TabState | null;
  /** side panel → background: settings changed; re-analyze every known tab. */
  settingsChanged(): void;
  /** side panel → background → content script: replace a range through the editor. */
  applyReplacement(intent: RangeIntent): IntentResult;
  /** side panel → background → content script: select and scroll to a range. */
  revealRange(intent: RangeIntent): IntentResult;
  /** side panel → background: analyze text typed in the panel's own draft box. */
  analyzeDraft(data: { text: string; options?: AnalyzeOptions; questions?: Record<string, QuestionId> }): Report;
  /** side panel → background: which saved stories answer which questions of the bank, strongest first. */
  storyCoverage(data: { stories: CoverageStory[] }): CoverageRow[];
  /** background → the content script of the frame holding the field: replace the range there. */
  applyInField(intent: RangeIntent): IntentResult;
  /** background → the content script of the frame holding the field: select and scroll to the range. */
  revealInField(intent: RangeIntent): IntentResult;
  /** background → the content script of the frame holding the field: underline these ranges (none clears them). */
  showMarks(data: { fieldId: string; marks: Mark[] }): void;
  /** content script → background: the user clicked a mark; the panel opens that finding. */
  openFinding(data: { fieldId: string; start: number; end: number }): void;
  /** Docs content script → background: a Doc without the annotated canvas was opened or edited; read its export. */
  docsExportWanted(doc: DocsExportRequest): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
