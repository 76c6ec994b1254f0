// The story matrix candidates build by hand before an interview loop: for each question of the
// bank, which saved stories can answer it and which one answers it best. Pure: the caller passes
// the engine, so this runs wherever the engine does (the background, tests).
import { QUESTION_IDS, type QuestionId, type Story } from '../engine/report';
import { QUESTIONS } from './questions';

export interface CoverageStory {
  id: string;
  title: string;
  text: string;
  question: QuestionId;
  tags: string[];
}

/** How one story does as an answer to one question, from the engine's analysis for that question. */
export interface Fit {
  id: string;
  errors: number;
  warnings: number;
  done: number;
  total: number;
}

export interface CoverageRow {
  question: QuestionId;
  /** Stories that can answer it, strongest first. */
  fits: Fit[];
}

/**
 * Whether a story can answer a question: it was saved for it, or its title, tags or text name the
 * question's subject (an outage, a conflict, a deadline…). Any story answers the general question.
 */
export function canAnswer(story: CoverageStory, question: QuestionId): boolean {
  if (question === 'general' || story.question === question) return true;
  const pattern = QUESTIONS[question].pattern;
  return !!pattern && [story.title, story.text, ...story.tags].some((t) => pattern.test(t));
}

/** Higher is stronger: the checklist items it covers, less what the coach would still flag. */
function strength(fit: Fit): number {
  return fit.done - 2 * fit.errors - fit.warnings;
}

export function fitOf(id: string, analyzed: Pick<Story, 'findings' | 'checklist'> | undefined): Fit {
  const findings = analyzed?.findings ?? [];
  const checklist = analyzed?.checklist ?? [];
  return {
    id,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    done: checklist.filter((c) => c.done).length,
    total: checklist.length,
  };
}

/** Every question of the bank, with the stories that answer it, strongest first (ties: saved order). */
export function coverageMap(
  stories: readonly CoverageStory[],
  analyze: (text: string, question: QuestionId) => Pick<Story, 'findings' | 'checklist'> | undefined,
): CoverageRow[] {
  return QUESTION_IDS.map((question) => {
    const fits = stories.filter((s) => canAnswer(s, question)).map((s) => fitOf(s.id, analyze(s.text, question)));
    return { question, fits: fits.sort((a, b) => strength(b) - strength(a)) };
  });
}
