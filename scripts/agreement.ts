// Agreement between two independent labellings of the published answers: Cohen's kappa per check
// and for sentence roles. The first labelling is test/fixtures/published/*.json (the case files);
// the second is test/fixtures/published/second-labels.json, written blind by another labeller:
//   [{ "id": "pub-007", "expect": { "we-language": true, … }, "roles": ["situation", …] }, …]
// Usage: npx tsx scripts/agreement.ts [second-labels.json]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PUBLISHED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/published');

export interface Labelled {
  id: string;
  expect: Record<string, boolean>;
  roles: string[];
}

/** Files holding labelled cases (everything but the id list and the second labels). */
export function caseFiles(dir = PUBLISHED_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'double-label-ids.json' && f !== 'second-labels.json')
    .sort()
    .map((f) => join(dir, f));
}

export function loadFirstLabels(dir = PUBLISHED_DIR): Labelled[] {
  return caseFiles(dir).flatMap((f) =>
    (JSON.parse(readFileSync(f, 'utf8')) as { id: string; expect: Record<string, boolean>; sentences: { role: string }[] }[]).map((c) => ({
      id: c.id,
      expect: c.expect,
      roles: c.sentences.map((s) => s.role),
    })),
  );
}

/** Cohen's kappa for two raters over the same items; 1 when both agree on a single category throughout. */
export function cohensKappa<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length !== b.length) throw new Error('kappa needs paired ratings');
  const n = a.length;
  if (n === 0) return Number.NaN;
  let agree = 0;
  const countA = new Map<T, number>();
  const countB = new Map<T, number>();
  for (let i = 0; i < n; i++) {
    const x = a[i] as T;
    const y = b[i] as T;
    if (x === y) agree++;
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [k, ca] of countA) pe += (ca / n) * ((countB.get(k) ?? 0) / n);
  if (pe === 1) return po === 1 ? 1 : 0;
  return (po - pe) / (1 - pe);
}

export interface Agreement {
  answers: number;
  checks: { rule: string; pairs: number; agreement: number; kappa: number }[];
  roles: { pairs: number; agreement: number; kappa: number; skipped: string[] };
}

export function agreement(first: Labelled[], second: Labelled[]): Agreement {
  const byId = new Map(first.map((c) => [c.id, c]));
  const paired = second.flatMap((s) => {
    const f = byId.get(s.id);
    return f ? [[f, s] as const] : [];
  });
  const rules = [...new Set(paired.flatMap(([f, s]) => Object.keys(f.expect).filter((r) => r in s.expect)))].sort();
  const checks = rules.map((rule) => {
    const both = paired.filter(([f, s]) => rule in f.expect && rule in s.expect);
    const a = both.map(([f]) => f.expect[rule]);
    const b = both.map(([, s]) => s.expect[rule]);
    return { rule, pairs: both.length, agreement: a.filter((x, i) => x === b[i]).length / both.length, kappa: cohensKappa(a, b) };
  });
  // Roles pair up sentence by sentence; an answer split differently by the second labeller cannot be paired.
  const skipped: string[] = [];
  const ra: string[] = [];
  const rb: string[] = [];
  for (const [f, s] of paired) {
    if (f.roles.length !== s.roles.length) {
      if (s.roles.length) skipped.push(s.id);
      continue;
    }
    ra.push(...f.roles);
    rb.push(...s.roles);
  }
  return {
    answers: paired.length,
    checks,
    roles: { pairs: ra.length, agreement: ra.length ? ra.filter((x, i) => x === rb[i]).length / ra.length : Number.NaN, kappa: cohensKappa(ra, rb), skipped },
  };
}

function main(): void {
  const file = process.argv[2] ?? join(PUBLISHED_DIR, 'second-labels.json');
  if (!existsSync(file)) {
    console.log(`No second labels yet (${file}): nothing to compare.`);
    return;
  }
  const second = (JSON.parse(readFileSync(file, 'utf8')) as Partial<Labelled>[]).map((s) => ({
    id: String(s.id),
    expect: s.expect ?? {},
    roles: s.roles ?? [],
  }));
  const result = agreement(loadFirstLabels(), second);
  console.log(`${result.answers} answers labelled twice`);
  console.log('| check | pairs | agreement | kappa |\n|---|---|---|---|');
  for (const c of result.checks) console.log(`| ${c.rule} | ${c.pairs} | ${c.agreement.toFixed(2)} | ${Number.isNaN(c.kappa) ? '—' : c.kappa.toFixed(2)} |`);
  const r = result.roles;
  console.log(`| sentence roles | ${r.pairs} | ${r.agreement.toFixed(2)} | ${r.kappa.toFixed(2)} |`);
  if (r.skipped.length) console.log(`roles not paired (different sentence split): ${r.skipped.join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
