// The hand-made reports the UI is built and screenshotted against.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../../lib/engine/report';

export function loadFixture(name: 'weak' | 'strong'): { text: string; report: Report } {
  const dir = join(__dirname, '../../fixtures/reports');
  return {
    text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
    report: JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Report,
  };
}
