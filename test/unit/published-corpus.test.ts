// The published-answer corpus (test/fixtures/published): answers other people published, labelled
// under ../shared/LABELING.md with sentence roles. These tests keep it usable as data: no sealed
// source anywhere under test/, every case well formed, and sources never split across train and
// held-out (a held-out score means nothing if the same author's answers were fitted on).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement, caseFiles, cohensKappa, PUBLISHED_DIR } from '../../scripts/agreement';
import { QUESTION_IDS, RULE_IDS } from '../../lib/engine/report';

const ROOT = resolve(__dirname, '../..');
/** Published held-out answers landed so far; raise it as the held-out file grows. */
const HELDOUT_FLOOR = 119;
const ROLES = ['situation', 'task', 'action', 'result', 'reflection', 'aside'];

/** ../shared sits beside the clone in CI; worktrees sit one level deeper. */
function sharedDir(): string | undefined {
  for (let dir = dirname(ROOT), i = 0; i < 3; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared/eval/sealed.mjs'))) return join(dir, 'shared');
  }
  return undefined;
}

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules') return []; // editor fixtures' own packages, not corpora
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFilesUnder(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

interface PublishedCase {
  id: string;
  source_url: string;
  source_title: string;
  provenance: string;
  author_kind: string;
  question: string;
  options: { question: string; level?: string; focus?: string };
  kind: string;
  text: string;
  expect: Record<string, boolean>;
  sections: string[];
  sentences: { text: string; role: string }[];
  notes: string;
  split: string;
}

const files = caseFiles();
const cases = files.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as PublishedCase[]).map((c) => ({ ...c, file: relative(PUBLISHED_DIR, f) })));
const published = cases.filter((c) => c.provenance === 'published');

/** Same rule as sealed.mjs: a page is host + path, a GitHub source is the whole repository. */
function sourceKey(url: string): string {
  const u = new URL(url);
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const parts = u.pathname.split('/').filter(Boolean);
  if (host === 'github.com' || host === 'raw.githubusercontent.com') return `github.com/${parts[0]?.toLowerCase()}/${parts[1]?.toLowerCase()}`;
  return `${host}/${parts.join('/').toLowerCase()}`;
}

describe('corpus files under test/', () => {
  it('hold no answer from a sealed source', () => {
    const shared = sharedDir();
    expect(shared, '../shared/eval/sealed.mjs must be beside the project').toBeDefined();
    const all = jsonFilesUnder(join(ROOT, 'test'));
    expect(all.length).toBeGreaterThan(0);
    // Throws (failing the test) when sealed.mjs exits non-zero.
    const out = execFileSync(process.execPath, [join(shared!, 'eval/sealed.mjs'), '--check', ...all], { encoding: 'utf8' });
    expect(out).toContain('no sealed sources');
  });
});

describe('published answers', () => {
  it('are all well formed', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const where = `${c.file} ${c.id}`;
      expect(c.id, where).toMatch(/^(pub|mg)-\d{3,4}$/);
      expect(() => new URL(c.source_url), where).not.toThrow();
      expect(c.source_title.length, where).toBeGreaterThan(0);
      expect(['published', 'machine-generated'], where).toContain(c.provenance);
      expect(c.author_kind.length, where).toBeGreaterThan(0);
      expect(c.question.length, where).toBeGreaterThan(0);
      expect(QUESTION_IDS as readonly string[], where).toContain(c.options.question);
      expect(['strong', 'mixed', 'weak'], where).toContain(c.kind);
      expect(['train', 'heldout'], where).toContain(c.split);
      expect(c.notes, where).toMatch(/^\[\d+ words/);
      for (const rule of Object.keys(c.expect)) expect(RULE_IDS as readonly string[], `${where} ${rule}`).toContain(rule);
    }
  });

  it('have sentences that cover each text in order, each with a valid role', () => {
    for (const c of cases) {
      const where = `${c.file} ${c.id}`;
      let at = 0;
      for (const s of c.sentences) {
        expect(ROLES, `${where}: ${s.text}`).toContain(s.role);
        const found = c.text.indexOf(s.text, at);
        expect(found, `${where}: sentence not found in order: ${s.text}`).toBeGreaterThanOrEqual(0);
        expect(c.text.slice(at, found).trim(), `${where}: text skipped before: ${s.text}`).toBe('');
        at = found + s.text.length;
      }
      expect(c.text.slice(at).trim(), `${where}: text after the last sentence`).toBe('');
    }
  });

  it('list the parts a reader hears, in the order of the sentence roles', () => {
    for (const c of cases) {
      const parts = c.sentences.map((s) => s.role).filter((r) => r !== 'aside').filter((r, i, all) => r !== all[i - 1]);
      expect(c.sections, c.id).toEqual(parts);
    }
  });

  it('have unique ids, and the right provenance in each file', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) expect(c.provenance === 'machine-generated', c.id).toBe(c.file === 'machine-generated.json');
  });

  it('keep every source in one split, with the held-out file holding only held-out answers', () => {
    const splitOf = new Map<string, string>();
    for (const c of published) {
      const key = sourceKey(c.source_url);
      expect(splitOf.get(key) ?? c.split, `${c.id} ${key}`).toBe(c.split);
      splitOf.set(key, c.split);
      expect(c.split === 'heldout', c.id).toBe(c.file === 'heldout.json');
    }
    expect(published.filter((c) => c.split === 'heldout').length).toBeGreaterThanOrEqual(HELDOUT_FLOOR);
  });

  it('share no source with the development set real-dev.json', () => {
    const shared = sharedDir();
    expect(shared).toBeDefined();
    const dev = JSON.parse(readFileSync(join(shared!, 'eval/real-dev.json'), 'utf8')) as { source_url: string }[];
    const devSources = new Set(dev.map((c) => sourceKey(c.source_url)));
    for (const c of cases) expect(devSources.has(sourceKey(c.source_url)), `${c.id} ${c.source_url}`).toBe(false);
  });

  it('mark about a fifth of the published answers for a second, blind labelling', () => {
    const ids = JSON.parse(readFileSync(join(PUBLISHED_DIR, 'double-label-ids.json'), 'utf8')) as string[];
    const known = new Set(published.map((c) => c.id));
    for (const id of ids) expect(known.has(id), id).toBe(true);
    expect(ids.length / published.length).toBeGreaterThanOrEqual(0.15);
    expect(ids.length / published.length).toBeLessThanOrEqual(0.3);
  });
});

describe('agreement between two labellings', () => {
  it("is Cohen's kappa: 1 for identical labels, 0 at chance, negative below it", () => {
    expect(cohensKappa([true, false, true, false], [true, false, true, false])).toBe(1);
    expect(cohensKappa([true, true, false, false], [true, false, true, false])).toBe(0);
    expect(cohensKappa([true, false], [false, true])).toBeLessThan(0);
  });

  it('pairs checks and sentence roles by answer id', () => {
    const first = [
      { id: 'a', expect: { 'we-language': true, hedging: false }, roles: ['situation', 'action'] },
      { id: 'b', expect: { 'we-language': false, hedging: false }, roles: ['situation', 'result'] },
    ];
    const second = [
      { id: 'a', expect: { 'we-language': true }, roles: ['situation', 'action'] },
      { id: 'b', expect: { 'we-language': false }, roles: ['task', 'result', 'result'] },
    ];
    const result = agreement(first, second);
    expect(result.answers).toBe(2);
    expect(result.checks).toEqual([{ rule: 'we-language', pairs: 2, agreement: 1, kappa: 1 }]);
    expect(result.roles.pairs).toBe(2);
    expect(result.roles.skipped).toEqual(['b']);
  });
});
