// Rehearsing aloud in real Chromium: a voice made with espeak-ng (two parts with a silence between)
// is fed to the fake microphone; the panel asks for the microphone through its extension page,
// times the two parts as spoken and shows the voice-only measures (SPEC §10).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchExtension, openExtensionPage, screenshot, type LaunchedExtension } from './harness';
import { makeSpeechWav, type SpeechWav } from './speech-wav';
import { fixtureState, readStorage, seedStorage, seedTabState, seriousViolations } from './ui-helpers';

const TAB = 9101;
const PARTS = [
  'Our checkout service started timing out after a caching change I had shipped',
  'I had to get checkout working again before the evening peak',
];
/** The VAD's voice-only seconds may differ from the known speech by this much (onset, hangover, frames). */
const TOLERANCE_S = 0.35;

let ext: LaunchedExtension;
let wav: SpeechWav;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'star-coach-speech-'));
  wav = makeSpeechWav(dir, PARTS);
  ext = await launchExtension(undefined, [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    // Played once from the moment the microphone opens, then silence.
    `--use-file-for-fake-audio-capture=${wav.path}%noloop`,
    '--autoplay-policy=no-user-gesture-required',
  ]);
  const state = fixtureState('strong', TAB);
  await seedTabState(ext.context, ext.extensionId, state);
  // The same answer, saved in the story bank earlier: the rehearsal can be kept with it.
  const story = state.report.stories[0]!;
  await seedStorage(ext.context, ext.extensionId, 'local', {
    stories: [
      {
        id: 'saved-webhooks',
        title: 'Webhook failures',
        question: 'production-incident',
        text: state.text.slice(story.start, story.end),
        outcome: '',
        words: story.words,
        seconds: story.seconds,
        checklist: [],
        savedAt: 1,
        updatedAt: 1,
      },
    ],
  });
});

