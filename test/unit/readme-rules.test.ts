// The README's rule table is what users read; it must list exactly the rules the engine runs,
// with the same severities.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../lib/rules/registry';

const README = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
// A row of the table: | `rule-id` | severity | description |
const ROW = /^\|\s*`([a-z-]+)`\s*\|\s*(error|warning|info)\s*\|\s*(.+?)\s*\|\s*$/gm;

const rows = [...README.matchAll(ROW)].map((m) => ({ id: m[1]!, severity: m[2]!, description: m[3]! }));

describe('README rules table', () => {
  it('lists every rule of the registry exactly once', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('gives each rule the severity the engine reports', () => {
    const severity = new Map(RULES.map((r) => [r.id as string, r.severity as string]));
    for (const row of rows) expect(`${row.id}: ${row.severity}`).toBe(`${row.id}: ${severity.get(row.id)}`);
  });

  it('describes each rule', () => {
    for (const row of rows) expect(row.description.length).toBeGreaterThan(10);
  });
});
