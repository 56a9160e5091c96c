// Extraction speed in Chromium, where users run Broadsheet: its DOM is native, so costs differ from jsdom's (the
// jsdom rows). bench/browser-entry.ts is bundled here in memory with esbuild (EasyList engine included) and loaded
// in headless Chromium; each corpus page is then timed there (see the entry).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSER_BENCH_GLOBAL, type BrowserExtraction, type TimePage } from './browser-api';
import { readHtml } from './corpus';
import type { ExtractorName } from './extractors';

export type { BrowserExtraction } from './browser-api';

/** Debian's Chromium, as the browser tests use it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Cell shown when there is no Chromium to measure in. */
export const NO_CHROMIUM = `n/a (no Chromium at ${CHROMIUM_PATH})`;
/** Repetitions per page; the median is the page's time. */
export const BROWSER_REPETITIONS = 3;

export function chromiumPresent(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** The entry and everything it imports as one classic script (the ad-filter artifact embedded as bytes). */
export async function bundleBrowserEntry(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'browser-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    loader: { '.gz': 'binary' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * The one document every corpus page is timed in, so compiled code carries over from page to page (with a page
 * load per corpus page, even the second and third repetitions ran half-compiled code: medians half as high again).
 * Its address is https and made up, served by the route below: DOMParser documents take it as their URL, so
 * relative links resolve (under about:blank each one throws in Readability's link fixing, a cost no tab has); the
 * extractors that take an address get the page's own. The two headers make it cross-origin isolated, which gives
 * performance.now() 5 µs steps instead of the 100 µs Chromium gives other pages (medians over 181 pages would do
 * with either, single small pages read less coarse).
 */
const HOST_URL = 'https://broadsheet-bench.invalid/';
const HOST_PAGE = {
  status: 200,
  body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  },
};

export interface BrowserBench {
  /** Time every extractor on one page (HTML as given) at `url`. */
  timePage(html: string, url: string): Promise<BrowserExtraction[]>;
  close(): Promise<void>;
}

/** Launch headless Chromium with no network: the host page is served from here, every other request fails. */
export async function openBrowserBench(repetitions = BROWSER_REPETITIONS): Promise<BrowserBench> {
  const bundle = await bundleBrowserEntry();
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page: Page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === HOST_URL ? route.fulfill(HOST_PAGE) : route.abort('internetdisconnected'),
    );
    await page.goto(HOST_URL);
    await page.addScriptTag({ content: bundle });
    return {
      async timePage(html, url) {
        return page.evaluate(
          ([name, h, u, n]) => (globalThis as unknown as Record<string, TimePage>)[name]!(h, u, n),
          [BROWSER_BENCH_GLOBAL, html, url, repetitions] as const,
        );
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Each extractor's per-page results, in page order. */
export type BrowserSpeed = Map<ExtractorName, BrowserExtraction[]>;

/** Time every page (read from its file, gzipped or not) in one browser. */
export async function runBrowserSpeed(
  pages: readonly { path: string; url: string }[],
  onPage?: (index: number, total: number) => void,
  repetitions = BROWSER_REPETITIONS,
): Promise<BrowserSpeed> {
  const bench = await openBrowserBench(repetitions);
  const speed: BrowserSpeed = new Map();
  try {
    for (const [index, { path, url }] of pages.entries()) {
      onPage?.(index, pages.length);
      for (const got of await bench.timePage(readHtml(path), url)) {
        speed.set(got.extractor, [...(speed.get(got.extractor) ?? []), got]);
      }
    }
  } finally {
    await bench.close();
  }
  return speed;
}
