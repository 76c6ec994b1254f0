// A fake SpeechRecognition: records starts, and emits final results on demand (as Chrome does,
// one result per phrase, arriving after the phrase's voice ends).
import type { RecognitionLike } from '../../../lib/rehearsal/recognition';

export interface FakeOptions {
  /** What available() answers; null leaves the method out (a browser before Chrome 139). */
  availability?: string | null;
  /** Whether instances have a working processLocally property. */
  processLocally?: 'works' | 'missing' | 'ignored';
}

export function fakeRecognition({ availability = 'available', processLocally = 'works' }: FakeOptions = {}) {
  const instances: FakeRecognition[] = [];
  const installs: unknown[] = [];
  class FakeRecognition implements RecognitionLike {
    lang = '';
    continuous = false;
    interimResults = true;
    onresult: RecognitionLike['onresult'] = null;
    onerror: RecognitionLike['onerror'] = null;
    onend: RecognitionLike['onend'] = null;
    starts: { processLocally: unknown }[] = [];
    private results: { isFinal: boolean; length: number; 0: { transcript: string } }[] = [];
    constructor() {
      instances.push(this);
      if (processLocally === 'works') Object.defineProperty(this, 'processLocally', { value: false, writable: true, enumerable: true });
      if (processLocally === 'ignored') Object.defineProperty(this, 'processLocally', { get: () => false, set: () => undefined, enumerable: true });
    }
    start() {
      this.starts.push({ processLocally: (this as { processLocally?: unknown }).processLocally });
    }
    stop() {
      this.onend?.();
    }
    abort() {
      this.onend?.();
    }
    /** Emits one final result. */
    say(transcript: string) {
      this.results.push({ isFinal: true, length: 1, 0: { transcript } });
      this.onresult?.({ resultIndex: this.results.length - 1, results: this.results });
    }
  }
  const Class = FakeRecognition as unknown as {
    new (): RecognitionLike;
    available?(o: unknown): Promise<string>;
    install?(o: unknown): Promise<boolean>;
  };
  if (availability !== null) {
    Class.available = async () => availability;
    Class.install = async (o: unknown) => {
      installs.push(o);
      return true;
    };
  }
  return { Class, instances, installs };
}
