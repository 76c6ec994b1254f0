// Labelled sentences for the sentence-role model. Published answers (their roles labelled by the
// guide) come first; answers written here may add variety but never outnumber them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES, type Role } from '../../lib/model/roles';
import { classify } from '../../lib/engine/sections';
import { splitStories } from '../../lib/engine/stories';
import { draftSentences } from '../../lib/engine/story-context';

export interface RoleStory {
  id: string;
  /** Cross-validation never puts one source in both train and test. */
  group: string;
  published: boolean;
  sentences: { text: string; role: Role }[];
}

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');
const ROLE_NAMES = new Set<string>(ROLES);

function sentencesOf(raw: unknown): { text: string; role: Role }[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out = raw
    .map((s) => (s && typeof s === 'object' ? { text: unmarked(String((s as { text?: unknown }).text ?? '')), role: String((s as { role?: unknown }).role ?? '') } : undefined))
    .filter((s): s is { text: string; role: Role } => !!s && s.text.trim().length > 0 && ROLE_NAMES.has(s.role));
  return out.length > 0 ? out : undefined;
}

/** The sentence as the model meets it: a marked sentence is placed by its marker, never by the
 * model, so a bullet or "Situation:" prefix would only teach it a cue it never sees. */
function unmarked(text: string): string {
  return text.replace(/^\s*(?:[-*•]\s*)?(?:(?:situation|task|action|result|reflection|nugget|learnings?|[STARL])\s*(?:\([STARL]\))?\s*[:–-]\s*)?/i, '').trim();
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Published answers with sentence roles, training split only (held-out answers are never read here). */
function published(): RoleStory[] {
  const dir = join(FIXTURES, 'published');
  if (!existsSync(dir)) return [];
  const stories: RoleStory[] = [];
  // Only the training split of answers people published: never the held-out split, and not the
  // machine-written answers found beside them.
  for (const file of readdirSync(dir).filter((f) => /^train-.*\.json$/.test(f)).sort()) {
    const data = readJson(join(dir, file));
    const cases = Array.isArray(data) ? data : Array.isArray((data as { cases?: unknown }).cases) ? (data as { cases: unknown[] }).cases : [];
    for (const c of cases as Record<string, unknown>[]) {
      if (!c || typeof c !== 'object' || c.split !== 'train') continue;
      const sentences = sentencesOf(c.sentences ?? c.roles);
      if (!sentences) continue;
      const group = String(c.source_url ?? c.source ?? c.url ?? c.id);
      stories.push({ id: String(c.id), group: sourceGroup(group), published: true, sentences });
    }
  }
  return stories;
}

/** The site (or repository) a source came from: answers from one author share a group. */
export function sourceGroup(url: string): string {
  const m = /^https?:\/\/(?:www\.)?([^/]+)(?:\/([^/]+)\/([^/]+))?/.exec(url);
  if (!m) return url;
  return m[1] === 'github.com' && m[2] ? `github.com/${m[2]}` : m[1]!;
}

/** Roles labelled on the published development set (shared/eval/real-dev.json). */
function realDev(): RoleStory[] {
  const rows = readJson(join(FIXTURES, 'roles/real-dev.json')) as { id: string; source: string; sentences: unknown }[];
  return rows.map((r) => ({ id: r.id, group: sourceGroup(r.source), published: true, sentences: sentencesOf(r.sentences) ?? [] }));
}

/**
 * The project's own corpus (written here), its sentences placed as its labels were checked
 * against: by markers where it has them, else by the cues alone. It teaches the short and
 * note-like styles published answers rarely use; blind sets stay out (they are test sets).
 */
function writtenHere(): RoleStory[] {
  const dir = join(FIXTURES, 'corpus');
  const stories: RoleStory[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    for (const c of readJson(join(dir, file)) as { id: string; text: string; notice?: string }[]) {
      if (c.notice) continue;
      for (const span of splitStories(c.text)) {
        const own = c.text.slice(span.start, span.end);
        const drafts = draftSentences(own, { ...span, start: 0, end: own.length, bodyStart: span.bodyStart - span.start });
        const kinds = classify(drafts, { alpha: 0 }).kinds;
        stories.push({ id: `${c.id}#${span.start}`, group: `corpus/${file}`, published: false, sentences: drafts.map((d, i) => ({ text: d.text, role: kinds[i]! })) });
      }
    }
  }
  return stories;
}

const byId = (a: RoleStory, b: RoleStory) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sentenceCount = (stories: RoleStory[]) => stories.reduce((n, s) => n + s.sentences.length, 0);

/** Every labelled story, sorted by id so training sees them in one order; answers written here
 * are taken in id order only while they stay at most half of the sentences. */
export function loadRoleStories(): RoleStory[] {
  const seen = new Set<string>();
  const real = [...published(), ...realDev()].filter((s) => !seen.has(s.id) && seen.add(s.id)).sort(byId);
  const budget = sentenceCount(real);
  const own: RoleStory[] = [];
  let used = 0;
  for (const s of writtenHere().sort(byId)) {
    if (used + s.sentences.length > budget) continue;
    own.push(s);
    used += s.sentences.length;
  }
  return [...real, ...own].sort(byId);
}
