// The benchmark's detection section judges a page at the address the extension would see: a labelled page saved
// without its address must not be judged at a made-up one (the corpus stand-in reads as a home page).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDetection } from '../../bench/labels';
import { clearPageCache } from '../../bench/pages';
import { detectPage } from '../../utils/detect/detect';
import { parsePage } from '../helpers/dom';

const PARAGRAPHS = [
  'We moved our test suite from one large machine to many small ones last spring, and the move taught us more than we expected, because the old machine had hidden a great deal of trouble from us for years.',
  'The first surprise was how much of the old suite depended on the order in which tests ran, which nobody had written down anywhere, not in the code and not in the wiki pages of the team.',
  'The second was cost: many small machines were cheaper per hour, but only once the slowest tests were split into parts that could run side by side without waiting for one another.',
  'In the end the suite runs in a third of the time, and the failures it reports are ones a person can reproduce at a desk on an ordinary laptop, without any of the special setup the old machine needed.',
  'This post walks through what we measured, what we changed, and what we would do differently if we started again today with what we know now about our own code and our own habits.',
];

/** A saved blog post: no metadata but its canonical address, a dated slug. */
const SAVED_POST = `<!DOCTYPE html><html lang="en"><head><title>Why we moved our tests</title>
  <link rel="canonical" href="https://www.example.org/2024/05/14/why-we-moved-our-tests-to-small-machines/"></head>
  <body><main><h1>Why we moved our tests</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;

function corpusWithSavedPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'detect-bench-'));
  mkdirSync(join(dir, 'labels'));
  writeFileSync(join(dir, 'saved.html'), SAVED_POST);
  writeFileSync(
    join(dir, 'labels', 'detect-dev.json'),
    JSON.stringify([{ corpus: 'test', path: 'saved.html', url: null, kind: 'article', why: 'blog post' }]),
  );
  return dir;
}

describe('bench detection section', () => {
  it('judges a page labelled without an address as a saved page, as detectPage does on it', async () => {
    // What the extension (and the corpus test) answer for this page with no http address.
    const direct = detectPage(parsePage(SAVED_POST, 'about:blank'), 'about:blank').kind;
    expect(direct).toBe('article');
    clearPageCache();
    const bench = await runDetection(corpusWithSavedPage());
    expect(bench.pages).toBe(1);
    expect(bench.broadsheet).toEqual({ tp: 1, fp: 0, fn: 0, tn: 0 });
    expect(bench.misses).toEqual([]);
  });
});
