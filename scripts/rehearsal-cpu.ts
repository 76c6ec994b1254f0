// What listening costs: CPU seconds used by the browser's processes over 10 s with the Rehearse tab
// open and idle, then over 10 s of rehearsing aloud (fake microphone playing espeak-ng speech).
// Build first (`npx wxt build`), then `npx tsx scripts/rehearsal-cpu.ts`. Prints, asserts nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, openExtensionPage } from '../test/e2e/harness';
import { makeSpeechWav } from '../test/e2e/speech-wav';
import { fixtureState, seedTabState } from '../test/e2e/ui-helpers';

const TICK = 100; // USER_HZ
function procs(): { pid: number; ppid: number; cpu: number; cmd: string }[] {
  const out: { pid: number; ppid: number; cpu: number; cmd: string }[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(d), ppid: Number(rest[1]), cpu: (Number(rest[11]) + Number(rest[12])) / TICK, cmd });
    } catch {}
  }
  return out;
}
function perPid(rootMatch: string): Map<number, { cpu: number; kind: string }> {
  const all = procs();
  const root = all.find((p) => p.cmd.includes(rootMatch) && !p.cmd.includes('--type='))!;
  const ids = new Set([root.pid]);
  let grew = true;
  while (grew) { grew = false; for (const p of all) if (!ids.has(p.pid) && ids.has(p.ppid)) { ids.add(p.pid); grew = true; } }
  return new Map(all.filter((p) => ids.has(p.pid)).map((p) => [p.pid, { cpu: p.cpu, kind: (/--type=(\S+)/.exec(p.cmd)?.[1] ?? 'browser') + (/--utility-sub-type=(\S+)/.exec(p.cmd)?.[1] ?? '') + (p.cmd.includes('--extension-process') ? ':ext' : '') }]));
}
function pidDiff(a: ReturnType<typeof perPid>, b: ReturnType<typeof perPid>) {
  return [...b].map(([pid, v]) => ({ pid, kind: v.kind, cpu: +(v.cpu - (a.get(pid)?.cpu ?? 0)).toFixed(2) })).filter((x) => x.cpu > 0).sort((x, y) => y.cpu - x.cpu);
}
function treeCpu(rootMatch: string): { total: number; byType: Record<string, number> } {
  const all = procs();
  const root = all.find((p) => p.cmd.includes(rootMatch) && !p.cmd.includes('--type='));
  if (!root) throw new Error('no root');
  const ids = new Set([root.pid]);
  let grew = true;
  while (grew) { grew = false; for (const p of all) if (!ids.has(p.pid) && ids.has(p.ppid)) { ids.add(p.pid); grew = true; } }
  const byType: Record<string, number> = {};
  let total = 0;
  for (const p of all) if (ids.has(p.pid)) { const t = (/--type=(\S+)/.exec(p.cmd)?.[1] ?? 'browser') + (p.cmd.includes('--extension-process') ? ':extension' : ''); const u = /--utility-sub-type=(\S+)/.exec(p.cmd)?.[1]; const k = u ? `${t}:${u}` : t; byType[k] = (byType[k] ?? 0) + p.cpu; total += p.cpu; }
  return { total, byType };
}
const diff = (a: ReturnType<typeof treeCpu>, b: ReturnType<typeof treeCpu>) => ({ total: +(b.total - a.total).toFixed(2), byType: Object.fromEntries(Object.keys(b.byType).map((k) => [k, +((b.byType[k] ?? 0) - (a.byType[k] ?? 0)).toFixed(2)])) });

const dir = await mkdtemp(join(tmpdir(), 'cpu-'));
const wav = makeSpeechWav(dir, ['Our checkout service started timing out after a caching change I had shipped', 'I had to get checkout working again before the evening peak'], { gap: 2, tail: 2 });
const ext = await launchExtension(undefined, ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav.path}`]);
await seedTabState(ext.context, ext.extensionId, fixtureState('strong', 9101));
const panel = await openExtensionPage(ext.context, ext.extensionId, 'sidepanel.html?tab=9101');
await panel.getByRole('tab', { name: 'Rehearse' }).click();
await panel.waitForTimeout(10_000);
const cdp = await ext.context.newCDPSession(panel);
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
const profile = (procs().find((q) => q.cmd.includes('star-coach-e2e-') && !q.cmd.includes('--type='))!.cmd.match(/--user-data-dir=(\S+)/)?.[1])!;
let m0 = await metrics(); let c0 = treeCpu(profile); let q0 = perPid(profile);
await panel.waitForTimeout(10_000);
let m1 = await metrics(); let c1 = treeCpu(profile); let q1 = perPid(profile);
console.log('idle per pid', JSON.stringify(pidDiff(q0, q1)));
console.log('idle 10 s: browser tree CPU s', diff(c0, c1), 'panel main thread TaskDuration s', ((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)).toFixed(3));
const asking = ext.context.waitForEvent('page', { timeout: 5000 }).catch(() => null);
await panel.locator('[data-action="rehearse-aloud"]').click();
const p = await asking;
console.log('asking page opened:', !!p);
if (p) { await p.locator('[data-action="allow-microphone"]').click(); await panel.getByText('Microphone allowed.').waitFor(); await panel.locator('[data-action="rehearse-aloud"]').click(); }
await panel.locator('[data-rehearsal="running"]').waitFor();
await panel.waitForTimeout(1000);
m0 = await metrics(); c0 = treeCpu(profile); q0 = perPid(profile);
await panel.waitForTimeout(10_000);
m1 = await metrics(); c1 = treeCpu(profile); q1 = perPid(profile);
console.log('listening per pid', JSON.stringify(pidDiff(q0, q1)));
console.log('listening 10 s: browser tree CPU s', diff(c0, c1), 'panel main thread TaskDuration s', ((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)).toFixed(3), 'ScriptDuration', ((m1.ScriptDuration ?? 0) - (m0.ScriptDuration ?? 0)).toFixed(3));
await ext.close();
