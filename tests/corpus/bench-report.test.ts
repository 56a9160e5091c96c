// The bench's own plumbing: the table layout, the numbers it prints, and the build/browser-test hooks.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBundleSizes, readPopupTiming } from '../../bench/build-info';
import { htmlToText, runBroadsheet, runReadability } from '../../bench/extractors';
import { parsePageQuietly } from '../../bench/dom';
import { formatTally, median, p95, quantile } from '../../bench/stats';
import { renderTable } from '../../bench/table';

describe('stats', () => {
  it('interpolates quantiles between ranks', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(p95(Array.from({ length: 101 }, (_, i) => i))).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('formats a tally with its share, n/a when empty', () => {
    expect(formatTally({ hits: 40, total: 86 })).toBe('40/86 47%');
    expect(formatTally({ hits: 0, total: 0 })).toBe('n/a');
  });
});

describe('table', () => {
  it('aligns labels left and cells right, with section rules', () => {
    const text = renderTable(
      ['', 'A', 'Beta'],
      [{ section: 'One' }, { label: 'F1', cells: ['0.951', '0.9'] }, { label: 'a longer label', cells: ['1', '22'] }],
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('                    A  Beta');
    expect(lines[1]).toMatch(/^=+$/);
    expect(lines[2]).toMatch(/^-- One -+$/);
    expect(lines[3]).toBe('F1              0.951   0.9');
    expect(lines[4]).toBe('a longer label      1    22');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});

describe('extractor HTML to text', () => {
  it('puts blocks on lines of their own and never runs scripts', () => {
    const text = htmlToText('<p>One <b>two</b></p><script>globalThis.pwned = 1</script><p>Three</p>');
    expect(text).toBe('One two\n\nThree');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('Broadsheet in the bench', () => {
  const story = '<p>' + 'The council voted on the new bridge after a long debate about its cost. '.repeat(12) + '</p>';
  const page = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${story}${story}` +
    '<p><img src="x" onerror="alert(1)">Officials said work would start in spring.</p></article></body></html>';

  it('times extraction apart from sanitizing, and hands on sanitized HTML', () => {
    const doc = parsePageQuietly(page, 'https://news.example/2024/05/01/bridge-vote');
    const run = runBroadsheet(doc, doc.URL, true);
    expect(run.extraction.failure).toBeNull();
    expect(run.extraction.ms).toBeGreaterThan(0);
    expect(run.extraction.sanitizeMs).toBeGreaterThan(0);
    expect(run.result?.article?.html).toContain('Officials said work would start');
    expect(run.result?.article?.html).not.toContain('onerror');
    // The page given to the bench is left whole for the next extractor.
    expect(doc.body.textContent).toContain('Bridge vote');
    expect(runReadability(doc).sanitizeMs).toBeNull();
  });
});

describe('build and browser-test hooks', () => {
  const repo = () => mkdtempSync(join(tmpdir(), 'bench-'));

  it('reports nothing when there is no build and no timing file', () => {
    const dir = repo();
    expect(readPopupTiming(dir)).toBeNull();
    expect(readBundleSizes(dir)).toEqual({ content: null, scripts: [], popup: null });
  });

  it('reads the popup timing the browser tests wrote, and rejects a malformed one', () => {
    const dir = repo();
    mkdirSync(join(dir, 'test-output'));
    writeFileSync(join(dir, 'test-output', 'popup-timings.json'), JSON.stringify({ medianMs: 123.4, samples: 7 }));
    expect(readPopupTiming(dir)).toEqual({ medianMs: 123.4, samples: 7 });
    writeFileSync(join(dir, 'test-output', 'popup-timings.json'), '{"medianMs": "fast"}');
    expect(readPopupTiming(dir)).toBeNull();
  });

  it('gzips the content scripts and the scripts popup.html loads', () => {
    const dir = repo();
    const out = join(dir, '.output', 'chrome-mv3');
    mkdirSync(join(out, 'content-scripts'), { recursive: true });
    mkdirSync(join(out, 'chunks'));
    const content = 'console.log("content");'.repeat(50);
    const popup = 'export const view = 1;'.repeat(80);
    const shared = 'export const shared = 2;'.repeat(30);
    writeFileSync(join(out, 'content-scripts', 'content.js'), content);
    const small = 'x=1;';
    writeFileSync(join(out, 'autoclean.js'), small);
    writeFileSync(join(out, 'chunks', 'popup-AB12.js'), popup);
    writeFileSync(join(out, 'chunks', 'shared-CD34.js'), shared);
    writeFileSync(join(out, 'chunks', 'options-EF56.js'), 'not the popup');
    writeFileSync(
      join(out, 'popup.html'),
      '<script type="module" src="/chunks/popup-AB12.js"></script><link rel="modulepreload" href="/chunks/shared-CD34.js">',
    );
    const sizes = readBundleSizes(dir);
    expect(sizes.content?.files).toEqual(['content-scripts/content.js']);
    expect(sizes.content?.gzipBytes).toBe(gzipSync(content, { level: 9 }).length);
    // Each script apart, largest first: the bench prints them one by one against the budget.
    expect(sizes.scripts).toEqual([
      { file: 'content-scripts/content.js', gzipBytes: gzipSync(content, { level: 9 }).length },
      { file: 'autoclean.js', gzipBytes: gzipSync(small, { level: 9 }).length },
    ]);
    expect(sizes.popup?.files).toEqual(['chunks/popup-AB12.js', 'chunks/shared-CD34.js']);
    expect(sizes.popup?.gzipBytes).toBe(gzipSync(popup, { level: 9 }).length + gzipSync(shared, { level: 9 }).length);
  });
});

describe('corpus page addresses', () => {
  it('gives protocol-relative addresses https and replaces missing or broken ones', async () => {
    const { pageUrl } = await import('../../bench/corpus');
    expect(pageUrl('//us.news.example/news/', 'https://fallback.invalid/')).toBe('https://us.news.example/news/');
    expect(pageUrl(null, 'https://fallback.invalid/')).toBe('https://fallback.invalid/');
    expect(pageUrl('not a url', 'https://fallback.invalid/')).toBe('https://fallback.invalid/');
    expect(pageUrl(' http://site.example/a?b=1 ', 'x')).toBe('http://site.example/a?b=1');
  });
});
