// Shared by `npm start`, the e2e harness and the icon script: where a Chromium is, and the
// flags that load our unpacked build into it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Loads exactly one unpacked extension and keeps the browser from calling home or updating. */
export function extensionArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ];
}

/**
 * Chromium first: branded Google Chrome (137+) ignores --load-extension, so it is only a last
 * resort. $CHROME_PATH always wins.
 */
function candidates() {
  if (process.platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  }
  if (process.platform === 'win32') {
    const roots = [process.env.LOCALAPPDATA, process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)']].filter(Boolean);
    return roots.flatMap((root) => [join(root, 'Chromium/Application/chrome.exe'), join(root, 'Google/Chrome/Application/chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}

/** The browser to launch, or undefined when none is installed where we look. */
export function findBrowser() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return candidates().find((path) => existsSync(path));
}
