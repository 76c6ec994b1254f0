// The Rehearse tab: say the story out loud part by part. Aloud, the microphone is measured on the
// device (voice only, silences left out) and, where the browser recognizes speech on the device,
// transcribed there too; "Timer only" walks the same plan without the microphone.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Story } from '@/lib/engine/report';
import { sendMessage } from '@/lib/messaging';
import { startListening, type Listening } from '@/lib/rehearsal/listen';
import { openMicPage } from '@/lib/rehearsal/mic-permission';
import { finishRehearsal, type RehearsalMode, type RehearsalOutcome } from '@/lib/rehearsal/outcome';
import { findRecognition, startOnDevice, type Transcriber } from '@/lib/rehearsal/recognition';
import { jumpTo, nextPart, startRehearsal, stopRehearsal, type Rehearsal } from '@/lib/rehearsal/session';
import { spokenFindings, spokenText, type SpokenFinding } from '@/lib/rehearsal/spoken-report';
import { rehearsalPlan } from '@/lib/rehearsal/targets';
import { voiceWithin } from '@/lib/rehearsal/vad';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/store/settings';
import { RehearsalIntro, type StartProblem } from './RehearsalIntro';
import { RehearsalLive } from './RehearsalLive';
import { RehearsalResult } from './RehearsalResult';
import { speechLang, useRehearsalDevices } from './useRehearsalDevices';
import { useStoredValue } from './useStoredValue';
import './RehearsalTimer.css';

type Phase = 'idle' | 'starting' | 'running' | 'finishing' | 'done';

const TICK_MS = 200;
/** The recognizer finalizes the last phrase a moment after Stop. */
const LAST_PHRASE_MS = 1000;

export interface RehearsedStory {
  text: string;
  story: Story;
  /** Set when rehearsing a story from the story bank: rehearsals are kept with it. */
  savedId?: string;
}

