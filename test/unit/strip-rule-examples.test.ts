// The build ships the rules without their examples (scripts/strip-rule-examples.ts): every rule file
// must lose them, and keep everything the engine runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutExamples } from '../../scripts/strip-rule-examples';
import { RULES } from '../../lib/rules/registry';

const ruleFiles = readdirSync('lib/rules').filter((f) => f.endsWith('.ts') && f !== 'registry.ts' && f !== 'types.ts');

describe('the build ships rules without their examples', () => {
  it.each(ruleFiles)('%s loses every example text and keeps its check', (file) => {
    const source = readFileSync(join('lib/rules', file), 'utf8');
    const stripped = withoutExamples(source);
    const rule = RULES.find((r) => r.id === file.replace(/\.ts$/, ''))!;
    for (const e of [...rule.examples.flagged, ...rule.examples.passing]) expect(stripped).not.toContain(e.text.slice(0, 60));
    expect(stripped).toContain('examples: { flagged: [], passing: [] }');
    expect(stripped).toContain('check(');
    expect(stripped.length).toBeLessThan(source.length);
  });

  it('leaves other source alone', () => {
    const source = readFileSync('lib/rules/shared/story-parts.ts', 'utf8');
    expect(withoutExamples(source)).toBe(source);
  });
});