afterAll(async () => {
  await ext?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const voice = (panel: Page) => panel.locator('[data-voice]').getAttribute('data-voice');

/** Waits until the panel has heard speech and then `quiet` ms of silence. */
async function speechThenSilence(panel: Page, quiet = 1200): Promise<void> {
  await panel.locator('[data-voice="speaking"]').waitFor({ timeout: 20_000 });
  for (;;) {
    await panel.locator('[data-voice="silent"]').waitFor({ timeout: 20_000 });
    await panel.waitForTimeout(quiet);
    if ((await voice(panel)) === 'silent') return;
  }
}

describe('rehearse aloud', () => {
  it('times two parts as spoken, voice only, from a real microphone stream', async () => {
    const panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${TAB}`);
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.getByRole('tab', { name: 'Rehearse' }).click();
    await screenshot(panel, 'rehearsal-intro');
    // The fake prompt grants the microphone at once; the asking page is tested on its own below.
    await panel.locator('[data-action="rehearse-aloud"]').click();
    await panel.locator('[data-current-part="situation"]').waitFor();
    await panel.locator('[data-voice="speaking"]').waitFor();
    await screenshot(panel, 'rehearsal-live');

    await speechThenSilence(panel);
    await panel.locator('[data-action="next-part"]').click();
    await panel.locator('[data-current-part="task"]').waitFor();
    await speechThenSilence(panel);
    await panel.locator('[data-action="stop-rehearsal"]').click();

    const rows = panel.locator('[data-spoken-part]');
    await rows.first().waitFor();
    const measured = await rows.evaluateAll((els) =>
      els.map((el) => ({
        part: el.getAttribute('data-spoken-part'),
        spoken: Number(el.getAttribute('data-spoken-seconds')),
        elapsed: Number(el.getAttribute('data-elapsed-seconds')),
        raw: el.getAttribute('data-spoken-seconds'),
      })),
    );
    console.log(
      `VAD on the test recording: ${measured.map((m, i) => `${m.part} ${m.spoken.toFixed(1)} s spoken vs ${wav.speechSeconds[i]!.toFixed(2)} s known`).join('; ')}`,
    );
    expect(measured.map((m) => m.part)).toEqual(['situation', 'task']);
    measured.forEach((m, i) => {
      expect(m.raw).toMatch(/^\d+\.\d$/);
      expect(Math.abs(m.spoken - wav.speechSeconds[i]!)).toBeLessThan(TOLERANCE_S);
      // The silences are left out of the spoken time, not of the elapsed time.
      expect(m.elapsed).toBeGreaterThan(m.spoken + 1);
    });

    const answer = panel.locator('[data-spoken-answer]');
    const total = Number(await answer.getAttribute('data-spoken-seconds'));
    expect(Math.abs(total - (wav.speechSeconds[0]! + wav.speechSeconds[1]!))).toBeLessThan(2 * TOLERANCE_S);
    // The first word comes after the file's lead silence (about a second).
    await expect(panel.locator('.rehearsal-result').textContent()).resolves.toMatch(/First word after \d+\.\d s/);
    await screenshot(panel, 'rehearsal-done');
    await docsScreenshot(panel);
    expect(await seriousViolations(panel)).toEqual([]);

    // Kept with the saved story on request, numbers only; the story bank shows the trend per part.
    await panel.locator('[data-action="save-rehearsal"]').click();
    await panel.locator('[data-rehearsal-saved]').waitFor();
    const stored = (await readStorage(panel, 'local', 'stories')) as { rehearsals?: { parts: { kind: string; spoken: number }[] }[] }[];
    const kept = stored[0]!.rehearsals!;
    expect(kept).toHaveLength(1);
    expect(kept[0]!.parts.map((p) => [p.kind, p.spoken])).toEqual(measured.map((m) => [m.part, m.spoken]));
    expect(JSON.stringify(stored)).not.toMatch(/audio|transcript/);
    await panel.getByRole('tab', { name: 'Stories' }).click();
    const trend = panel.locator('[data-rehearsal-trend="1"]');
    await trend.locator('summary').click();
    expect(await trend.locator('[data-trend-part]').evaluateAll((els) => els.map((el) => el.getAttribute('data-trend-part')))).toEqual(['situation', 'task']);
    await panel.close();
  });

  it('rehearses a story from the story bank against the target plan', async () => {
    const panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${TAB}`);
    await panel.getByRole('tab', { name: 'Stories' }).click();
    await panel.locator('[data-action="rehearse-saved"]').click();
    const box = panel.locator('[data-rehearse-saved="saved-webhooks"]');
    await box.getByRole('list', { name: 'Target for each part' }).waitFor();
    expect(await box.getByRole('list', { name: 'Target for each part' }).locator('li').first().textContent()).toBe('Situation 10–20 s');
    await box.getByRole('button', { name: 'Timer only' }).click();
    await box.locator('[data-current-part="situation"]').waitFor();
    await box.locator('[data-action="stop-rehearsal"]').click();
    await box.locator('[data-spoken-part="situation"]').waitFor();
    await panel.close();
  });
});

describe('rehearse aloud with an on-device transcript', () => {
  it('adds fillers, the coach on what was said and the comparison with the draft, from a (fake) processLocally recognizer', async () => {
    // Headless Chromium has no language pack: a fake recognizer stands in, answering available()
    // only for processLocally, and recording how it was started.
    await ext.context.addInitScript(FAKE_RECOGNIZER);
    const panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${TAB}`);
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.getByRole('tab', { name: 'Rehearse' }).click();
    await panel.locator('[data-speech="on-device"]').waitFor();
    await panel.locator('[data-action="rehearse-aloud"]').click();
    await panel.locator('[data-mode="transcript"]').waitFor();
    const say = (text: string) => panel.evaluate((t) => (window as unknown as { __say(t: string): void }).__say(t), text);
    await say('um in my second year on the checkout team I noticed that zero point three percent of payment webhooks were failing in a dispatcher owned by the platform team');
    await panel.locator('[data-action="next-part"]').click();
    await say('and like the task was basically to own it even though it was outside my team');
    await panel.locator('[data-action="stop-rehearsal"]').click();
    await panel.locator('[data-rehearsal-mode="transcript"]').waitFor();
    expect(await panel.evaluate(() => (window as unknown as { __starts: unknown[] }).__starts)).toEqual([true]);
    const fillers = panel.locator('[data-fillers]');
    expect(await fillers.getAttribute('data-fillers')).toBe('3');
    expect(await fillers.textContent()).toMatch(/“um” ×1/);
    await panel.locator('[data-compare-number="0.3 percent"][data-status="said"]').waitFor();
    await panel.locator('[data-compare-part="situation"][data-status="said"]').waitFor();
    await panel.getByRole('heading', { name: 'The coach on what you said' }).waitFor();
    await panel.getByText('Checking…').waitFor({ state: 'detached' });
    await screenshot(panel, 'rehearsal-transcript');
    await panel.close();
  });
});

const FAKE_RECOGNIZER = `(() => {
  const starts = [];
  const made = [];
  class FakeRecognition {
    constructor() { this.lang = ''; this.continuous = false; this.interimResults = true; this.processLocally = false; this.onresult = null; this.onerror = null; this.onend = null; this.results = []; made.push(this); }
    start() { starts.push(this.processLocally); }
    stop() { setTimeout(() => this.onend && this.onend(), 0); }
    abort() { this.stop(); }
    static async available(o) { return o && o.processLocally === true ? 'available' : 'unavailable'; }
    static async install() { return true; }
  }
  window.SpeechRecognition = FakeRecognition;
  window.webkitSpeechRecognition = FakeRecognition;
  window.__starts = starts;
  window.__say = (text) => {
    const r = made[made.length - 1];
    r.results.push(Object.assign([{ transcript: text }], { isFinal: true }));
    r.onresult && r.onresult({ resultIndex: r.results.length - 1, results: r.results });
  };
})();`;

describe('microphone permission, the extension way', () => {
  // No fake prompt here: the permission starts as "prompt", as in a fresh browser.
  let fresh: LaunchedExtension;
  beforeAll(async () => {
    fresh = await launchExtension(undefined, ['--use-fake-device-for-media-stream']);
    await seedTabState(fresh.context, fresh.extensionId, fixtureState('strong', TAB));
  });
  afterAll(() => fresh?.close());

  it('opens a page that asks, and the panel picks up the grant by itself', async () => {
    const panel = await openExtensionPage(fresh.context, fresh.extensionId, `sidepanel.html?tab=${TAB}`);
    await panel.getByRole('tab', { name: 'Rehearse' }).click();
    await panel.getByText('The first time, a tab opens to ask for the microphone').waitFor();
    const asking = fresh.context.waitForEvent('page', { predicate: (p) => p.url().includes('mic-permission.html') });
    await panel.locator('[data-action="rehearse-aloud"]').click();
    const page = await asking;
    await panel.getByText('Allow the microphone in the tab that just opened').waitFor();
    expect(await page.locator('main p').first().textContent()).toMatch(/microphone.*never leaves this device/);
    await page.locator('[data-action="allow-microphone"]').waitFor();
    // The user allows it (headless Chromium shows no prompt: the grant is given as the prompt would).
    await fresh.context.grantPermissions(['microphone']);
    await page.locator('[data-mic="granted"]').waitFor();
    await panel.getByText('Microphone allowed. Press Rehearse aloud to start.').waitFor();
    await page.waitForEvent('close', { timeout: 10_000 });
    await panel.locator('[data-action="rehearse-aloud"]').click();
    await panel.locator('[data-rehearsal="running"]').waitFor();
    await panel.locator('[data-action="stop-rehearsal"]').click();
    await panel.locator('[data-spoken-part="situation"]').waitFor();
    await panel.close();
  });
});

/** The finished rehearsal at 360 px for the README: the Rehearse tab's card and its tab strip. */
async function docsScreenshot(panel: Page): Promise<void> {
  const tabs = await panel.locator('[role="tablist"]').boundingBox();
  const card = await panel.locator('.rehearsal').boundingBox();
  if (!tabs || !card) throw new Error('Rehearse tab not laid out');
  const top = Math.max(0, tabs.y - 8);
  await panel.screenshot({
    path: join(ROOT, 'docs/screenshots/rehearsal.png'),
    clip: { x: 0, y: top, width: 360, height: card.y + card.height + 12 - top },
  });
}
