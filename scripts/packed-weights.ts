// Vite plugin: trained weights (lib/**/weights.json, lib/**/*-weights.json) ship in the extension
// as 16-bit integers in base64 rather than as decimal literals, which halves their share of the
// background bundle (the role model's 12,288 weights: 67 kB → 33 kB of a 600 kB budget). Training
// rounds every weight to three decimals (scripts/train/logistic.ts), so each is n / 1000 for a
// small integer n, and that division gives the very number the decimal literal does; an array with
// any value for which it does not, or too short to gain, is shipped as it is. Tests and the command
// line read the JSON directly.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const WEIGHTS = /(?:^|[/-])weights\.json$/;
const PACKED = '\0packed-weights:';
/** Shorter arrays gain nothing from packing. */
const MIN_LENGTH = 64;

/** Little-endian 16-bit integers of the array, in base64, when n / 1000 gives back every value. */
function packed(values: unknown[]): string | undefined {
  if (values.length < MIN_LENGTH) return undefined;
  const bytes = new DataView(new ArrayBuffer(values.length * 2));
  for (const [i, value] of values.entries()) {
    if (typeof value !== 'number') return undefined;
    const n = Math.round(value * 1000);
    if (n < -32768 || n > 32767 || !Object.is(n / 1000, value)) return undefined;
    bytes.setInt16(i * 2, n, true);
  }
  return Buffer.from(bytes.buffer).toString('base64');
}

function literal(value: unknown): string {
  if (Array.isArray(value)) {
    const text = packed(value);
    return text === undefined ? `[${value.map(literal).join(',')}]` : `unpack(${JSON.stringify(text)})`;
  }
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}:${literal(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The JSON file as an ES module whose large arrays are unpacked as it loads. */
export function packedWeightsModule(json: string): string {
  return [
    'const unpack = (text) => {',
    '  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));',
    '  const view = new DataView(bytes.buffer);',
    '  return Array.from({ length: bytes.length / 2 }, (_, i) => view.getInt16(i * 2, true) / 1000);',
    '};',
    `export default ${literal(JSON.parse(json))};`,
  ].join('\n');
}

export function packedWeights(): Plugin {
  return {
    name: 'star-coach:packed-weights',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!WEIGHTS.test(source) || !importer) return null;
      // Not ending in .json, or Vite's JSON plugin would read the module as JSON.
      return `${PACKED}${resolve(dirname(importer), source)}.js`;
    },
    load(id) {
      if (!id.startsWith(PACKED)) return null;
      const file = id.slice(PACKED.length, -'.js'.length);
      this.addWatchFile(file);
      return { code: packedWeightsModule(readFileSync(file, 'utf8')), map: null };
    },
  };
}
