// The rules whose verdict a trained model may make, each with the evidence it reads. Training
// ships a model only where, cross-validated by source, it beats the rule's own patterns.
import type { RuleId } from '../engine/report';
import type { EvidenceReader } from './model';
import architectureDetail from './architecture-detail';
import genericReflection from './generic-reflection';
import missingBusinessValue from './missing-business-value';
import missingReflection from './missing-reflection';
import passiveVoice from './passive-voice';
import { resolutionReader } from './resolution';
import unverifiedFix from './unverified-fix';
import vagueEnding from './vague-ending';
import weLanguage from './we-language';

export const EVIDENCE: Partial<Record<RuleId, EvidenceReader>> = {
  'architecture-detail': architectureDetail,
  'generic-reflection': genericReflection,
  handoff: resolutionReader('After you passed the problem on, say what you did to see it through: the fix you wrote, tested or checked once it landed.'),
  'missing-business-value': missingBusinessValue,
  'missing-reflection': missingReflection,
  'others-did-it': resolutionReader('Say which part of the fix was yours: what you wrote, deployed, paired on or checked.'),
  'passive-voice': passiveVoice,
  'unverified-fix': unverifiedFix,
  'vague-ending': vagueEnding,
  'we-language': weLanguage,
};
