import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { splitStories } from '../../../lib/engine/stories';
import { buildStoryContext } from '../../../lib/engine/story-context';
import { QUESTIONS } from '../../../lib/coaching/questions';
import { ANSWERS, answerText } from './answers';
import { CONFLICT, HEADINGS, LEADS_WITH_OUTCOME, LONG_ARCHITECTURE, PASSIVE, WEAK_HANDOFF } from './eval-answers';
import { partOf, partsOf, sectionSeconds } from './helpers';

function contextOf(text: string) {
  const span = splitStories(text)[0]!;
  return buildStoryContext(text, span, { question: QUESTIONS.general, level: 'mid', focus: 'general', wordsPerMinute: 140 });
}

describe('parts of unmarked answers, from cues', () => {
  for (const answer of ANSWERS) {
    it(`places every sentence of a ${answer.name} answer`, () => {
      const got = contextOf(answerText(answer)).sentences.map((s) => [s.section, s.text]);
      expect(got).toEqual(answer.sentences);
    });
  }

  it('keeps the parts in story order, each listed once', () => {
    for (const answer of ANSWERS) {
      expect(partsOf(answerText(answer))).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    }
  });

  it('counts the problem as first noticed in the Situation, however long the scene-setting', () => {
    expect(partOf(LONG_ARCHITECTURE, 'Then one day I noticed')).toBe('situation');
    expect(partOf(LONG_ARCHITECTURE, 'The dispatcher was owned')).toBe('situation');
    expect(partOf(LONG_ARCHITECTURE, 'Configuration lived in Consul')).toBe('situation');
    expect(sectionSeconds(LONG_ARCHITECTURE, 'situation')).toBeGreaterThan(45);
    expect(partOf(LONG_ARCHITECTURE, 'The failures went to zero')).toBe('result');
    expect(partOf(LONG_ARCHITECTURE, "I'd push for a shared webhook SLO")).toBe('reflection');
  });

  it('treats an opening outcome headline as a lead-in and still finds all five parts', () => {
    expect(partsOf(LEADS_WITH_OUTCOME)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    expect(partOf(LEADS_WITH_OUTCOME, 'I eliminated a 0.3%')).toBe('situation');
    expect(partOf(LEADS_WITH_OUTCOME, 'I noticed the failures')).toBe('situation');
    expect(partOf(LEADS_WITH_OUTCOME, 'nobody had asked me')).toBe('task');
    expect(partOf(LEADS_WITH_OUTCOME, 'I searched two weeks')).toBe('action');
    const first = contextOf(LEADS_WITH_OUTCOME).sentences[0]!;
    expect(first.leadIn).toBe(true);
    expect(contextOf(LEADS_WITH_OUTCOME).sentences.filter((s) => s.leadIn)).toHaveLength(1);
  });

  it('does not take a problem stated with a number for an outcome headline', () => {
    const text =
      'Our checkout service was failing for 2% of orders. Nobody owned the retry code. I traced the failures to a stale cache and I rewrote the invalidation. Failures went from 2% to zero. I learned to check cache lifetimes first.';
    expect(contextOf(text).sentences.some((s) => s.leadIn)).toBe(false);
    expect(partOf(text, 'Our checkout service')).toBe('situation');
    const worse = 'Our error rate increased by 5% after a deploy. Nobody owned the service. I rolled the deploy back and fixed the query. Errors went back to 0.1%. I learned to canary every deploy.';
    expect(contextOf(worse).sentences.some((s) => s.leadIn)).toBe(false);
  });

  it('sets aside an opening outcome when the story reads in order after it', () => {
    const text =
      'The quarterly billing run crashed an hour before the cut-off, and I still got every invoice out on time. The billing jobs belonged to the finance platform team, and nobody there was on call that night. I restarted the run from the last good batch, found a bad currency row in the logs and patched the parser. All 4,200 invoices went out before midnight. I learned to dry-run the billing job on a copy of the data every month.';
    expect(contextOf(text).sentences[0]?.leadIn).toBe(true);
    expect(partOf(text, 'The billing jobs belonged')).toBe('situation');
    expect(partOf(text, 'I restarted the run')).toBe('action');
  });

  it('needs a story after the headline to call it a lead-in', () => {
    expect(contextOf('I cut our cloud bill by 30%, saving $200,000 a year. It was fun.').sentences.some((s) => s.leadIn)).toBe(false);
  });

  it('reads agentless passive steps as actions', () => {
    expect(partOf(PASSIVE, 'The logs were analyzed')).toBe('action');
    expect(partOf(PASSIVE, 'A fix was implemented')).toBe('action');
    expect(partOf(PASSIVE, 'Errors dropped from 0.3%')).toBe('result');
    expect(partOf(PASSIVE, 'The webhook service, which belonged')).toBe('situation');
  });

  it('opens a conflict story with the disagreement as its Situation', () => {
    expect(partOf(CONFLICT, 'Our designer and I disagreed')).toBe('situation');
    expect(partOf(CONFLICT, 'Rather than argue, I proposed')).toBe('action');
    expect(partOf(CONFLICT, 'Completion rose 9% overall')).toBe('result');
    expect(partOf(CONFLICT, 'I learned to agree on the deciding metric')).toBe('reflection');
  });

  it('gives a short weak answer only the parts it has', () => {
    expect(partsOf(WEAK_HANDOFF)).toEqual(['situation', 'action', 'result']);
  });

  it('does not invent parts: an answer of actions only has only Action', () => {
    const text = 'I rewrote the retry logic. I added exponential backoff. I deployed it behind a flag.';
    expect(partsOf(text)).toEqual(['action']);
  });

  it('keeps a cue-less sentence with the part before it', () => {
    const text =
      'Our data pipeline ran nightly on a single machine. It had grown over five years. My task was to make it finish before 6 am. I split the jobs into parallel stages. That part took a week. The run went from nine hours to two. I learned to measure before optimizing.';
    expect(partOf(text, 'It had grown')).toBe('situation');
    expect(partOf(text, 'That part took a week')).toBe('action');
  });

  it('reads notes-style bullets without a subject as actions', () => {
    const text =
      'Our signup page lost 30% of visitors on mobile.\nMy goal was to fix the drop before the campaign.\n- profiled the page on a mid-range phone\n- removed two blocking scripts\n- lazy-loaded the images\nMobile signups rose 18% in the campaign week.\nI learned to test on real phones first.';
    expect(partsOf(text)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    expect(partOf(text, 'removed two blocking scripts')).toBe('action');
  });

  it('joins hard-wrapped lines into one sentence', () => {
    const text = 'Our nightly billing job failed for three nights and\ncustomers were not invoiced. I rewrote the job.';
    const sentences = contextOf(text).sentences.map((s) => s.text);
    expect(sentences).toEqual(['Our nightly billing job failed for three nights and\ncustomers were not invoiced.', 'I rewrote the job.']);
  });
});

describe('explicit part markers', () => {
  it('takes headed sections as given', () => {
    expect(partsOf(HEADINGS)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
  });

  const body = {
    s: 'Our nightly report emails stopped for three nights.',
    t: 'No one was assigned, so I took it on.',
    a: 'I reproduced the failure in staging and rotated the expired token.',
    r: 'Reports resumed for all 140 accounts.',
    l: 'I now keep credential expiry dates in a shared calendar.',
  };
  const styles: [string, string][] = [
    ['"Situation:" labels', `Situation: ${body.s}\nTask: ${body.t}\nAction: ${body.a}\nResult: ${body.r}\nReflection: ${body.l}`],
    ['"S:" letters', `S: ${body.s}\nT: ${body.t}\nA: ${body.a}\nR: ${body.r}\nL: ${body.l}`],
    ['"[S]" brackets', `[S] ${body.s}\n[T] ${body.t}\n[A] ${body.a}\n[R] ${body.r}\n[L] ${body.l}`],
    ['"S –" dashes', `S – ${body.s}\nT – ${body.t}\nA – ${body.a}\nR – ${body.r}\nL – ${body.l}`],
    ['"Situation (S):" names glossed with their letter', `Situation (S):\n- ${body.s}\nTask (T):\n- ${body.t}\nAction (A):\n- ${body.a}\nResult (R):\n- ${body.r}\nReflection (L):\n- ${body.l}`],
    ['"S -" hyphens', `S - ${body.s}\nT - ${body.t}\nA - ${body.a}\nR - ${body.r}\nL - ${body.l}`],
    ['bold labels', `**Situation:** ${body.s}\n**Task:** ${body.t}\n**Action:** ${body.a}\n**Result:** ${body.r}\n**Learnings:** ${body.l}`],
    ['bold names', `**Situation**: ${body.s}\n**Task**: ${body.t}\n**Action**: ${body.a}\n**Result**: ${body.r}\n**Lessons**: ${body.l}`],
    ['markdown headings', `## Situation\n${body.s}\n## Task\n${body.t}\n## Actions\n${body.a}\n## Results and impact\n${body.r}\n## Lessons learned\n${body.l}`],
    ['"Learnings:" line', `Context: ${body.s}\nGoal: ${body.t}\nWhat I did: ${body.a}\nOutcome: ${body.r}\nLearnings:\n${body.l}`],
    ['template names with a qualifier', `Situation: ${body.s}\nTask: ${body.t}\nAction: ${body.a}\nKey Results: ${body.r}\nKey Learning: ${body.l}`],
    ['"Main takeaways" heading', `Situation: ${body.s}\nTask: ${body.t}\nAction: ${body.a}\nResult: ${body.r}\nMain takeaways:\n${body.l}`],
    ['numbered labels with a space before the colon', `1. SITUATION : ${body.s}\n2. TASK : ${body.t}\n3. ACTION : ${body.a}\n4. RESULT : ${body.r}\n5. LEARNINGS : ${body.l}`],
    ['"Resolution:" for the result', `- Situation: ${body.s}\n- Task: ${body.t}\n- Action: ${body.a}\n- Resolution: ${body.r}\n- Lessons: ${body.l}`],
    ['one-line notes', `S: ${body.s} T: ${body.t} A: ${body.a} R: ${body.r} L: ${body.l}`],
    ['notes with inline bullets', `S: ${body.s}\nT: ${body.t}\nA: - reproduced the failure in staging - rotated the expired token\nR: ${body.r}\nL: ${body.l}`],
    ['notes with bullet lines', `S: ${body.s}\nT: ${body.t}\nA:\n- reproduced the failure in staging\n- rotated the expired token\nR: ${body.r}\nL: ${body.l}`],
    ['headings with the time planned for each part', `SITUATION (20 sec):\n${body.s}\nTASK (10 sec):\n${body.t}\nACTION (~60s):\n${body.a}\nRESULT (30 sec):\n${body.r}\nREFLECTION (15-20 seconds):\n${body.l}`],
  ];
  for (const [style, text] of styles) {
    it(`reads ${style}`, () => {
      expect(partsOf(text)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
      // The marker itself is not part of any sentence.
      const sentences = contextOf(text).sentences;
      expect(sentences[0]!.text.startsWith('Our nightly')).toBe(true);
      expect(sentences.every((s) => s.marked)).toBe(true);
    });
  }

  it('splits inline bullets into separate action sentences', () => {
    const text = `S: ${body.s}\nA: - reproduced the failure in staging - rotated the expired token`;
    const actions = contextOf(text).sentences.filter((s) => s.section === 'action').map((s) => s.text);
    expect(actions).toEqual(['reproduced the failure in staging', 'rotated the expired token']);
  });

  it('lists only the marked parts a story has', () => {
    expect(partsOf(`Situation: ${body.s}\nAction: ${body.a}\nResult: ${body.r}`)).toEqual(['situation', 'action', 'result']);
  });

  it('drops an empty marked part instead of inventing it', () => {
    expect(partsOf(`Situation: ${body.s}\nTask:\nAction: ${body.a}\nResult: ${body.r}`)).toEqual(['situation', 'action', 'result']);
  });

  it('lets one lone marker fix only its own sentence, placing the prose after it by cues', () => {
    const text = `Context: ${body.s} ${body.t} ${body.a} ${body.r} ${body.l}`;
    expect(partsOf(text)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    expect(contextOf(text).sentences.map((s) => Boolean(s.marked))).toEqual([true, false, false, false, false]);
  });

  it('keeps the parts that come before a lone late marker', () => {
    const text = `${body.s} ${body.t} ${body.a}\nResult: ${body.r} ${body.l}`;
    expect(partsOf(text)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
  });

  it('places unmarked text before the first marker by cues', () => {
    const text = `${body.s} ${body.t}\nAction: ${body.a}\nResult: ${body.r}\nReflection: ${body.l}`;
    expect(partsOf(text)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
  });

  it('does not read a lone capital letter or a word that starts a sentence as a marker', () => {
    const text = 'A colleague and I disagreed about the rollout plan. Results of the pilot were mixed. I proposed a staged rollout.';
    expect(contextOf(text).sentences.some((s) => s.marked)).toBe(false);
  });
});

describe('section spans', () => {
  it('measures each part from its sentences, in order and without overlap', () => {
    const story = analyze(HEADINGS).stories[0]!;
    for (let i = 1; i < story.sections.length; i++) expect(story.sections[i]!.start).toBeGreaterThan(story.sections[i - 1]!.end - 1);
    const words = story.sections.reduce((n, s) => n + s.words, 0);
    expect(words).toBe(story.words);
    expect(HEADINGS.slice(story.sections[0]!.start, story.sections[0]!.end)).toMatch(/^Our nightly report emails.*notifications team\.$/s);
  });
});
