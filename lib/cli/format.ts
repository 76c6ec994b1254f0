// The readable CLI report: parts with seconds, findings at line:column with message and suggestion.
import type { Report } from '../engine/report';

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

export function formatReport(file: string, text: string, report: Report): string {
  const out: string[] = [`${file}`];
  if (report.notice === 'not-english') out.push('  The coach reads English only; no findings for this text.');
  if (report.stories.length === 0) out.push('  No answer text found.');
  report.stories.forEach((story, i) => {
    const heading = story.title ? `"${story.title}"` : `Answer ${i + 1}`;
    out.push('', `${heading} — ${story.question}, ${story.words} words, ${Math.round(story.seconds)} s at ${report.wordsPerMinute} wpm`);
    out.push(`  parts: ${story.sections.map((s) => `${s.kind} ${Math.round(s.seconds)} s (target ${s.target.min}–${s.target.max})`).join(' · ') || 'none'}`);
    if (story.findings.length === 0) out.push('  No findings: this answer is ready.');
    for (const f of story.findings) {
      out.push(`  ${lineColumn(text, f.start)}  ${f.severity.padEnd(7)} ${f.rule}  ${f.message}`);
      if (f.suggestion) out.push(`      try: ${f.suggestion}`);
    }
    const done = story.checklist.filter((c) => c.done).length;
    out.push(`  checklist: ${done}/${story.checklist.length} done`);
  });
  return `${out.join('\n')}\n\n`;
}
