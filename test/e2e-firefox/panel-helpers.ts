// What the Firefox specs read from the sidebar page and the popup (SPEC §10 data-* contract).
import type { Page } from 'puppeteer-core';
import { analyze } from '../../lib/engine/analyze';
import type { Story } from '../../lib/engine/report';
import { poll } from './harness';

/** The single story the engine finds in `text`: what the panel and popup must show. */
export function expectedStory(text: string): Story {
  const stories = analyze(text).stories;
  if (stories.length !== 1) throw new Error(`Expected one story, the engine finds ${stories.length}.`);
  return stories[0]!;
}

export function ruleSet(story: Story): string[] {
  return [...new Set<string>(story.findings.map((f) => f.rule))].sort();
}

export interface Shown {
  words: string | null;
  rules: string[];
}

export function shown(panel: Page): Promise<Shown> {
  return panel.evaluate(() => ({
    words: document.querySelector('[data-words]')?.getAttribute('data-words') ?? null,
    rules: [...new Set([...document.querySelectorAll('[data-rule]')].map((el) => el.getAttribute('data-rule') ?? ''))].sort(),
  }));
}

/** Waits until the panel shows `story`: its word count and its set of rules. */
export async function waitForStory(panel: Page, story: Story): Promise<void> {
  const expected = { words: String(story.words), rules: ruleSet(story) };
  try {
    await poll(async () => JSON.stringify(await shown(panel)) === JSON.stringify(expected), { timeout: 20_000 });
  } catch {
    throw new Error(`The sidebar never showed ${JSON.stringify(expected)}; it shows ${JSON.stringify(await shown(panel).catch(() => null))}.`);
  }
}

/** The popup's checklist as shown: one entry per `data-check` element. */
export function checklist(popup: Page): Promise<{ id: string | null; done: string | null }[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('[data-check]')].map((el) => ({ id: el.getAttribute('data-check'), done: el.getAttribute('data-done') })),
  );
}
