// `npm start`: build the Chrome extension, then open it in a fresh Chromium profile on a sample
// draft served from 127.0.0.1. Without a display, explain how to load the build by hand.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionArgs, findBrowser } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output/chrome-mv3');
const samplePage = join(root, 'test/fixtures/pages/sample-draft.html');

const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const manualSteps = `
To try it in your own Chrome or Chromium:
  1. open chrome://extensions and switch on "Developer mode";
  2. click "Load unpacked" and choose ${extensionDir}
  3. open any page with a text field, type an answer, then click the STAR Coach toolbar icon and press "Open coach".
`;

const hasDisplay = process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const browser = findBrowser();
if (!hasDisplay || !browser) {
  console.log(`\nBuilt the extension in ${extensionDir}.`);
  console.log(hasDisplay ? 'No Chromium found (set CHROME_PATH to one to launch it here).' : 'No display here, so no browser was opened.');
  console.log(manualSteps);
  process.exit(0);
}

// The sample page, from loopback only: nothing leaves the machine.
const server = createServer((request, response) => {
  if (request.url !== '/') return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(samplePage));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

const profile = mkdtempSync(join(tmpdir(), 'star-coach-start-'));
// Chromium refuses to start sandboxed as root (containers, CI); a normal user keeps the sandbox.
const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const args = [`--user-data-dir=${profile}`, ...extensionArgs(extensionDir), ...sandbox, url];
console.log(`\nOpening ${browser} with STAR Coach on ${url}`);
if (/google chrome|google-chrome|Google\\Chrome/i.test(browser)) {
  console.log('Note: recent Google Chrome builds ignore --load-extension; if STAR Coach is missing, load it by hand:' + manualSteps);
}
console.log('Close the browser window (or press Ctrl+C) to stop.');

const child = spawn(browser, args, { stdio: 'ignore' });
const cleanUp = () => {
  server.close();
  rmSync(profile, { recursive: true, force: true });
};
process.on('SIGINT', () => child.kill());
child.on('error', (error) => {
  console.error(`Could not start ${browser}: ${error.message}${manualSteps}`);
  cleanUp();
});
child.on('exit', (code) => {
  if (code) console.error(`The browser stopped with exit code ${code}.${manualSteps}`);
  cleanUp();
  process.exit(0);
});
