// handoff evidence: the problem routed on, and whether the speaker carries any fix through.
import type { EvidenceReader } from './model';
import { readResolution } from './resolution';

const reader: EvidenceReader = {
  advice: 'After you passed the problem on, say what you did to see it through: the fix you wrote, tested or checked once it landed.',
  read: readResolution,
};

export default reader;
