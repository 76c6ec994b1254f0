// Labelled stories for the rules' evidence models: each with the rule verdicts a reader gave it
// and the source it came from. Published answers (training split and the development set) come
// first; answers written here (and machine-written ones found online) never outnumber them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../lib/engine/analyze';
import { storyContextOf } from '../../lib/engine/analyze-story';
import type { StoryContext } from '../../lib/engine/context';
import type { AnalyzeOptions } from '../../lib/engine/report';
import { sourceGroup } from './role-data';

export interface LabelledStory {
  id: string;
  group: string;
  published: boolean;
  story: StoryContext;
  expect: Record<string, boolean>;
}

interface Case {
  id: string;
  text: string;
  options?: AnalyzeOptions;
  expect?: Record<string, boolean>;
  source_url?: string;
  split?: string;
  multi_story?: unknown;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Beside the project's checkout, or beside the worktrees' parent when it is checked out as a worktree.
const SHARED_EVAL = [resolve(ROOT, '../shared/eval'), resolve(ROOT, '../../shared/eval')].find((dir) => existsSync(dir)) ?? resolve(ROOT, '../shared/eval');

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Case[];
const jsonIn = (dir: string, match: RegExp) => readdirSync(dir).filter((f) => match.test(f)).sort().map((f) => join(dir, f));

/** The one coached story of a single-story answer; answers the engine splits or does not coach teach nothing here. */
export function coachedStory(c: Pick<Case, 'text' | 'options'>): StoryContext | undefined {
  const found: StoryContext[] = [];
  let uncoached = false;
  analyzeDocument(c.text, c.options ?? {}, (job) => {
    const { story, english, notice } = storyContextOf(job);
    if (!english || notice) uncoached = true;
    found.push(story);
    return { start: 0, end: 0, question: story.question.id, words: 0, seconds: 0, sections: [], findings: [], checklist: [] };
  });
  return found.length === 1 && !uncoached ? found[0] : undefined;
}

function labelled(cases: Case[], group: (c: Case) => string, published: boolean): LabelledStory[] {
  return cases.flatMap((c) => {
    if (!c.expect || c.multi_story) return [];
    const story = coachedStory(c);
    return story ? [{ id: c.id, group: group(c), published, story, expect: c.expect }] : [];
  });
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every story the evidence models learn from, in id order. The held-out split is never read. */
export function loadEvidenceStories(): LabelledStory[] {
  const publishedCases = [
    ...jsonIn(join(ROOT, 'test/fixtures/published'), /^train-.*\.json$/).flatMap(read).filter((c) => c.split === 'train'),
    ...read(join(SHARED_EVAL, 'real-dev.json')),
  ];
  const real = labelled(publishedCases, (c) => sourceGroup(c.source_url ?? c.id), true).sort(byId);
  const own = [
    ...jsonIn(join(ROOT, 'test/fixtures/corpus'), /\.json$/).flatMap((file) => labelled(read(file), () => `corpus/${file.split('/').pop()}`, false)),
    ...labelled(read(join(ROOT, 'test/fixtures/published/machine-generated.json')), (c) => sourceGroup(c.source_url ?? c.id), false),
  ].sort(byId).slice(0, real.length);
  return [...real, ...own].sort(byId);
}
