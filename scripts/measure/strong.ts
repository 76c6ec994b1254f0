// Nagging: how often a strong answer is told something is wrong. "Strong" comes from the labels:
// where a set grades its answers (`kind`: strong / mixed / weak), the ones graded strong;
// elsewhere, the answers whose every labelled check is expected false.

export interface GradedCase {
  kind?: string;
  expect: Partial<Record<string, boolean>>;
}

export type StrongDefinition = 'graded' | 'clean';

export const STRONG_DEFINITIONS: Record<StrongDefinition, string> = {
  graded: 'graded `kind: strong`',
  clean: 'every labelled check expected false',
};

export function strongDefinition(cases: readonly GradedCase[]): StrongDefinition {
  return cases.some((c) => typeof c.kind === 'string') ? 'graded' : 'clean';
}

export function isStrong(c: GradedCase, definition: StrongDefinition): boolean {
  return definition === 'graded' ? c.kind === 'strong' : Object.values(c.expect).every((want) => !want);
}

/** Nagged: any finding of severity warning or error. */
export function nagged(warnedRules: readonly string[]): boolean {
  return warnedRules.length > 0;
}

/** Nagged without cause: a warning or error from a check the labels do not expect. */
export function naggedWithoutCause(c: GradedCase, warnedRules: readonly string[]): boolean {
  return warnedRules.some((rule) => c.expect[rule] !== true);
}