export function RehearsalTimer({ text, story, savedId }: RehearsedStory) {
  const settings = useStoredValue(settingsItem) ?? DEFAULT_SETTINGS;
  const plan = useMemo(
    () => rehearsalPlan(text, story.sections, { focus: settings.focus, level: settings.level }),
    [text, story.sections, settings.focus, settings.level],
  );
  const devices = useRehearsalDevices();
  const [phase, setPhase] = useState<Phase>('idle');
  const [mode, setMode] = useState<RehearsalMode>('voice');
  const [run, setRun] = useState<Rehearsal | null>(null);
  const [now, setNow] = useState(0);
  const [speaking, setSpeaking] = useState(false);
  const [problem, setProblem] = useState<StartProblem | null>(null);
  const [outcome, setOutcome] = useState<RehearsalOutcome | null>(null);
  const [findings, setFindings] = useState<SpokenFinding[] | null>(null);
  const listening = useRef<Listening | null>(null);
  const transcriber = useRef<Transcriber | null>(null);
  const clock = () => listening.current?.now() ?? Date.now() / 1000;

  // Leaving the tab's story (or closing the panel) releases the microphone.
  useEffect(
    () => () => {
      transcriber.current?.stop();
      void listening.current?.close();
    },
    [],
  );

  useEffect(() => {
    if (phase !== 'running') return;
    const t = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(t);
  }, [phase]);

  // A grant given in the asking page clears the "allow the microphone" note.
  useEffect(() => {
    if (devices.mic === 'granted' && (problem === 'asking' || problem === 'denied')) setProblem('granted');
  }, [devices.mic, problem]);

  const begin = (m: RehearsalMode) => {
    const t = clock();
    setMode(m);
    setNow(t);
    setRun(startRehearsal(plan, t));
    setOutcome(null);
    setFindings(null);
    setPhase('running');
  };

  const startAloud = async () => {
    setProblem(null);
    if (devices.mic === 'prompt') {
      await openMicPage();
      setProblem('asking');
      return;
    }
    if (devices.mic === 'denied') {
      setProblem('denied');
      return;
    }
    setPhase('starting');
    try {
      listening.current = await startListening((_, s) => setSpeaking(s));
    } catch (error) {
      const name = (error as { name?: string }).name;
      setProblem(name === 'NotAllowedError' ? 'denied' : name === 'NotFoundError' ? 'no-mic' : 'mic-failed');
      setPhase('idle');
      return;
    }
    const heard = devices.speech === 'available' ? await startOnDevice(findRecognition(), speechLang(), clock) : null;
    transcriber.current = heard;
    begin(heard ? 'transcript' : 'voice');
  };

  const finish = async (r: Rehearsal) => {
    setPhase('finishing');
    const t = transcriber.current;
    transcriber.current = null;
    t?.stop();
    if (t) await new Promise((resolve) => setTimeout(resolve, LAST_PHRASE_MS));
    const l = listening.current;
    listening.current = null;
    const segments = l?.detector.segments() ?? [];
    const frames = l?.frames ?? [];
    await l?.close();
    setSpeaking(false);
    const result = finishRehearsal({ run: r, segments, frames, heard: t?.heard, text, sections: story.sections }, t ? 'transcript' : mode);
    setOutcome(result);
    setMode(result.mode);
    setPhase('done');
    if (result.transcripts) void checkSpoken(result);
  };

  const checkSpoken = async (result: RehearsalOutcome) => {
    const said = spokenText(result.transcripts ?? {});
    if (!said) return setFindings([]);
    const options = { focus: settings.focus, level: settings.level, question: story.question };
    const report = await sendMessage('analyzeDraft', { text: said, options }).catch(() => null);
    setFindings(report ? spokenFindings(said, report, result.transcripts ?? {}) : []);
  };

  const move = (f: (r: Rehearsal, t: number) => Rehearsal) => {
    if (!run || phase !== 'running') return;
    const next = f(run, clock());
    setRun(next);
    setNow(clock());
    if (next.stoppedAt !== undefined) void finish(next);
  };

  // Space or Enter moves on, wherever focus is (buttons and fields keep their own keys).
  useEffect(() => {
    if (phase !== 'running') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ' ' && e.key !== 'Enter') return;
      if ((e.target as Element | null)?.closest?.('button, input, textarea, select, a, [contenteditable]')) return;
      e.preventDefault();
      move(nextPart);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const voiceInPart = (r: Rehearsal) => {
    const segments = listening.current?.detector.segments() ?? [];
    const from = r.marks.length ? r.marks[r.marks.length - 1]! : r.startedAt;
    return voiceWithin(segments, from, now);
  };

  return (
    <section className="card rehearsal" aria-labelledby="rehearsal-title">
      <div className="card-head">
        <h2 id="rehearsal-title">Rehearse</h2>
        {(phase === 'running' || phase === 'done') && (
          <span className="muted" data-mode={mode}>
            {mode === 'timer' ? 'timer only' : mode === 'transcript' ? 'voice + transcript, on this device' : 'voice only, on this device'}
          </span>
        )}
      </div>

      {(phase === 'idle' || phase === 'starting') && (
        <RehearsalIntro
          plan={plan}
          devices={devices}
          problem={problem}
          starting={phase === 'starting'}
          onAloud={() => void startAloud()}
          onTimer={() => begin('timer')}
        />
      )}

      {phase === 'running' && run && (
        <RehearsalLive
          run={run}
          now={now}
          listening={mode !== 'timer'}
          speaking={speaking}
          voiceSeconds={mode === 'timer' ? 0 : voiceInPart(run)}
          onNext={() => move(nextPart)}
          onJump={(i) => move((r, t) => jumpTo(r, i, t))}
          onStop={() => move(stopRehearsal)}
        />
      )}

      {phase === 'finishing' && (
        <p className="muted rehearsal-finishing" aria-busy="true">
          <span className="spinner" aria-hidden="true" /> Working out your times…
        </p>
      )}

      {phase === 'done' && outcome && (
        <RehearsalResult outcome={outcome} findings={findings} story={story} text={text} savedId={savedId} onAgain={() => setPhase('idle')} />
      )}
    </section>
  );
}
