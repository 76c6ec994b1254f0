// The story bank after damage in storage.local: the panel sets damaged entries aside, says so,
// and offers them as a file; the readable stories keep working.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openExtensionPage, screenshot, type LaunchedExtension } from './harness';
import { fixtureState, readStorage, seedStorage, seedTabState } from './ui-helpers';

const GOOD = {
  id: 'good-1',
  title: 'The cache stampede',
  question: 'production-incident',
  text: 'Our cache expired at once. I added jitter. Load fell by half.',
  outcome: 'Load fell by half.',
  words: 12,
  seconds: 5,
  checklist: [],
  savedAt: 1,
  updatedAt: 1,
};
const DAMAGED = [{ id: 'half', title: 'Half written' }, 'not a story'];

let ext: LaunchedExtension;
let panel: Page;

beforeAll(async () => {
  ext = await launchExtension();
  await seedTabState(ext.context, ext.extensionId, fixtureState('weak', 7001));
  await seedStorage(ext.context, ext.extensionId, 'local', { stories: [GOOD, ...DAMAGED] });
  panel = await openExtensionPage(ext.context, ext.extensionId, 'sidepanel.html?tab=7001');
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.getByRole('tab', { name: 'Stories' }).click();
});

afterAll(async () => {
  await ext?.close();
});

describe('story bank with damaged entries', () => {
  it('says how many stories were set aside, keeps them, and keeps the rest working', async () => {
    await panel.getByText('2 saved stories could not be read and were set aside').waitFor();
    await panel.getByRole('list', { name: 'Saved stories' }).getByText(GOOD.title).waitFor();
    const kept = (await readStorage(panel, 'local', 'storiesSetAside')) as { raw: unknown }[];
    expect(kept.map((e) => e.raw)).toEqual(DAMAGED);
    // Repaired in place: what older saves lacked (tags) is filled in, nothing else changes.
    expect(await readStorage(panel, 'local', 'stories')).toEqual([{ ...GOOD, tags: [] }]);
    await screenshot(panel, 'sidepanel-stories-set-aside');
  });

  it('downloads the set-aside entries as they were found', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download set-aside stories' }).click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { entries: { raw: unknown; reason: string }[] };
    expect(file.entries.map((e) => e.raw)).toEqual(DAMAGED);
    expect(file.entries.map((e) => e.reason)).toEqual(['no answer text', 'not a story object']);
  });
});
