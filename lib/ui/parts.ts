// Names of the STAR parts as the user reads them.
import { SECTION_KINDS, type SectionKind } from '../engine/report';

export const PART_LABELS: Record<SectionKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

/** Position of a part in story order, for sorting. */
export function partOrder(kind: SectionKind): number {
  return SECTION_KINDS.indexOf(kind);
}
