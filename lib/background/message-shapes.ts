// Checks the shape and size of every payload before the background acts on it: a message that
// does not match its type in lib/messaging.ts is refused, never half-handled.
import { MAX_TEXT_CHARS } from './analysis-input';
import type { ProtocolMap } from '../messaging';
import { QUESTION_IDS } from '../engine/report';

type Check = (data: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max = 2_000): v is string => typeof v === 'string' && v.length <= max;
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10 * MAX_TEXT_CHARS;
// Sources cap text themselves; the background still refuses anything far beyond the cap.
const isText = (v: unknown) => isString(v, 10 * MAX_TEXT_CHARS);

const isSource = (v: unknown) =>
  isObject(v) &&
  ['field', 'google-docs', 'panel-draft'].includes(v.kind as string) &&
  isString(v.site) &&
  isString(v.label) &&
  isString(v.fieldId) &&
  typeof v.writable === 'boolean';

const isRange = (v: unknown) =>
  isObject(v) &&
  Number.isInteger(v.tabId) &&
  isString(v.fieldId) &&
  isOffset(v.start) &&
  isOffset(v.end) &&
  (v.end as number) >= (v.start as number) &&
  isText(v.expected) &&
  (v.replacement === undefined || isText(v.replacement));

const isQuestion = (v: unknown) => v === 'auto' || (QUESTION_IDS as readonly unknown[]).includes(v);
const isQuestionMap = (v: unknown) => isObject(v) && Object.keys(v).length <= 200 && Object.entries(v).every(([k, q]) => k.length <= 2_000 && q !== 'auto' && isQuestion(q));

const isCoverageStory = (v: unknown) =>
  isObject(v) &&
  isString(v.id, 200) &&
  isString(v.title) &&
  isString(v.text, 50_000) &&
  isQuestion(v.question) &&
  v.question !== 'auto' &&
  Array.isArray(v.tags) &&
  v.tags.length <= 20 &&
  v.tags.every((t) => isString(t, 100));

export const MESSAGE_SHAPES: Record<keyof ProtocolMap, Check> = {
  textChanged: (d) =>
    isObject(d) && isSource(d.source) && isText(d.text) && (d.caret === undefined || isOffset(d.caret)) && (d.hint === undefined || isString(d.hint)),
  caretMoved: (d) => isObject(d) && isString(d.fieldId) && isOffset(d.caret),
  chooseQuestion: (d) => isObject(d) && Number.isInteger(d.tabId) && isString(d.fieldId) && isString(d.story) && isQuestion(d.question),
  sourceStatus: (d) => isObject(d) && isSource(d.source) && isString(d.status, 40),
  docsExportWanted: (d) => isObject(d) && isString(d.docId, 200) && isString(d.title) && (d.userIndex === undefined || Number.isInteger(d.userIndex)),
  getTabState: (d) => isObject(d) && Number.isInteger(d.tabId),
  settingsChanged: () => true,
  wake: () => true,
  analyzeDraft: (d) =>
    isObject(d) && isText(d.text) && (d.options === undefined || isObject(d.options)) && (d.questions === undefined || isQuestionMap(d.questions)),
  storyCoverage: (d) => isObject(d) && Array.isArray(d.stories) && d.stories.length <= 500 && d.stories.every(isCoverageStory),
  openFinding: (d) => isObject(d) && isString(d.fieldId) && isOffset(d.start) && isOffset(d.end),
  // Sent by the background only; refused if anything else sends it.
  showMarks: () => false,
  applyReplacement: isRange,
  revealRange: isRange,
  applyInField: isRange,
  revealInField: isRange,
};
