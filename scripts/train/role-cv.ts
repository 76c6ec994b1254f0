// Cross-validation of the sentence-role model grouped by source: no site or repository is in
// both the training and the test fold. Reports how often the decoded part of a sentence matches
// its label, with the cues alone and with the model added at several weights.
import { classify } from '../../lib/engine/sections';
import type { RoleStory } from './role-data';
import { trainRoles } from './roles';
import { roleEvidence } from '../../lib/model/role-scores';

export const CV_FOLDS = 5;

/** Groups dealt to folds in sorted order, so every run splits the same way. */
export function groupFolds(stories: RoleStory[], folds = CV_FOLDS): number[] {
  const groups = [...new Set(stories.filter((s) => s.published).map((s) => s.group))].sort();
  const foldOf = new Map(groups.map((g, i) => [g, i % folds]));
  // Written-here answers train in every fold (-1: never tested).
  return stories.map((s) => foldOf.get(s.group) ?? -1);
}

export function crossValidateRoles(stories: RoleStory[], alphas = [0, 0.5, 1, 1.5, 2]): string {
  const fold = groupFolds(stories);
  const right = new Map<number, number>(alphas.map((a) => [a, 0]));
  let total = 0;
  let asideRight = 0;
  let asideTotal = 0;
  let asideFlagged = 0;
  for (let k = 0; k < CV_FOLDS; k++) {
    const weights = trainRoles(stories.filter((_, i) => fold[i] !== k));
    // Only published answers are scored: written-here ones are never in a test split.
    for (const s of stories.filter((x, i) => fold[i] === k && x.published)) {
      const texts = s.sentences.map((t) => t.text);
      const aside = roleEvidence(texts, weights).aside;
      s.sentences.forEach((t, i) => {
        if (t.role === 'aside') asideTotal++;
        if (aside[i]) asideFlagged++;
        if (aside[i] && t.role === 'aside') asideRight++;
      });
      const kept = s.sentences.filter((t) => t.role !== 'aside');
      const drafts = kept.map((t) => ({ start: 0, end: 0, text: t.text }));
      total += kept.length;
      for (const alpha of alphas) {
        const kinds = classify(drafts, { weights, alpha }).kinds;
        right.set(alpha, right.get(alpha)! + kinds.filter((kind, i) => kind === kept[i]!.role).length);
      }
    }
  }
  const lines = alphas.map((a) => `alpha ${a}: ${(right.get(a)! / total).toFixed(3)} of ${total} sentences placed right`);
  lines.push(`aside: ${asideRight} of ${asideTotal} found, ${asideFlagged - asideRight} wrongly`);
  return lines.join('\n');
}
