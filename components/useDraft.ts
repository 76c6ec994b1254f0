// The panel's draft: kept in storage.local, analyzed by the background's engine (with the saved
// settings) after a pause in typing.
import { useEffect, useRef, useState } from 'react';
import type { QuestionId, Report } from '@/lib/engine/report';
import { sendMessage } from '@/lib/messaging';
import { draftItem, draftQuestionsItem } from '@/lib/store/draft';
import { settingsItem } from '@/lib/store/settings';
import { useStoredValue } from './useStoredValue';

const SAVE_MS = 300;
const ANALYZE_MS = 350;

export interface Draft {
  text: string;
  setText(text: string): void;
  /** The questions chosen for the draft's stories. */
  questions: Record<string, QuestionId>;
  /** The last analysis, with the text it was made from (offsets refer to that text). */
  analyzed: { text: string; report: Report } | undefined;
  checking: boolean;
  failed: boolean;
  /** Bumps with each analysis, as TabState.version does for pages. */
  version: number;
}

export function useDraft(): Draft {
  const [text, setTextState] = useState<string>();
  const [analyzed, setAnalyzed] = useState<{ text: string; report: Report }>();
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  const settings = useStoredValue(settingsItem);
  const questions = useStoredValue(draftQuestionsItem);
  const latest = useRef(0);

  useEffect(() => {
    void draftItem.getValue().then((v) => setTextState((cur) => cur ?? v));
  }, []);

  useEffect(() => {
    if (text === undefined) return;
    const save = () => void draftItem.setValue(text);
    const t = setTimeout(save, SAVE_MS);
    // Closing the panel right after typing must not lose the last words.
    addEventListener('pagehide', save);
    return () => {
      clearTimeout(t);
      removeEventListener('pagehide', save);
    };
  }, [text]);

  useEffect(() => {
    if (text === undefined || !settings || !questions) return;
    const ticket = ++latest.current;
    setChecking(true);
    const t = setTimeout(() => {
      // Without options the background applies the saved settings; a settings change re-runs this.
      sendMessage('analyzeDraft', { text, questions })
        .then((r) => {
          if (ticket !== latest.current) return;
          setAnalyzed({ text, report: r });
          setFailed(false);
          setVersion((v) => v + 1);
        })
        .catch(() => ticket === latest.current && setFailed(true))
        .finally(() => ticket === latest.current && setChecking(false));
    }, ANALYZE_MS);
    return () => clearTimeout(t);
  }, [text, settings, questions]);

  return { text: text ?? '', setText: setTextState, questions: questions ?? {}, analyzed, checking, failed, version };
}
