// The readable CLI report: parts with seconds, findings at line:column with message and suggestion.
import type { Report, Story } from '../engine/report';
import { ANSWER_TARGET } from '../engine/timing';

/** "line:column" (1-based) of every offset, from the text's line starts (LF, CRLF or a lone CR). */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (const end of text.slice(0, offset).matchAll(/\r\n?|\n/g)) {
    line++;
    lineStart = end.index + end[0].length;
  }
  return `${line}:${offset - lineStart + 1}`;
}

function band(seconds: number, target: { min: number; max: number }): string {
  const s = Math.round(seconds);
  const flag = s > target.max ? '  over' : s < target.min ? '  under' : '';
  return `${String(s).padStart(4)} s  (target ${target.min}–${target.max} s)${flag}`;
}

function formatStory(text: string, story: Story, n: number, wpm: number): string[] {
  const name = story.title ? `"${story.title}"` : `Answer ${n}`;
  const out = ['', `${name} — question: ${story.question}, ${story.words} words at ${wpm} wpm`, `  ${'whole answer'.padEnd(14)}${band(story.seconds, ANSWER_TARGET)}`];
  for (const s of story.sections) out.push(`  ${s.kind.padEnd(14)}${band(s.seconds, s.target)}`);
  if (story.notice) out.push(`  ${story.notice.message}`);
  else {
    if (story.sections.length === 0) out.push('  no STAR parts found');
    if (story.findings.length === 0) out.push('  no findings');
  }
  for (const f of story.findings) {
    const where = f.section ? ` [${f.section}]` : '';
    out.push(`  ${lineColumn(text, f.start)}  ${f.severity} ${f.rule}${where}: ${f.message}`);
    if (f.suggestion) out.push(`      try: ${f.suggestion}`);
  }
  if (story.checklist.length > 0) {
    const done = story.checklist.filter((c) => c.done).length;
    out.push(`  checklist ${done}/${story.checklist.length}: ${story.checklist.map((c) => `${c.done ? '[x]' : '[ ]'} ${c.label}`).join(' · ')}`);
  }
  return out;
}

export function formatReport(file: string, text: string, report: Report): string {
  const out: string[] = [file === '-' ? '(standard input)' : file];
  if (report.notice === 'not-english') out.push('  This text is mostly not English; the coach reads English only, so it gives no findings.');
  if (report.stories.length === 0) out.push('  No answer text found.');
  report.stories.forEach((story, i) => out.push(...formatStory(text, story, i + 1, report.wordsPerMinute)));
  return `${out.join('\n')}\n\n`;
}
