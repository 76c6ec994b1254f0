// Unmarked answers from several professions: outcomes told without "I", ownership said
// outright, a problem that sets in later, and lessons opened in different ways.
import { describe, expect, it } from 'vitest';
import { partOf, partsOf } from './helpers';

const CLINIC = [
  'At the clinic where I worked as a scheduler, patients kept missing their follow-up appointments.',
  'Fixing the reminder process was my job.',
  'I called the ten patients who missed the most visits, rewrote the text reminders, and moved them to two days before each visit.',
  'Skipped appointments went from 40 a month to 6.',
  'Looking back, I should have asked patients what worked for them before changing anything.',
].join(' ');

const WAREHOUSE = [
  'Our warehouse in Leeds was shipping about 2% of orders to the wrong address.',
  'I owned the picking software for that site.',
  'I traced the errors to a label printer that cut off the last line, replaced its template, and checked a hundred labels by hand.',
  'Mis-shipped orders dropped to a handful a week, and the returns team got their Fridays back.',
  'What I took from it is that a quick look at the physical output beats another dashboard.',
].join(' ');

const NEWSROOM = [
  'I was an editor on the night desk of a regional paper.',
  'I took the corrections backlog on.',
  'I sorted the open corrections by age, wrote a short checklist for reporters, and met with each section lead.',
  'Within a month the backlog was in a much healthier place and readers stopped writing in about stale errors.',
  'The lesson I learned is that a checklist only works when the people using it helped write it.',
].join(' ');

const PAYROLL = [
  'We had two weeks to move payroll for 300 staff to a new provider before the tax year ended.',
  'I was responsible for the data migration.',
  'I mapped every pay code, ran both systems side by side for one cycle, and fixed the 14 mismatches we found.',
  'Payroll ran on time, and staff queries fell from 45 in the old system’s last month to 5, saving HR about 20 hours.',
  'Next time I would start the parallel run a cycle earlier.',
].join(' ');

const LAB = [
  'I worked as a lab technician testing water samples for a city utility.',
  'I was asked to cut our turnaround time.',
  'I batched samples by test type, set up a second incubator shift, and trained two colleagues on the new routine.',
  'Results reached the utility in two days instead of five.',
  'In hindsight, I would have involved the night shift from the start.',
].join(' ');

const ROLLOUT = [
  'I rolled out a new booking form for our dental practice on a Monday.',
  'The form was my project from start to finish.',
  'The next morning, double bookings started showing up in the calendar.',
  'I reverted to the old form, found the time-zone setting that caused the clash, and fixed it before relaunching.',
  'Double bookings went back to zero and the front desk stopped fielding angry calls.',
  'I learned to test with a real day of bookings before switching over.',
].join(' ');

const EXAMS = [
  'At the college where I taught, a marking script gave the wrong weights to 120 final exams.',
  'I was responsible for the exam results that term.',
  'I checked every affected paper against the rubric, rewrote the weighting in the script, and had a colleague mark a sample blind.',
  'The new shorter rubric led to 30% fewer appeals, so I shared it with the other departments.',
  'I re-graded all 120 affected exams before the board met, avoiding about $3,000 in re-sit fees.',
  'I learned to test a marking script on last year’s papers before using it.',
].join(' ');

describe('parts of unmarked answers across professions', () => {
  it('places a sentence of mine whose main content is the outcome in the Result', () => {
    expect(partOf(EXAMS, 'The new shorter rubric led to')).toBe('result');
    expect(partOf(EXAMS, 'I re-graded all 120')).toBe('result');
    expect(partOf(EXAMS, 'I checked every affected paper')).toBe('action');
  });

  it('places an outcome with someone else as the subject in the Result', () => {
    expect(partOf(CLINIC, 'Skipped appointments went from')).toBe('result');
    expect(partOf(WAREHOUSE, 'Mis-shipped orders dropped')).toBe('result');
    expect(partOf(NEWSROOM, 'Within a month the backlog')).toBe('result');
    expect(partOf(LAB, 'Results reached the utility')).toBe('result');
    expect(partOf(ROLLOUT, 'Double bookings went back to zero')).toBe('result');
  });

  it('places ownership said outright in the Task', () => {
    expect(partOf(CLINIC, 'Fixing the reminder process was my job')).toBe('task');
    expect(partOf(WAREHOUSE, 'I owned the picking software')).toBe('task');
    expect(partOf(NEWSROOM, 'I took the corrections backlog on')).toBe('task');
    expect(partOf(ROLLOUT, 'The form was my project')).toBe('task');
  });

  it.each([
    'Our task was to get every shipment label printed before the 6 pm pickup.',
    'I was given the task of getting every label printed before the 6 pm pickup.',
    "As shift lead, it's my responsibility to get every label printed before the 6 pm pickup.",
    'I took the responsibility to get every label printed before the 6 pm pickup.',
    'I set a goal of getting every label printed before the 6 pm pickup.',
  ])('places the goal or responsibility in the Task, whatever its determiner or tense: %s', (task) => {
    const text = `Our warehouse label printer jammed every evening during the rush. ${task} I cleaned the feed rollers, moved the queue to the spare printer and taught the night crew to switch over. Late shipments fell from about 12 a night to none.`;
    expect(partOf(text, task.slice(0, 20))).toBe('task');
  });

  it('keeps a problem that set in later out of the Action', () => {
    expect(partOf(ROLLOUT, 'The next morning, double bookings')).not.toBe('action');
    expect(partOf(ROLLOUT, 'I reverted to the old form')).toBe('action');
  });

  it('places lessons however they open in the Reflection', () => {
    expect(partOf(CLINIC, 'Looking back')).toBe('reflection');
    expect(partOf(WAREHOUSE, 'What I took from it')).toBe('reflection');
    expect(partOf(NEWSROOM, 'The lesson I learned')).toBe('reflection');
    expect(partOf(LAB, 'In hindsight')).toBe('reflection');
  });

  it('finds all five parts when the opening sentence is both the setting and the deadline', () => {
    expect(partsOf(PAYROLL)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    expect(partOf(PAYROLL, 'Payroll ran on time')).toBe('result');
  });

  it('finds all five parts in every answer', () => {
    for (const answer of [CLINIC, WAREHOUSE, NEWSROOM, LAB]) {
      expect(partsOf(answer)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    }
  });

  it('counts an opening headline with a before-and-after figure as a lead-in', () => {
    const text = [
      'As a support lead I cut repeat billing tickets from about 80 to 20 a week by fixing an invoice email that no one owned.',
      'The email listed the tax twice, and customers kept writing in to ask why.',
      'I decided to fix it because billing questions were a third of our queue.',
      'I rewrote the email with the finance team and tested it on a hundred customers first.',
      'I learned to read our customer emails the way a customer would.',
    ].join(' ');
    expect(partOf(text, 'As a support lead')).toBe('situation');
    expect(partOf(text, 'I decided to fix it')).toBe('task');
    expect(partOf(text, 'I rewrote the email')).toBe('action');
  });
});
