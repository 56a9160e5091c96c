// Draws the extension icons (public/icon/{16,32,48,128}.png) with a canvas in Debian's Chromium: a folded broadsheet
// page in the reader's accent colour with a serif "B" masthead and column rules. Run: npx tsx tests/e2e/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, ROOT } from './harness';

/** Sizes the Chrome Web Store and Firefox Add-ons ask for (toolbar 16/32, extensions page 48, store 128). */
const SIZES = [16, 32, 48, 128] as const;
const ICON_DIR = join(ROOT, 'public/icon');

function draw(size: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const g = canvas.getContext('2d')!;
  const s = size / 128;
  const r = 22 * s;
  // Rounded page in the accent colour.
  g.fillStyle = '#8a1c1c';
  g.beginPath();
  g.roundRect(4 * s, 4 * s, 120 * s, 120 * s, r);
  g.fill();
  // White sheet inset, like a newspaper page.
  g.fillStyle = '#fcfbf8';
  g.beginPath();
  g.roundRect(18 * s, 14 * s, 92 * s, 100 * s, 8 * s);
  g.fill();
  // Masthead "B".
  g.fillStyle = '#1c1b19';
  g.textAlign = 'center';
  g.textBaseline = 'alphabetic';
  g.font = `bold ${size <= 16 ? 76 * s : 52 * s}px "DejaVu Serif", Georgia, serif`;
  g.fillText('B', 64 * s, size <= 16 ? 92 * s : 60 * s);
  if (size > 16) {
    // Column rules under the masthead.
    g.fillStyle = '#8a1c1c';
    g.fillRect(30 * s, 68 * s, 68 * s, 5 * s);
    g.fillStyle = '#67645e';
    for (const y of [82, 93, 104]) {
      g.fillRect(30 * s, y * s, 30 * s, 4 * s);
      g.fillRect(68 * s, y * s, 30 * s, 4 * s);
    }
  }
  return canvas.toDataURL('image/png');
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
mkdirSync(ICON_DIR, { recursive: true });
for (const size of SIZES) {
  const dataUrl = await page.evaluate(draw, size);
  writeFileSync(join(ICON_DIR, `${size}.png`), Buffer.from(dataUrl.split(',')[1]!, 'base64'));
  console.log(`public/icon/${size}.png`);
}
await browser.close();
