// The bench's Chromium rows end to end on a few small pages: the bundle builds, loads in headless Chromium, and
// every extractor answers there with its times. Times are only checked to be there (speed is never asserted).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_REPETITIONS, runBrowserSpeed, type BrowserSpeed } from '../../bench/browser-speed';
import { aebPages } from '../../bench/corpus';
import { EXTRACTORS } from '../../bench/extractors';
import { browserAvailable } from '../e2e/harness';
import { CORPUS_DIR, corpusAvailable } from '../helpers/corpus';

const SEED = {
  path: resolve(import.meta.dirname, '../fixtures/seed-page.html'),
  url: 'https://www.thelocal.ch/20161015/new-talks-in-lausanne-to-break-syria-deadlock',
};
const SEED_TITLE = 'New talks in Lausanne to break Syria deadlock';

/** The seed page, and the two smallest AEB pages when the corpus is there (gzipped: the runner reads both kinds). */
function testPages(): { path: string; url: string }[] {
  if (!corpusAvailable('bench Chromium rows on AEB pages')) return [SEED];
  const smallest = aebPages(CORPUS_DIR)
    .sort((a, b) => statSync(a.path).size - statSync(b.path).size)
    .slice(0, 2);
  return [SEED, ...smallest];
}

describe.skipIf(!browserAvailable('bench Chromium rows', false))('the bench in Chromium', () => {
  const pages = testPages();
  let speed: BrowserSpeed;
  beforeAll(async () => {
    speed = await runBrowserSpeed(pages);
  });

  it('times every extractor on every page, once per repetition', () => {
    expect([...speed.keys()].sort()).toEqual([...EXTRACTORS].sort());
    for (const runs of speed.values()) {
      expect(runs).toHaveLength(pages.length);
      for (const run of runs) {
        expect(run.samplesMs).toHaveLength(BROWSER_REPETITIONS);
        for (const ms of run.samplesMs) expect(ms).toBeGreaterThan(0);
        expect(run.samplesMs).toContain(run.ms);
      }
    }
  });

  it('gets an article from each extractor on each page', () => {
    for (const [name, runs] of speed) {
      for (const [i, run] of runs.entries()) {
        expect({ name, page: pages[i]!.path, failure: run.failure }).toEqual({ name, page: pages[i]!.path, failure: null });
        expect(run.textChars).toBeGreaterThan(200);
      }
    }
  });

  it("has Broadsheet's whole pipeline in the bundle: the seed page's headline as the article title", () => {
    expect(speed.get('Broadsheet')![0]!.title).toBe(SEED_TITLE);
    for (const run of speed.get('Broadsheet')!) expect(run.title).toBeTruthy();
  });
});
