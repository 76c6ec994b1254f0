import { describe, expect, it } from 'vitest';
import { gradesOutcome } from '../../../lib/rules/shared/evaluative';

describe('evaluative wording: an outcome graded rather than told', () => {
  it.each([
    'Stronger collaboration between the two squads.',
    'More accurate forecasts for the planning team.',
    'Laid a stable foundation for the next release.',
    'The customer was deeply grateful.',
    'Demonstrated effective leadership under pressure.',
  ])('grades: %s', (text) => expect(gradesOutcome(text)).toBe(true));

  it.each([
    'The team adopted the checklist in March.',
    'The security team now owns the scanner.',
    'We shipped the export to every customer.',
    'The community forum thread was closed.',
  ])('tells: %s', (text) => expect(gradesOutcome(text)).toBe(false));
});
