// The rules whose verdict a trained model may make, each with the evidence it reads. Training
// ships a model only where, cross-validated by source, it beats the rule's own patterns.
import type { RuleId } from '../engine/report';
import type { EvidenceReader } from './model';
import architectureDetail from './architecture-detail';
import genericReflection from './generic-reflection';
import handoff from './handoff';
import missingBusinessValue from './missing-business-value';
import missingReflection from './missing-reflection';
import othersDidIt from './others-did-it';
import passiveVoice from './passive-voice';
import unverifiedFix from './unverified-fix';
import vagueEnding from './vague-ending';
import weLanguage from './we-language';

export const EVIDENCE: Partial<Record<RuleId, EvidenceReader>> = {
  'architecture-detail': architectureDetail,
  'generic-reflection': genericReflection,
  handoff,
  'missing-business-value': missingBusinessValue,
  'missing-reflection': missingReflection,
  'others-did-it': othersDidIt,
  'passive-voice': passiveVoice,
  'unverified-fix': unverifiedFix,
  'vague-ending': vagueEnding,
  'we-language': weLanguage,
};
