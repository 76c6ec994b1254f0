// Names of the STAR parts, for the marked transcript the engine reads (pure: no UI import).
import type { SectionKind } from '../engine/report';

export const PART_NAMES: Record<SectionKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};
