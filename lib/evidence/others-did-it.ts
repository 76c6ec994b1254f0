// others-did-it evidence: someone else's resolving step, against the speaker's own.
import type { EvidenceReader } from './model';
import { readResolution } from './resolution';

const reader: EvidenceReader = {
  advice: 'Say which part of the fix was yours: what you wrote, deployed, paired on or checked.',
  read: readResolution,
};

export default reader;
