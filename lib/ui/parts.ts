// Names of the STAR parts as the user reads them.
import { SECTION_KINDS, type SectionKind } from '../engine/report';

export const PART_LABELS: Record<SectionKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

/** Short names for narrow places (the timeline strip): Result and Reflection stay distinct. */
export const PART_SHORT_LABELS: Record<SectionKind, string> = {
  situation: 'Sit',
  task: 'Task',
  action: 'Act',
  result: 'Res',
  reflection: 'Refl',
};

/** Position of a part in story order, for sorting. */
export function partOrder(kind: SectionKind): number {
  return SECTION_KINDS.indexOf(kind);
}
