// The spoken answer against the written draft: which numbers, "I" actions and parts of the draft
// were said, skipped or changed. Pure and forgiving: recognizers spell numbers either way and
// drop punctuation, so both sides are compared as normalized words.
import { SECTION_KINDS, type SectionKind } from '../engine/report';
import { splitSentences } from '../engine/sentences';
import { IRREGULAR_PAST } from '../nlp/actors';
import type { DraftPart } from './targets';
import type { PartTranscripts } from './transcript';

export type Said = 'said' | 'changed' | 'skipped';

export interface NumberCheck {
  /** As written in the draft, with its unit: "14 minutes", "0.3%". */
  draft: string;
  status: Said;
  /** What was said instead, for `changed`. */
  spoken?: string;
}

export interface ActionCheck {
  /** The "I" action as written: "I rolled back". */
  draft: string;
  /** said: "I" + the verb; changed: the verb with "we" or without "I"; skipped: not at all. */
  status: Said;
  spoken?: string;
}

export interface PartCheck {
  kind: SectionKind;
  /** Share of the draft part's content words that were said in the answer, 0–1. */
  coverage: number;
  status: 'said' | 'partly' | 'skipped';
}

export interface DraftComparison {
  numbers: NumberCheck[];
  actions: ActionCheck[];
  parts: PartCheck[];
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const UNIT_WORDS: Record<string, string> = { '%': 'percent', $: 'dollars', '€': 'euros', '£': 'pounds', k: 'thousand' };

/**
 * Words, lowercase, units spelled out ("%" → "percent"), and spelled-out numbers turned into
 * digits ("forty five" → "45", "zero point three" → "0.3") unless `spelled` is false.
 */
export function normalizeWords(text: string, spelled = true): string[] {
  const raw = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/([$€£])\s?(\d[\d,]*(?:\.\d+)?)/g, '$2 $1')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/(\d)\s?(%|k\b)/g, '$1 $2')
    .match(/\d+(?:\.\d+)?|[a-z']+|[%$€£]/g) ?? [];
  const out: string[] = [];
  let i = 0;
  while (i < raw.length) {
    const w = raw[i]!;
    if (spelled && (w in UNITS || w in TENS)) {
      let value = 0;
      let current = 0;
      let j = i;
      for (; j < raw.length; j++) {
        const x = raw[j]!;
        if (x in UNITS) current += UNITS[x]!;
        else if (x in TENS) current += TENS[x]!;
        else if (x in SCALES && j > i) {
          if (SCALES[x]! === 100) current *= 100;
          else {
            value += current * SCALES[x]!;
            current = 0;
          }
        } else if (x === 'and' && j > i && raw[j + 1] && (raw[j + 1]! in UNITS || raw[j + 1]! in TENS)) continue;
        else break;
      }
      let number = String(value + current);
      if (raw[j] === 'point' && raw[j + 1] && raw[j + 1]! in UNITS) {
        number += `.${UNITS[raw[j + 1]!]}`;
        j += 2;
      }
      out.push(number);
      i = j;
      continue;
    }
    if (/^\d/.test(w) && raw[i + 1] === 'point' && raw[i + 2] && raw[i + 2]! in UNITS) {
      out.push(`${w}.${UNITS[raw[i + 2]!]}`);
      i += 3;
      continue;
    }
    out.push(UNIT_WORDS[w] ?? w);
    i++;
  }
  return out;
}

const numeric = (w: string) => /^\d+(?:\.\d+)?$/.test(w);
const sameNumber = (a: string, b: string) => Number(a) === Number(b);

function checkNumbers(draft: string, spoken: string[]): NumberCheck[] {
  // Only the draft's written digits are its numbers: "zero" or "one of" in prose are not figures.
  const ws = normalizeWords(draft, false);
  const spokenNumbers = spoken.map((w, i) => ({ w, i })).filter((x) => numeric(x.w));
  const seen = new Set<string>();
  const out: NumberCheck[] = [];
  ws.forEach((w, i) => {
    if (!numeric(w)) return;
    const unit = ws[i + 1] && !numeric(ws[i + 1]!) ? ws[i + 1]! : '';
    const label = unit ? `${w} ${unit}` : w;
    if (seen.has(label)) return;
    seen.add(label);
    if (spokenNumbers.some((x) => sameNumber(x.w, w))) out.push({ draft: label, status: 'said' });
    else {
      const other = unit ? spokenNumbers.find((x) => spoken[x.i + 1] === unit) : undefined;
      out.push(other ? { draft: label, status: 'changed', spoken: `${other.w} ${unit}` } : { draft: label, status: 'skipped' });
    }
  });
  return out;
}

const I_ACTION = new RegExp(String.raw`\bI\s+((?:also|then|first|quickly|personally|finally)\s+)?(\w+ed|${IRREGULAR_PAST})(\s+(?:back|up|down|out|off|over|in))?\b`, 'g');

function checkActions(draftText: string, actionSpans: { start: number; end: number }[], spoken: string[]): ActionCheck[] {
  const spokenText = ` ${spoken.join(' ')} `;
  const seen = new Set<string>();
  const out: ActionCheck[] = [];
  for (const span of actionSpans) {
    for (const m of draftText.slice(span.start, span.end).matchAll(I_ACTION)) {
      const verb = m[2]!.toLowerCase() + (m[3] ?? '').toLowerCase();
      if (seen.has(verb)) continue;
      seen.add(verb);
      const draft = `I ${verb}`;
      const said = new RegExp(String.raw` i (?:\w+ ){0,2}${verb} `).test(spokenText);
      if (said) out.push({ draft, status: 'said' });
      else {
        const other = new RegExp(String.raw` (we|they|the team|someone) (?:\w+ ){0,2}${verb} `).exec(spokenText);
        if (other) out.push({ draft, status: 'changed', spoken: `${other[1]} ${verb}` });
        else if (spokenText.includes(` ${verb} `)) out.push({ draft, status: 'changed', spoken: verb });
        else out.push({ draft, status: 'skipped' });
      }
    }
  }
  return out;
}

const STOP = new Set(
  'the a an and or but so of to in on at for with by from as is was were be been it its this that these those i we our my me us they them their he she his her you your had have has did do does not no into over than then there which who what when where how up out after before about just very also'.split(' '),
);
const content = (ws: string[]) => new Set(ws.filter((w) => w.length > 2 && !STOP.has(w)));

function checkParts(draftText: string, sections: readonly DraftPart[], spoken: string[]): PartCheck[] {
  const said = content(spoken);
  const out: PartCheck[] = [];
  for (const kind of SECTION_KINDS) {
    const own = sections.filter((s) => s.kind === kind);
    if (!own.length) continue;
    const words = content(own.flatMap((s) => normalizeWords(draftText.slice(s.start, s.end))));
    if (!words.size) continue;
    const coverage = [...words].filter((w) => said.has(w)).length / words.size;
    out.push({ kind, coverage: Math.round(coverage * 100) / 100, status: coverage >= 0.5 ? 'said' : coverage >= 0.2 ? 'partly' : 'skipped' });
  }
  return out;
}

/** Compares the whole spoken answer with the draft story (its text and parts). */
export function compareWithDraft(draftText: string, sections: readonly DraftPart[], spokenParts: PartTranscripts): DraftComparison {
  const spoken = normalizeWords(SECTION_KINDS.map((k) => spokenParts[k] ?? '').join(' '));
  const storyStart = Math.min(...sections.map((s) => s.start));
  const storyEnd = Math.max(...sections.map((s) => s.end));
  const body = sections.length ? draftText.slice(storyStart, storyEnd) : '';
  const actionSpans = sections.filter((s) => s.kind === 'action');
  const actionsFrom = actionSpans.length ? actionSpans : sections;
  return {
    numbers: checkNumbers(body, spoken),
    actions: checkActions(draftText, actionsFrom.flatMap((s) => splitSentences(draftText, s.start, s.end)), spoken),
    parts: checkParts(draftText, sections, spoken),
  };
}
