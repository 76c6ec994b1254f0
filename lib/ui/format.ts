// How times read in the UI: short and speakable.

/** "45 s" under a minute, "1:05" from a minute on. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? `${s} s` : formatClock(s);
}

/** Always "m:ss", for running clocks. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "10–20 s" for a target band. */
export function formatBand(target: { min: number; max: number }): string {
  return `${target.min}–${target.max} s`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
