// Renders the toolbar icon (public/icon/<size>.png) from one SVG with headless Chromium.
// Run after changing the artwork: `node scripts/make-icons.mjs`; the PNGs are committed.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findBrowser } from './chromium.mjs';

const SIZES = [16, 32, 48, 128];
// A white five-point star on a rounded indigo square: reads at 16 px, no text to blur.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#3346c4"/>
  <polygon fill="#fff" points="64,18 76.3,49.6 110.2,51.6 83.9,73.1 92.4,105.9 64,87.6 35.6,105.9 44.1,73.1 17.8,51.6 51.7,49.6"/>
</svg>`;

const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await mkdir('public/icon', { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${SVG}`);
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  }
} finally {
  await browser.close();
}
