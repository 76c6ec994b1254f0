// The extension ships trained weights packed (scripts/packed-weights.ts); it must read back the very
// numbers the JSON holds, or its verdicts would drift from the tests' and the command line's.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packedWeightsModule } from '../../scripts/packed-weights';

const dir = mkdtempSync(join(tmpdir(), 'packed-weights-'));

async function load(json: string): Promise<unknown> {
  const file = join(dir, `m${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, packedWeightsModule(json));
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

const weightFiles = readdirSync('lib', { recursive: true, encoding: 'utf8' })
  .filter((f) => /(?:^|[/-])weights\.json$/.test(f))
  .map((f) => join('lib', f));

describe('packed weights', () => {
  it('finds the shipped weight files', () => {
    expect(weightFiles).toContain(join('lib', 'model', 'role-weights.json'));
  });

  it.each(weightFiles)('%s reads back exactly', async (file) => {
    const json = readFileSync(file, 'utf8');
    // toStrictEqual compares numbers with Object.is: every weight is bit for bit the JSON's.
    expect(await load(json)).toStrictEqual(JSON.parse(json));
  });

  it('ships the role model in half its JSON size or less', () => {
    const json = readFileSync(join('lib', 'model', 'role-weights.json'), 'utf8');
    expect(packedWeightsModule(json).length).toBeLessThan(json.length / 2);
  });

  it('leaves an array as written when a value is not a whole number of thousandths', async () => {
    const values = Array.from({ length: 100 }, (_, i) => i / 1000);
    values[7] = 0.0005;
    const json = JSON.stringify({ weights: values, bias: [0.5, -1.25] });
    expect(packedWeightsModule(json)).not.toContain('unpack("');
    expect(await load(json)).toStrictEqual(JSON.parse(json));
  });

  it('packs negative and large weights', async () => {
    const values = Array.from({ length: 100 }, (_, i) => Math.round(((i % 7) - 3) * 4321.7) / 1000);
    values[5] = 32.767;
    values[6] = -32.768;
    const json = JSON.stringify({ weights: values });
    expect(packedWeightsModule(json)).toContain('unpack("');
    expect(await load(json)).toStrictEqual(JSON.parse(json));
  });
});
