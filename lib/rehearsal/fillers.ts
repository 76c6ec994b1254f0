// Fillers and hedges in a spoken transcript, read in context. Recognizers give bare lowercase
// words with little punctuation, so each word is judged by its neighbours: "I'd like to" and
// "tools like Kafka" are not fillers; "and like the build failed" is. When unsure, it is not counted.

export type FillerKind = 'filler' | 'hedge';

export interface FillerHit {
  phrase: string;
  kind: FillerKind;
  /** Index of the first word in the transcript's words. */
  at: number;
}

export interface FillerCount {
  fillers: number;
  hedges: number;
  /** Each phrase with how often it was said, most frequent first. */
  phrases: { phrase: string; kind: FillerKind; count: number }[];
}

interface Word {
  w: string;
  /** A sentence or clause boundary (punctuation) right before this word. */
  boundary: boolean;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  let boundary = true;
  for (const m of text.toLowerCase().replace(/[’]/g, "'").matchAll(/[a-z0-9$%][a-z0-9'$%.,]*|[.!?;:,—–-]+/g)) {
    const token = m[0];
    if (/^[.!?;:,—–-]+$/.test(token)) {
      boundary = true;
      continue;
    }
    const clean = token.replace(/[.,]+$/, '');
    out.push({ w: clean, boundary });
    boundary = token !== clean;
  }
  return out;
}

const set = (s: string) => new Set(s.split(' '));
const VOCAL = set('um umm uh uhm uh-huh erm er ah hmm mm');
const DETERMINER = set('a an the this that these those what which any some every one same different other each no all my our their this');
// "like" right after these is a verb or a comparison: "I'd like", "looked like", "something like".
const LIKE_NOT_AFTER = set(
  "i you we they he she i'd we'd you'd they'd would do did don't didn't does doesn't to feel felt feels look looks looked looking seem seems seemed sound sounds sounded something anything nothing just more much less exactly not very most things stuff lot",
);
// "like" is a filler after a joint or a hesitation: "and like", "so like", "um like".
const LIKE_FILLER_AFTER = set('and but so um uh er or then because');
const NUMBERISH = /^(?:[$€£]?\d|a$|about$|around$|maybe$|few$|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$|twenty$|thirty$|forty$|fifty$|hundred$)/;
const HEDGE_WORDS = set('maybe probably perhaps possibly hopefully somewhat somehow kinda sorta');
const I_HEDGE = set('think guess believe suppose');
const FILLER_WORDS = set('basically literally');

function hitAt(ws: Word[], i: number): FillerHit | null {
  const cur = ws[i]!;
  const w = cur.w;
  const prev = i > 0 ? ws[i - 1]!.w : '';
  const next = ws[i + 1]?.w ?? '';
  const next2 = ws[i + 2]?.w ?? '';
  const start = cur.boundary || i === 0;
  if (VOCAL.has(w)) return { phrase: w.startsWith('u') && w !== 'uh-huh' ? w.replace(/m+$/, 'm') : w, kind: 'filler', at: i };
  if (FILLER_WORDS.has(w)) return { phrase: w, kind: 'filler', at: i };
  if (w === 'actually' && (start || LIKE_FILLER_AFTER.has(prev))) return { phrase: w, kind: 'filler', at: i };
  if (HEDGE_WORDS.has(w)) return { phrase: w, kind: 'hedge', at: i };
  if (w === 'like') {
    if (LIKE_NOT_AFTER.has(prev) || next === 'to' || next === 'that' || next === 'this') return null;
    // "like I said" / "like we discussed": a comparison.
    if ((next === 'i' || next === 'we') && /^(?:said|mentioned|say|discussed|planned)$/.test(next2)) return null;
    if (NUMBERISH.test(next) && !(next === 'a' && !/^(?:few|couple|dozen|hundred|thousand)$/.test(next2))) {
      return { phrase: 'like (about)', kind: 'hedge', at: i };
    }
    if (start || LIKE_FILLER_AFTER.has(prev) || VOCAL.has(next)) return { phrase: 'like', kind: 'filler', at: i };
    return null;
  }
  if (w === 'you' && next === 'know') {
    if (/^(?:do|did|don't|didn't|if|as|would|what|to|we|they|i)$/.test(prev)) return null;
    if (/^(?:what|how|why|where|who|when|that|the|it|about|him|her|them|this|whether|if)$/.test(next2)) return null;
    return { phrase: 'you know', kind: 'filler', at: i };
  }
  if (w === 'i' && next === 'mean') {
    if (/^(?:what|do|did|didn't|don't)$/.test(prev) || /^(?:that|it|to|the)$/.test(next2)) return null;
    return { phrase: 'I mean', kind: 'filler', at: i };
  }
  if (w === 'i' && I_HEDGE.has(next) && !/^(?:about|of|through)$/.test(next2)) return { phrase: `I ${next}`, kind: 'hedge', at: i };
  if (w === 'i' && next === 'feel' && next2 === 'like') return { phrase: 'I feel like', kind: 'hedge', at: i };
  if ((w === 'kind' || w === 'sort') && next === 'of' && !DETERMINER.has(prev)) return { phrase: `${w} of`, kind: 'hedge', at: i };
  if (w === 'more' && next === 'or' && next2 === 'less') return { phrase: 'more or less', kind: 'hedge', at: i };
  if (w === 'or' && next === 'something') return { phrase: 'or something', kind: 'hedge', at: i };
  if (w === 'a' && next === 'little' && next2 === 'bit') return { phrase: 'a little bit', kind: 'hedge', at: i };
  return null;
}

/** Every filler and hedge, in order. A phrase's words are not read again ("I feel like" is one hedge). */
export function findFillers(text: string): FillerHit[] {
  const ws = words(text);
  const hits: FillerHit[] = [];
  for (let i = 0; i < ws.length; i++) {
    const hit = hitAt(ws, i);
    if (!hit) continue;
    hits.push(hit);
    i += hit.phrase.replace(' (about)', '').split(' ').length - 1;
  }
  return hits;
}

export function countFillers(text: string): FillerCount {
  const counts = new Map<string, { phrase: string; kind: FillerKind; count: number }>();
  for (const h of findFillers(text)) {
    const c = counts.get(h.phrase) ?? { phrase: h.phrase, kind: h.kind, count: 0 };
    c.count++;
    counts.set(h.phrase, c);
  }
  const phrases = [...counts.values()].sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase));
  return {
    fillers: phrases.filter((p) => p.kind === 'filler').reduce((n, p) => n + p.count, 0),
    hedges: phrases.filter((p) => p.kind === 'hedge').reduce((n, p) => n + p.count, 0),
    phrases,
  };
}

/** Words in a transcript, for the pace. */
export function wordCount(text: string): number {
  return words(text).length;
}
