import { expect, it } from 'vitest';
import { intentMessage } from '../../../lib/ui/intent';

it('tells the user a changed text is being re-checked rather than edited blindly', () => {
  expect(intentMessage('apply', { ok: false, reason: 'stale' })).toBe('The text changed; re-checking…');
  expect(intentMessage('reveal', { ok: false, reason: 'stale' })).toBe('The text changed; re-checking…');
});

it('confirms success and points to copy when a field cannot be written', () => {
  expect(intentMessage('apply', { ok: true })).toMatch(/applied/i);
  expect(intentMessage('reveal', { ok: true })).toMatch(/selected/i);
  expect(intentMessage('apply', { ok: false, reason: 'not-writable' })).toMatch(/copy/i);
  expect(intentMessage('apply', { ok: false, reason: 'no-field' })).toMatch(/click into/i);
});
