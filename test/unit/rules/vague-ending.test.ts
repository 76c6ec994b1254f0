import { describe, expect, it } from 'vitest';
import { findings } from './find';

const base = 'We had two weeks to ship a partner integration. I cut scope to the day-one endpoints and wrote contract tests first.';

describe('vague-ending', () => {
  it.each([
    ['It went well and the partner was happy with it.', 'It went well and the partner was happy with it'],
    ['Everyone was pleased.', 'Everyone was pleased'],
    ['In the end everything worked out.', 'everything worked out'],
    ['The launch was a big success.', 'The launch was a big success'],
    ['The feedback from the partner was really positive.', 'The feedback from the partner was really positive'],
  ])('points at the vague praise the answer ends on: %s', (ending, phrase) => {
    const [f] = findings('vague-ending', `${base} ${ending}`);
    expect(f?.quoted).toBe(phrase);
  });

  it('looks at the ending only, not praise told along the way', () => {
    const text = `${base} The partner was happy with the scope. We launched four days early, and they moved 12,000 merchants onto it in a month.`;
    expect(findings('vague-ending', text)).toHaveLength(0);
  });

  it('accepts praise that comes with the number in the same clause or a business effect after it', () => {
    expect(findings('vague-ending', `${base} The partner was happy with a 40% faster onboarding.`)).toHaveLength(0);
    expect(findings('vague-ending', `${base} The customer was happy, and renewed for two years at $80,000 a year.`)).toHaveLength(0);
  });

  it('still finds the vague Result when a reflection closes the answer', () => {
    const [f] = findings('vague-ending', `${base} It went well and the partner was happy with it. I learned that scoping early helps.`);
    expect(f?.section).toBe('result');
  });
});

describe('vague-ending: feelings reported by someone else, and the mood', () => {
  const base = 'The school trip bookings were a mess every spring. I built one shared sheet for the coaches, the venues and the parents\' forms, and I checked every booking against it.';

  it.each([
    'The head teacher told me she was very pleased with how it went.',
    'Our director said he was delighted, and the staff were in good spirits afterwards.',
    'Morale was really high after that.',
  ])('flags an ending on someone\'s feeling or the mood: %s', (ending) => {
    expect(findings('vague-ending', `${base} ${ending}`)).toHaveLength(1);
  });

  it('accepts the same praise when the clause carries a figure', () => {
    expect(findings('vague-ending', `${base} The head teacher was pleased that late forms went from 30 to 2.`)).toHaveLength(0);
  });
});

describe('vague-ending: outcomes told as a state with no measure', () => {
  const base = 'Two squads kept overwriting each other\'s changes to the shared config. I mapped who touched which keys, split the file per squad and added an owners file.';

  it.each([
    ['After that, things calmed down.', 'calmed down'],
    ['The project was back on track within a week.', 'was back on track'],
    ['By the end everyone was on the same page.', 'everyone was on the same page'],
    ['We got along much better afterwards.', 'got along much better'],
    ['Deploys became a lot easier.', 'became a lot easier'],
    ['I was glad I had spotted it.', 'I was glad'],
    ['It was a big win for the team.', 'It was a big win'],
  ])('flags an ending on a mood, agreement or unmeasured change: %s', (ending, phrase) => {
    const [f] = findings('vague-ending', `${base} ${ending}`);
    expect(f?.quoted).toBe(phrase);
  });

  it('reads such an ending as the Result, so the story is not told it has none', () => {
    expect(findings('missing-section', `${base} After that, things calmed down.`).map((f) => f.message).join(' ')).not.toMatch(/result/i);
  });

  it.each([
    'The queue stabilised at about 200 messages, down from 40,000.',
    'Deploys became 3x faster and the team shipped 40% more features.',
    'The client was thrilled and renewed the contract for two more years.',
    'I settled on one owner per key, and merge conflicts went from 12 a week to zero.',
  ])('stays silent when the same words come with a figure or a business effect: %s', (ending) => {
    expect(findings('vague-ending', `${base} ${ending}`)).toHaveLength(0);
  });

  it('does not read a lesson that compares as the ending\'s mood', () => {
    const text = `${base} Merge conflicts went from 12 a week to zero. Looking back, the split would have been smoother with a dry run, and I learned that teams are calmer when they own their keys.`;
    expect(findings('vague-ending', text)).toHaveLength(0);
  });
});

describe('vague-ending reads the Result\'s last sentence as the guide does', () => {
  const story = 'Our release process kept breaking on Fridays. I was asked to fix it. I wrote a checklist, automated the smoke tests, and moved releases to Tuesdays.';
  it.each([
    'This approach minimized disruptions and increased overall team productivity.',
    'The new process improved both our products and our team\'s reputation.',
  ])('flags an ending that claims an effect it does not measure: %s', (ending) => {
    expect(findings('vague-ending', `${story} ${ending}`)).toHaveLength(1);
  });

  it('accepts the same claim with its figure, or a checkable fact', () => {
    expect(findings('vague-ending', `${story} This increased release frequency from 2 to 8 a month.`)).toHaveLength(0);
    expect(findings('vague-ending', `${story} No Friday release has broken since.`)).toHaveLength(0);
  });
});
