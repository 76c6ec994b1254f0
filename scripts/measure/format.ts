// The measures as a console table and as the README's Markdown block.
import type { Interval } from './bootstrap';
import type { SetMeasure } from './measure-set';
import { STRONG_DEFINITIONS } from './strong';

const f2 = (x: number) => x.toFixed(2);
const pct = (x: number) => (Number.isNaN(x) ? '—' : `${Math.round(x * 100)}%`);
const range = (i: Interval, show: (x: number) => string) => (Number.isNaN(i.low) ? '' : `[${show(i.low)}, ${show(i.high)}]`);

function nagging(m: SetMeasure, which: 'nagged' | 'withoutCause'): string {
  if (m.strong.count === 0) return '—';
  const interval = which === 'nagged' ? m.strong.naggedInterval : m.strong.withoutCauseInterval;
  return `${pct(m.strong[which])} ${range(interval, pct)}`;
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

export function consoleReport(measures: readonly SetMeasure[], resamples: number, missing: readonly string[], verbose = false): string {
  const out: string[] = [];
  for (const m of measures) {
    out.push(`\n${m.key}: ${m.label.replaceAll('`', '')} (${m.note})`);
    const rows = [['check', 'P', 'R', 'F1', 'tp', 'fp', 'fn', 'tn']];
    for (const [rule, s] of m.score.rules) rows.push([rule, f2(s.precision), f2(s.recall), f2(s.f1), ...[s.tp, s.fp, s.fn, s.tn].map(String)]);
    out.push(pad(rows), `weakest: ${weakest(m)}`);
    if (verbose) out.push(...m.misses.map((miss) => `  miss ${miss}`));
  }
  out.push(`\nMacro scores average the checks with a labelled positive. Bootstrap: ${resamples} resamples of whole sources where a set records them, else of answers; 95% percentile intervals.`);
  out.push('Nagging: the share of strong answers given any warning or error; "without cause": a warning or error from a check the labels do not expect.\n');
  const rows = [['set', 'answers', 'resampled', 'macro-F1 [95% CI]', 'P', 'R', 'labels right', 'strong', 'nagging [95% CI]', 'without cause [95% CI]']];
  for (const m of measures) {
    rows.push([
      m.key,
      String(m.score.cases),
      `${m.resampled.count} ${m.resampled.unit}`,
      `${f2(m.score.macroF1)} ${range(m.macroF1Interval, f2)}`,
      f2(m.score.macroPrecision),
      f2(m.score.macroRecall),
      `${m.score.right}/${m.score.total}`,
      `${m.strong.count} (${STRONG_DEFINITIONS[m.strong.definition].replaceAll('`', '')})`,
      nagging(m, 'nagged'),
      nagging(m, 'withoutCause'),
    ]);
  }
  out.push(pad(rows));
  if (missing.length) out.push(`\nNot found, so not measured: ${missing.map((l) => l.replaceAll('`', '')).join(', ')}`);
  return out.join('\n');
}

/** The checks with a labelled positive, weakest first, as "rule F1". */
export function weakest(m: SetMeasure, count = 4): string {
  const scored = [...m.score.rules].filter(([, s]) => s.tp + s.fn > 0).sort(([a, x], [b, y]) => x.f1 - y.f1 || (a < b ? -1 : 1));
  return scored.slice(0, count).map(([rule, s]) => `${rule} ${f2(s.f1)}`).join(', ');
}

export function markdownReport(measures: readonly SetMeasure[], resamples: number): string {
  const out = [
    '| set | what it is | answers | macro-F1 [95% CI] | precision | recall | strong answers | nagging rate [95% CI] | nagged without cause [95% CI] |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const m of measures) {
    const answers = m.resampled.unit === 'sources' ? `${m.score.cases} (${m.resampled.count} sources)` : String(m.score.cases);
    out.push(
      `| ${m.label} | ${m.note} | ${answers} | ${f2(m.score.macroF1)} ${range(m.macroF1Interval, f2)} | ${f2(m.score.macroPrecision)} | ` +
        `${f2(m.score.macroRecall)} | ${m.strong.count} | ${nagging(m, 'nagged')} | ${nagging(m, 'withoutCause')} |`,
    );
  }
  out.push(
    '',
    'Macro scores average the checks with at least one labelled positive in the set, scored as ' +
      '`../shared/eval/run.mjs` scores them. Intervals: 95% percentile bootstrap over ' +
      `${resamples.toLocaleString('en')} seeded resamples, of whole sources (a GitHub repository or a page: answers ` +
      'from one author are correlated) where a set records them, else of answers. Strong answers: those ' +
      `${STRONG_DEFINITIONS.graded} where the set grades its answers (real-dev and the published files), else those with ` +
      `${STRONG_DEFINITIONS.clean}. Nagging rate: the share of strong answers given any warning or error; nagged without ` +
      'cause: given a warning or error by a check the labels do not expect.',
  );
  for (const m of measures) {
    // Markdown is not read inside <summary>: code spans become <code>.
    const label = m.label.replace(/`([^`]*)`/g, '<code>$1</code>');
    out.push('', `<details><summary>Per check on ${label} — weakest: ${weakest(m)}</summary>`, '');
    out.push('| check | precision | recall | F1 | tp | fp | fn |', '|---|---|---|---|---|---|---|');
    for (const [rule, s] of m.score.rules) {
      if (s.tp + s.fp + s.fn === 0) continue;
      out.push(`| ${rule} | ${f2(s.precision)} | ${f2(s.recall)} | ${f2(s.f1)} | ${s.tp} | ${s.fp} | ${s.fn} |`);
    }
    out.push('', '</details>');
  }
  return out.join('\n');
}
