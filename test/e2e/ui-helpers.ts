// Helpers for the side panel and popup e2e: seed a tab's state from fixtures, run axe-core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Report } from '../../lib/engine/report';
import type { SourceInfo, TabState } from '../../lib/messaging';
import { ROOT, openExtensionPage } from './harness';

// Evaluated inside extension pages; declared here rather than pulling in @types/chrome.
declare const chrome: { storage: Record<'session' | 'local', { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> }> };

export type FixtureName = 'weak' | 'strong';

/** A TabState for a made-up tab, built from test/fixtures/reports/<name>.{json,txt}. */
export function fixtureState(name: FixtureName, tabId: number, source: Partial<SourceInfo> = {}): TabState {
  const dir = join(ROOT, 'test/fixtures/reports');
  const report = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Report;
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  return {
    tabId,
    source: { kind: 'field', site: 'notes.example.test', label: 'textarea #answer', fieldId: 'f1', writable: true, ...source },
    status: 'ok',
    text,
    report,
    options: {},
    version: 1,
    updatedAt: Date.now(),
  };
}

/** Writes storage through an extension page, as the background would. */
export async function seedStorage(context: BrowserContext, extensionId: string, area: 'session' | 'local', items: Record<string, unknown>): Promise<void> {
  const page = await openExtensionPage(context, extensionId, 'popup.html');
  await page.evaluate(([a, v]) => chrome.storage[a as 'session' | 'local'].set(v as object), [area, items] as const);
  await page.close();
}

export function seedTabState(context: BrowserContext, extensionId: string, state: TabState): Promise<void> {
  return seedStorage(context, extensionId, 'session', { [`tab:${state.tabId}`]: state });
}

/** A value of the extension's storage, read from one of its pages. */
export async function readStorage(page: Page, area: 'session' | 'local', key: string): Promise<unknown> {
  return page.evaluate(([a, k]) => chrome.storage[a as 'session' | 'local'].get(k).then((r) => r[k]), [area, key] as const);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Colors caught mid-transition (a theme switch, a hover) would be judged wrongly.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition)));
  // Extension pages forbid inline scripts (MV3 CSP), so addScriptTag is blocked; evaluate is not.
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
}
