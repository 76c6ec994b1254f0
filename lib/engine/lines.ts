// Lines of a text with their offsets, the unit stories and part markers are found in.
export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const raw = text.slice(start, end);
    lines.push({ text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, start, end: raw.endsWith('\r') ? end - 1 : end });
    if (end >= to) break;
    start = end + 1;
  }
  return lines;
}
