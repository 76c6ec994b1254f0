import { expect, it } from 'vitest';
import { formatBand, formatClock, formatSeconds, plural } from '../../../lib/ui/format';

it('reads seconds under a minute as seconds, from a minute as m:ss', () => {
  expect(formatSeconds(45.4)).toBe('45 s');
  expect(formatSeconds(59.6)).toBe('1:00');
  expect(formatSeconds(125)).toBe('2:05');
  expect(formatSeconds(-3)).toBe('0 s');
});

it('runs a clock as m:ss', () => {
  expect(formatClock(7)).toBe('0:07');
  expect(formatClock(61)).toBe('1:01');
});

it('shows a target band and plurals', () => {
  expect(formatBand({ min: 10, max: 20 })).toBe('10–20 s');
  expect(plural(1, 'word')).toBe('1 word');
  expect(plural(3, 'story', 'stories')).toBe('3 stories');
});
