// Every coaching rule, in the order findings are reported within a part.
import type { Rule } from './types';
import situationTooLong from './situation-too-long';
import architectureDetail from './architecture-detail';
import missingScopeBoundary from './missing-scope-boundary';
import weLanguage from './we-language';
import passiveVoice from './passive-voice';
import handoff from './handoff';
import othersDidIt from './others-did-it';
import unquantifiedImpact from './unquantified-impact';
import missingBusinessValue from './missing-business-value';
import missingSecondOrder from './missing-second-order';
import vagueEnding from './vague-ending';
import genericReflection from './generic-reflection';
import missingReflection from './missing-reflection';
import unverifiedFix from './unverified-fix';
import weakMotivation from './weak-motivation';
import hedging from './hedging';
import missingSection from './missing-section';
import answerTooLong from './answer-too-long';
import answerTooShort from './answer-too-short';
import buriedOutcome from './buried-outcome';
import missingInvestigation from './missing-investigation';
import missingPrevention from './missing-prevention';
import longReflection from './long-reflection';
import missingOrgInsight from './missing-org-insight';

export const RULES: readonly Rule[] = [
  situationTooLong,
  architectureDetail,
  missingScopeBoundary,
  weLanguage,
  passiveVoice,
  handoff,
  othersDidIt,
  unquantifiedImpact,
  missingBusinessValue,
  missingSecondOrder,
  vagueEnding,
  genericReflection,
  missingReflection,
  unverifiedFix,
  weakMotivation,
  hedging,
  missingSection,
  answerTooLong,
  answerTooShort,
  buriedOutcome,
  missingInvestigation,
  missingPrevention,
  longReflection,
  missingOrgInsight,
];
