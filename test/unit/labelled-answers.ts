// Every labelled answer the project can read: its own corpus, the blind sets, the published
// answers, and the shared evaluation sets beside the project (when present, as in a checkout
// next to ../shared). Tests that must hold on real answers run over all of them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AnalyzeOptions } from '../../lib/engine/report';

export interface LabelledAnswer {
  /** Where it came from: "file#id". */
  name: string;
  text: string;
  options: AnalyzeOptions;
}

const ROOT = resolve(__dirname, '../..');
// The shared evaluation sets sit beside the project's checkout (../shared), or beside the
// worktrees' parent when the project is checked out as a worktree.
const SHARED_EVAL = [resolve(ROOT, '../shared/eval'), resolve(ROOT, '../../shared/eval')].find((dir) => existsSync(dir));

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return entry.endsWith('.json') ? [path] : [];
  });
}

function answersIn(file: string): LabelledAnswer[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const items = Array.isArray(data) ? data : ((data as { answers?: unknown[] }).answers ?? []);
  const name = relative(ROOT, file);
  return items.flatMap((item, index) => {
    const { id, text, options } = (item ?? {}) as { id?: string; text?: unknown; options?: AnalyzeOptions };
    return typeof text === 'string' ? [{ name: `${name}#${id ?? index}`, text, options: options ?? {} }] : [];
  });
}

export function labelledAnswers(): LabelledAnswer[] {
  const files = [
    ...jsonFiles(join(ROOT, 'test/fixtures/corpus')),
    ...jsonFiles(join(ROOT, 'test/fixtures/blind')),
    ...jsonFiles(join(ROOT, 'test/fixtures/published')),
    ...(SHARED_EVAL ? ['public.json', 'real-dev.json'].map((f) => join(SHARED_EVAL, f)).filter((f) => existsSync(f)) : []),
  ];
  return files.flatMap(answersIn);
}
