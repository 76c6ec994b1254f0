// The shared readers behind missing-second-order, missing-prevention and missing-org-insight.
import { describe, expect, it } from 'vitest';
import { hasOrganizationalEffect, hasOrganizationalInsight } from '../../../lib/rules/shared/organizational';
import { hasPrevention } from '../../../lib/rules/shared/prevention';
import { hasSecondOrderEffect } from '../../../lib/rules/shared/second-order';
import { stackTerms } from '../../../lib/rules/shared/technical-nouns';
import { toldClauses } from '../../../lib/rules/shared/told-clauses';

describe('prevention', () => {
  it('reads "to build" as an infinitive, not as a step added to the build', () => {
    expect(hasPrevention('I chose to build it on our streaming stack.')).toBe(false);
    expect(hasPrevention('I added the schema check to the build.')).toBe(true);
  });

  it('counts a test left in the suite and a machine that now catches the repeat', () => {
    expect(hasPrevention('I also added a timezone test to the export suite so CI catches this class of bug.')).toBe(true);
    expect(hasPrevention('I ran the tests and the suite passed.')).toBe(false);
  });

  it('counts a safeguard told in the passive', () => {
    expect(hasPrevention('An alert was set up so that any drop in load success gets flagged.')).toBe(true);
  });
});

describe('second-order effects', () => {
  it('does not reach from "team" to a later "now" across a clause', () => {
    expect(hasSecondOrderEffect('The dashboard went live for the 40-person ops team and now refreshes every 5 seconds.')).toBe(false);
    expect(hasSecondOrderEffect('Every squad I talked to now runs the script before release.')).toBe(true);
  });

  it('counts a practice made the standard, but not the speaker adopting an approach or training a model', () => {
    expect(hasSecondOrderEffect('My manager made it the standard for new repos.')).toBe(true);
    expect(hasSecondOrderEffect('I adopted a cursor-based approach and trained a new ranking model.')).toBe(false);
  });

  it('does not count a systemic cause as an effect, though it is organizational insight', () => {
    const cause = 'The root cause was that no team owned the bundle size.';
    expect(hasOrganizationalInsight(cause)).toBe(true);
    expect(hasOrganizationalEffect(cause)).toBe(false);
  });
});

describe('organizational insight', () => {
  it.each([
    'The replay harness I built is now what the wider ML org uses to check freshness.',
    'The naming standard was later adopted by the analytics group.',
    'I pushed for a change to the planning process so migrations get their own line.',
    "I settled the dispute between the two teams' leads.",
    'Product and engineering had different definitions of done.',
  ])('recognises %s', (text) => {
    expect(hasOrganizationalInsight(text)).toBe(true);
  });

  it('does not read a team that merely runs something as adoption', () => {
    expect(hasOrganizationalInsight('Our group runs the billing service.')).toBe(false);
  });
});

describe('told clauses', () => {
  it('keeps the clause that reports what was done after a forward-looking opener', () => {
    expect(toldClauses("Going forward, a beta test pass was added to the checklist, and I'd now push for it to start earlier.")).toEqual([
      'Going forward, a beta test pass was added to the checklist',
    ]);
  });

  it('keeps an intention under its modal, even across a coordinated verb', () => {
    expect(toldClauses('Next time I would write a runbook, and make it part of onboarding.')).toEqual([]);
    expect(toldClauses("Going forward, we'll add a check.")).toEqual([]);
  });
});

describe('stack terms', () => {
  it('counts unknown product names listed among known systems', () => {
    const terms = stackTerms('Our pipeline ran on Kafka with Debezium from Postgres, S3 sinks in Parquet and Trino, all run by Airflow.');
    expect(terms).toEqual(expect.arrayContaining(['Debezium', 'Parquet', 'Trino']));
  });

  it('leaves capitalized words alone in a sentence that names few systems', () => {
    expect(stackTerms('On Monday I asked Priya about the Kafka lag.')).toEqual(['Kafka']);
  });
});
