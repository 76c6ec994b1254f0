// What the engine is given for a tab: the text (capped) and the options from the user's settings.
import { MAX_TEXT_CHARS } from '../engine/limits';
import type { AnalyzeOptions } from '../engine/report';
import type { SourceStatus } from '../messaging';
import type { Settings } from '../store/settings';

// Longer text is cut to the shared cap and the tab's status says `too-long`, so typing stays fast
// in a huge page field.
export { MAX_TEXT_CHARS };

export function capText(text: string): { text: string; status: SourceStatus } {
  return text.length > MAX_TEXT_CHARS ? { text: text.slice(0, MAX_TEXT_CHARS), status: 'too-long' } : { text, status: 'ok' };
}

export function optionsFromSettings(settings: Settings): AnalyzeOptions {
  return {
    level: settings.level,
    focus: settings.focus,
    wordsPerMinute: settings.wordsPerMinute,
  };
}
