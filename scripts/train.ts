// `npm run train`: regenerates the shipped weights from the labelled data, deterministically.
// `npm run train -- --cv`: reports the sentence-role model under cross-validation grouped by source.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRoleStories } from './train/role-data';
import { trainRoles } from './train/roles';
import { crossValidateRoles } from './train/role-cv';

export const ROLE_WEIGHTS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../lib/model/role-weights.json');

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
}
