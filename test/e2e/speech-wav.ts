// Test speech made at test time: espeak-ng says each part, and the parts are joined with silences
// into one 16-bit mono WAV for Chromium's fake microphone. Each part's speech duration is measured
// from its own samples (first to last audible sample), so the test knows what the VAD should find.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SpeechWav {
  path: string;
  sampleRate: number;
  /** Seconds of speech in each part, as measured from the samples. */
  speechSeconds: number[];
  /** Where each part's speech starts and ends in the file (seconds). */
  spans: { start: number; end: number }[];
}

interface Pcm {
  sampleRate: number;
  samples: Int16Array;
}

function readWav(file: string): Pcm {
  const buf = readFileSync(file);
  let offset = 12;
  let sampleRate = 0;
  let channels = 1;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      channels = buf.readUInt16LE(offset + 10);
      sampleRate = buf.readUInt32LE(offset + 12);
      if (buf.readUInt16LE(offset + 22) !== 16) throw new Error(`${file}: expected 16-bit PCM`);
    }
    // espeak-ng writes 0xffffffff as the data size when it streams: take the rest of the file.
    if (id === 'data') {
      const end = size === 0xffffffff || offset + 8 + size > buf.length ? buf.length : offset + 8 + size;
      const all = new Int16Array(buf.buffer.slice(buf.byteOffset + offset + 8, buf.byteOffset + end - ((end - offset - 8) % 2)));
      const mono = channels === 1 ? all : all.filter((_, i) => i % channels === 0);
      return { sampleRate, samples: mono };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error(`${file}: no data chunk`);
}

function writeWav(file: string, { sampleRate, samples }: Pcm): void {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + samples.length * 2, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(samples.length * 2, 40);
  writeFileSync(file, Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)]));
}

/** Index of the first and last sample louder than ~-40 dBFS. */
function audibleSpan(samples: Int16Array): [number, number] {
  const loud = 328;
  let first = 0;
  while (first < samples.length && Math.abs(samples[first]!) < loud) first++;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last]!) < loud) last--;
  return [first, last + 1];
}

/**
 * Says each text with espeak-ng and joins them: `lead` seconds of silence, then each part's speech
 * (trimmed) followed by `gap` seconds of silence, and `tail` seconds at the end.
 */
export function makeSpeechWav(dir: string, texts: string[], { lead = 1, gap = 4, tail = 6 } = {}): SpeechWav {
  const clips = texts.map((text, i) => {
    const file = join(dir, `part-${i}.wav`);
    execFileSync('espeak-ng', ['-v', 'en-us', '-s', '150', '-w', file, text]);
    const pcm = readWav(file);
    const [a, b] = audibleSpan(pcm.samples);
    return { sampleRate: pcm.sampleRate, samples: pcm.samples.subarray(a, b) };
  });
  const sampleRate = clips[0]!.sampleRate;
  const silence = (s: number) => new Int16Array(Math.round(s * sampleRate));
  const pieces: Int16Array[] = [silence(lead)];
  const spans: { start: number; end: number }[] = [];
  let at = lead;
  clips.forEach((c, i) => {
    pieces.push(c.samples);
    spans.push({ start: at, end: at + c.samples.length / sampleRate });
    at += c.samples.length / sampleRate;
    const pause = i === clips.length - 1 ? tail : gap;
    pieces.push(silence(pause));
    at += pause;
  });
  const samples = new Int16Array(pieces.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of pieces) {
    samples.set(p, offset);
    offset += p.length;
  }
  const path = join(dir, 'rehearsal.wav');
  writeWav(path, { sampleRate, samples });
  return { path, sampleRate, speechSeconds: spans.map((s) => s.end - s.start), spans };
}
