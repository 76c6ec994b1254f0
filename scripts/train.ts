// `npm run train`: regenerates the shipped weights from the labelled data, deterministically.
// `npm run train -- --cv`: reports the sentence-role model under cross-validation grouped by source.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRoleStories } from './train/role-data';
import { trainRoles } from './train/roles';
import { crossValidateRoles } from './train/role-cv';
import { loadEvidenceStories } from './train/evidence-data';
import { f1, precision, recall, trainEvidence } from './train/evidence';

export const ROLE_WEIGHTS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../lib/model/role-weights.json');
export const EVIDENCE_WEIGHTS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../lib/evidence/weights.json');

/** The rules' evidence models exactly as training writes them. */
export function evidenceWeightsJson(): string {
  return JSON.stringify(trainEvidence(loadEvidenceStories()).models, null, 1) + '\n';
}

/** The weights file exactly as training writes it. */
export function roleWeightsJson(): string {
  return JSON.stringify(trainRoles(loadRoleStories())) + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--cv')) {
    console.log(crossValidateRoles(loadRoleStories()));
  } else {
    const json = roleWeightsJson();
    writeFileSync(ROLE_WEIGHTS_FILE, json);
    console.log(`wrote ${ROLE_WEIGHTS_FILE} (${(json.length / 1024).toFixed(0)} kB)`);
  }
  // The rules' models read the sentence parts, so they are trained after the role weights.
  const { models, reports } = trainEvidence(loadEvidenceStories());
  const evidence = JSON.stringify(models, null, 1) + '\n';
  if (!process.argv.includes('--cv')) writeFileSync(EVIDENCE_WEIGHTS_FILE, evidence);
  console.log('rule evidence models, cross-validated by source (5 folds), at the chosen threshold:');
  for (const r of reports) {
    const prf = (c: typeof r.patterns) => `P=${precision(c).toFixed(2)} R=${recall(c).toFixed(2)} F1=${f1(c).toFixed(2)}`;
    const decision = r.shipped === 'decides' ? 'SHIPPED deciding' : r.shipped === 'adds' ? 'SHIPPED adding' : 'patterns kept';
    console.log(
      `  ${r.rule.padEnd(24)} n=${r.samples} positives=${r.positives} threshold=${r.decides.threshold} model ${prf(r.decides.cv)} | patterns ${prf(r.patterns)} | ` +
        `published: model ${prf(r.decides.publishedCv)} patterns ${prf(r.publishedPatterns)} | adding threshold=${r.adds.threshold} model ${prf(r.adds.cv)} published ${prf(r.adds.publishedCv)} | ${decision} | best-F1 ${prf(r.unconstrained)}`,
    );
  }
}
