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

/** The value as a JavaScript literal; packed arrays become getters that unpack on first read. */
function literal(value: unknown, arrays: string[]): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, arrays)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, v]) => {
      const text = Array.isArray(v) ? packed(v) : undefined;
      if (text === undefined) return `${JSON.stringify(key)}:${literal(v, arrays)}`;
      arrays.push(text);
      return `get ${JSON.stringify(key)}() { return unpacked(this, ${JSON.stringify(key)}, ${arrays.length - 1}); }`;
    });
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The JSON file as an ES module whose large arrays are unpacked when first read: decoding the
 * role model's 12,288 weights takes a cold worker a few milliseconds, which its start should not pay. */
export function packedWeightsModule(json: string): string {
  const arrays: string[] = [];
  const body = literal(JSON.parse(json), arrays);
  return [
    `const packed = ${JSON.stringify(arrays)};`,
    // The first read replaces the getter with the array itself, so later reads are plain loads.
    'const unpacked = (owner, key, slot) => {',
    '  const bytes = atob(packed[slot]);',
    '  const values = [];',
    '  for (let i = 0; i < bytes.length; i += 2) values.push((((bytes.charCodeAt(i + 1) << 24) >> 16) | bytes.charCodeAt(i)) / 1000);',
    '  Object.defineProperty(owner, key, { value: values, enumerable: true, writable: true, configurable: true });',
    '  return values;',
    '};',
    `export default ${body};`,
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
