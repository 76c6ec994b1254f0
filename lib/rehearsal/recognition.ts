// Speech recognition that stays on the device, or none. Chrome's default Web Speech sends audio
// to a server; only `processLocally = true` (Chrome 139+) keeps it here. This wrapper is the one
// place that starts recognition, and it starts it only when on-device recognition is available
// for the language and the instance confirms `processLocally === true`.

/** What the browser offers for on-device recognition of a language. */
export type OnDeviceStatus = 'available' | 'downloadable' | 'downloading' | 'unavailable' | 'unsupported';

interface ResultList {
  length: number;
  [index: number]: { isFinal: boolean; length: number; [index: number]: { transcript: string } };
}

export interface RecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally?: boolean;
  onresult: ((e: { resultIndex: number; results: ResultList }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

export interface RecognitionClass {
  new (): RecognitionLike;
  available?(options: { langs: string[]; processLocally: boolean }): Promise<string>;
  install?(options: { langs: string[]; processLocally: boolean }): Promise<boolean>;
}

/** A final result, stamped with the clock when it arrived. */
export interface Heard {
  text: string;
  at: number;
}

export interface Transcriber {
  readonly heard: Heard[];
  /** Set when recognition failed after starting (the voice measures go on). */
  readonly problem: string | null;
  stop(): void;
}

export function findRecognition(scope: object = globalThis): RecognitionClass | null {
  const s = scope as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  return s.SpeechRecognition ?? s.webkitSpeechRecognition ?? null;
}

/** Whether on-device recognition of `lang` can run, without starting anything. */
export async function onDeviceStatus(Recognition: RecognitionClass | null, lang: string): Promise<OnDeviceStatus> {
  if (!Recognition || typeof Recognition.available !== 'function') return 'unsupported';
  try {
    const status = await Recognition.available({ langs: [lang], processLocally: true });
    return status === 'available' || status === 'downloadable' || status === 'downloading' ? status : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Downloads the on-device language pack. Browsers allow this only from a user's click. */
export async function installOnDevice(Recognition: RecognitionClass | null, lang: string): Promise<boolean> {
  if (!Recognition || typeof Recognition.install !== 'function') return false;
  try {
    return await Recognition.install({ langs: [lang], processLocally: true });
  } catch {
    return false;
  }
}

// Errors after which restarting would only fail again.
const FATAL = new Set(['not-allowed', 'service-not-allowed', 'language-not-supported', 'audio-capture']);

/**
 * Starts on-device recognition and collects final results stamped by `clock`; null (and nothing
 * started) unless on-device recognition is available and `processLocally` took effect. Continuous
 * recognition ends itself after long silences: it is restarted while the rehearsal runs.
 */
export async function startOnDevice(Recognition: RecognitionClass | null, lang: string, clock: () => number): Promise<Transcriber | null> {
  if ((await onDeviceStatus(Recognition, lang)) !== 'available' || !Recognition) return null;
  const rec = new Recognition();
  if (!('processLocally' in rec)) return null;
  rec.processLocally = true;
  if (rec.processLocally !== true) return null;
  rec.lang = lang;
  rec.continuous = true;
  rec.interimResults = false;

  const heard: Heard[] = [];
  let problem: string | null = null;
  let running = true;
  rec.onresult = (e) => {
    for (let i = e.resultIndex; i < e.results.length; i++) {
      const result = e.results[i];
      const text = result?.[0]?.transcript.trim();
      if (result?.isFinal && text) heard.push({ text, at: clock() });
    }
  };
  rec.onerror = (e) => {
    if (FATAL.has(e.error)) {
      running = false;
      problem = e.error;
    }
  };
  rec.onend = () => {
    if (!running) return;
    try {
      rec.start();
    } catch {
      running = false;
    }
  };
  rec.start();
  return {
    heard,
    get problem() {
      return problem;
    },
    stop() {
      running = false;
      rec.stop();
    },
  };
}
