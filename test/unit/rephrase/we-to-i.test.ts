import { describe, expect, it } from 'vitest';
import { weToI } from '../../../lib/rephrase/we-to-i';
import { expectGoodEnglish } from './english';

describe('weToI', () => {
  it('turns the seed\'s "we figured out the root cause together" into "I", with a slot for who else took part', () => {
    expect(weToI('We figured out the root cause together, it was the retry logic, and we fixed it.')).toBe(
      'I figured out the root cause with [whom], it was the retry logic, and I fixed it.',
    );
  });

  it.each([
    ['We were able to reproduce it in staging.', 'I was able to reproduce it in staging with [whom].'],
    ["We're on call, so we debugged it and we've since added alerts.", "I'm on call with [whom], so I debugged it and I've since added alerts."],
    ['Together we traced the leak and were able to patch it the same day.', 'I traced the leak with [whom] and was able to patch it the same day.'],
    ['Our team quickly rolled back the deploy.', 'I quickly rolled back the deploy with [whom].'],
    ['It took us two days, but we found the bug.', 'It took us two days, but I found the bug with [whom].'],
    ["We weren't sure, so we added logging.", "I wasn't sure with [whom], so I added logging."],
  ])('makes "be" agree and keeps the group as a slot: %s', (input, output) => {
    expect(weToI(input)).toBe(output);
  });

  it('keeps a named partner instead of erasing them, after the verb', () => {
    expect(weToI('My teammate Lea and I debugged it together over two days.')).toBe('I debugged it with my teammate Lea over two days.');
    expect(weToI('Priya and I rewrote the importer.')).toBe('I rewrote the importer with Priya.');
    expect(weToI('My manager and I together wrote the postmortem.')).toBe('I wrote the postmortem with my manager.');
    expect(weToI('My team and I rewrote the importer and shipped our fix on Friday.')).toBe('I rewrote the importer with my team and shipped our fix on Friday.');
  });

  it('leaves "we" that sets the scene alone', () => {
    expect(weToI('We were a team of five, and we rolled back the release within an hour.')).toBe(
      'We were a team of five, and I rolled back the release within an hour with [whom].',
    );
  });

  it('gives no rewrite for a mutual action or a sentence without "we"', () => {
    expect(weToI('We helped each other debug the outage.')).toBeUndefined();
    expect(weToI('I fixed the retry logic.')).toBeUndefined();
  });

  it.each([
    'We figured out the root cause together, it was the retry logic, and we fixed it.',
    'we kind of dug into it together and we found the queries were doing full scans',
    'Then we rolled back, and we were back up in ten minutes.',
    'Our team investigated the logs and we found an expired certificate.',
    'We all worked together on the migration plan and we shipped it in May.',
    'The SRE and I profiled the API and found an N+1 query.',
  ])('reads as correct English: %s', (input) => {
    const out = weToI(input);
    expectGoodEnglish(out);
    expect(out).not.toMatch(/\bwe\b|\btogether\b/i);
    expect(out).not.toMatch(/\bI with\b/);
  });
});
