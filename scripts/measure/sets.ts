// The labelled answer sets the measures run over, each with what it is and what was fitted on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledCase } from './score';
import type { GradedCase } from './strong';
import type { SourcedCase } from './sources';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The shared evaluation sets sit beside the project's checkout, or beside the worktrees' parent.
export const SHARED_EVAL = [resolve(ROOT, '../shared/eval'), resolve(ROOT, '../../shared/eval')].find((dir) => existsSync(dir));

export interface MeasureCase extends LabelledCase, GradedCase, SourcedCase {
  text: string;
  options?: { question?: string; level?: string; focus?: string };
}

export interface LabelledSet {
  /** Short name for the console and the seed of its resamples. */
  key: string;
  /** How the README names it (the files it reads). */
  label: string;
  /** What was fitted on it, or what it is not. */
  note: string;
  cases: MeasureCase[];
}

interface SetSpec {
  key: string;
  label: string;
  note: string;
  files: () => string[];
}

function matching(dir: string | undefined, pattern: RegExp): string[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => pattern.test(f)).sort().map((f) => join(dir, f));
}

const FIXTURES = join(ROOT, 'test/fixtures');
const PUBLISHED = join(FIXTURES, 'published');

const SPECS: SetSpec[] = [
  { key: 'public', label: '`shared/eval/public.json`', note: "the seed's evaluation answers; rules were shaped on them", files: () => matching(SHARED_EVAL, /^public\.json$/) },
  { key: 'real-dev', label: '`shared/eval/real-dev.json`', note: 'published; development set: rules were shaped with it in view, its sentence roles train the role model', files: () => matching(SHARED_EVAL, /^real-dev\.json$/) },
  { key: 'heldout', label: '`test/fixtures/published/heldout.json`', note: 'published; held out, nothing fitted on it', files: () => matching(PUBLISHED, /^heldout\.json$/) },
  { key: 'train', label: '`test/fixtures/published/train-*.json`', note: 'published; training split, fitted on', files: () => matching(PUBLISHED, /^train-.*\.json$/) },
  { key: 'machine', label: '`test/fixtures/published/machine-generated.json`', note: 'machine-written answers found beside the published ones: not published ground truth', files: () => matching(PUBLISHED, /^machine-generated\.json$/) },
  { key: 'corpus', label: '`test/fixtures/corpus/*.json`', note: 'written here; fitted on', files: () => matching(join(FIXTURES, 'corpus'), /\.json$/) },
  { key: 'blind', label: '`test/fixtures/blind/annotator-*.json`', note: 'written here, labelled blind by three annotators; rules were generalized on 3 and 4, 5 was kept untouched', files: () => matching(join(FIXTURES, 'blind'), /\.json$/) },
];

/** Every set whose files are present (the shared sets are absent in a clean clone). */
export function labelledSets(): LabelledSet[] {
  return SPECS.flatMap(({ files, ...spec }) => {
    const paths = files();
    if (paths.length === 0) return [];
    const cases = paths.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as MeasureCase[]);
    return [{ ...spec, cases }];
  });
}

/** The sets that are missing, by label, to say so in the output. */
export function missingSets(): string[] {
  return SPECS.filter((s) => s.files().length === 0).map((s) => s.label);
}
