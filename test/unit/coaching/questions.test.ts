import { describe, expect, it } from 'vitest';
import { detectQuestion } from '../../../lib/coaching/detect-question';
import { FOCUS_PROFILES, LEVEL_PROFILES } from '../../../lib/coaching/profiles';
import { DETECTION_ORDER, QUESTIONS } from '../../../lib/coaching/questions';
import { FOCUSES, LEVELS, QUESTION_IDS, RULE_IDS } from '../../../lib/engine/report';

describe('detecting the question from a heading', () => {
  it.each([
    ['Describe a time you made a technical decision that caused a production incident', 'production-incident'],
    ['Webhook outage', 'production-incident'],
    ['The on-call incident', 'production-incident'],
    ['Tell me about a time you took ownership of something outside your role', 'ownership'],
    ['A problem nobody owned', 'ownership'],
    ['Tell me about a conflict with a coworker', 'conflict'],
    ['Working with a difficult stakeholder', 'conflict'],
    ['Conflict with my manager', 'disagree-manager'],
    ['Tell me about a time you disagreed with your boss', 'disagree-manager'],
    ['Pushing back on my manager', 'disagree-manager'],
    ['Tell me about a time you failed', 'failure'],
    ['A mistake I made', 'failure'],
    ['I failed to meet a deadline', 'failure'],
    ['Shipping under a tight deadline', 'deadline'],
    ['Tell me about a time you led a project without authority', 'leadership'],
    ['Mentoring a new hire', 'leadership'],
    ['Working with unclear requirements', 'ambiguity'],
    ['A decision with incomplete information', 'ambiguity'],
    ['My favourite project', 'general'],
  ])('"%s" → %s', (title, id) => {
    expect(detectQuestion(title)).toBe(id);
  });

  it('falls back to general without a heading', () => {
    expect(detectQuestion(undefined)).toBe('general');
    expect(detectQuestion('')).toBe('general');
  });

  it('detects each question from its own prompt variants', () => {
    for (const q of Object.values(QUESTIONS)) {
      if (q.id === 'general') continue;
      for (const variant of q.variants) expect(detectQuestion(variant), variant).toBe(q.id);
    }
  });
});

describe('question bank and profiles as data', () => {
  it('has every question id with its label, variants, what interviewers listen for and key rules', () => {
    expect(Object.keys(QUESTIONS).sort()).toEqual([...QUESTION_IDS].sort());
    for (const q of Object.values(QUESTIONS)) {
      expect(q.label).not.toBe('');
      expect(q.variants.length).toBeGreaterThan(0);
      expect(q.listensFor.length).toBeGreaterThan(0);
      for (const rule of q.keyRules) expect(RULE_IDS).toContain(rule);
    }
    expect([...DETECTION_ORDER].sort()).toEqual(QUESTION_IDS.filter((id) => id !== 'general').sort());
  });

  it('describes every focus and level with what it emphasises and plays down', () => {
    for (const profiles of [FOCUS_PROFILES, LEVEL_PROFILES]) {
      for (const p of Object.values(profiles)) {
        expect(p.emphasises.length).toBeGreaterThan(0);
        expect(p.deEmphasises.length).toBeGreaterThan(0);
        for (const rule of p.keyRules) expect(RULE_IDS).toContain(rule);
      }
    }
    expect(Object.keys(FOCUS_PROFILES)).toEqual([...FOCUSES]);
    expect(Object.keys(LEVEL_PROFILES)).toEqual([...LEVELS]);
  });

  it('follows the seed: ownership leads with the outcome, speed keeps reflection short, staff thinks organisationally', () => {
    expect(FOCUS_PROFILES.ownership.keyRules).toContain('buried-outcome');
    expect(FOCUS_PROFILES.technical.keyRules).toContain('missing-investigation');
    expect(FOCUS_PROFILES.speed.keyRules).toEqual(expect.arrayContaining(['missing-prevention', 'long-reflection']));
    expect(LEVEL_PROFILES.staff.keyRules).toContain('missing-org-insight');
    expect(LEVEL_PROFILES.junior.keyRules).not.toContain('missing-org-insight');
  });
});
