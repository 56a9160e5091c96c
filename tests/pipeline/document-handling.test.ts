import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../utils/pipeline';
import { withinSizeLimits } from '../../utils/prepare';
import { readingLength } from '../../utils/text';
import { parsePage } from '../helpers/dom';

const SEED_URL = 'https://www.thelocal.ch/20161015/new-talks-in-lausanne-to-break-syria-deadlock';
const seedHtml = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-page.html'), 'utf8');

/** A body holding `count` sibling divs: the page has count + 3 elements (html, head, body). */
function flatPage(count: number): Document {
  return parsePage(`<html><head></head><body>${'<div></div>'.repeat(count)}</body></html>`);
}

/** Elements nested so that the deepest is at `levels` (html = 1, body = 2, then divs). */
function deepPage(levels: number): Document {
  const divs = levels - 2;
  return parsePage(`<html><head></head><body>${'<div>'.repeat(divs)}${'</div>'.repeat(divs)}</body></html>`);
}

describe('size limits', () => {
  it('accepts a page of exactly the element limit and refuses one more', () => {
    expect(withinSizeLimits(flatPage(97).documentElement, 100, 50)).toBe(true);
    expect(withinSizeLimits(flatPage(98).documentElement, 100, 50)).toBe(false);
  });

  it('accepts nesting of exactly the depth limit and refuses one level more', () => {
    expect(withinSizeLimits(deepPage(50).documentElement, 1000, 50)).toBe(true);
    expect(withinSizeLimits(deepPage(51).documentElement, 1000, 50)).toBe(false);
  });

  it('counts elements in every branch, not only the first', () => {
    const doc = parsePage('<html><head><title>t</title></head><body><p><b></b></p><ul><li></li><li></li></ul></body></html>');
    // html, head, title, body, p, b, ul, li, li = 9
    expect(withinSizeLimits(doc.documentElement, 9, 10)).toBe(true);
    expect(withinSizeLimits(doc.documentElement, 8, 10)).toBe(false);
  });

  it('counts past markup that shadows the DOM properties a walk would read', () => {
    const controls = ['parentElement', 'parentNode', 'nextElementSibling', 'nextSibling', 'firstElementChild', 'firstChild']
      .map((name) => `<input name="${name}">`)
      .join('');
    const doc = parsePage(`<html><head></head><body><img name="createTreeWalker"><form>${controls}</form><p></p></body></html>`);
    // html, head, body, img, form, 6 inputs, p = 12
    expect(withinSizeLimits(doc.documentElement, 12, 10)).toBe(true);
    expect(withinSizeLimits(doc.documentElement, 11, 10)).toBe(false);
  });
});

describe('the given document', () => {
  it('is left as it was by default', () => {
    const doc = parsePage(seedHtml, SEED_URL);
    const before = doc.documentElement.outerHTML;
    const result = runPipeline(doc, SEED_URL);
    expect(result.article).not.toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is worked on directly when handed over, with the same article as from a copy', () => {
    const fromCopy = runPipeline(parsePage(seedHtml, SEED_URL), SEED_URL).article;
    const doc = parsePage(seedHtml, SEED_URL);
    const before = doc.documentElement.outerHTML;
    const handedOver = runPipeline(doc, SEED_URL, { consumeDocument: true }).article;
    expect(handedOver).not.toBeNull();
    expect(doc.documentElement.outerHTML).not.toBe(before);
    expect({ ...handedOver!, timingsMs: null }).toEqual({ ...fromCopy!, timingsMs: null });
  });
});

describe('enough text to read', () => {
  const frame = (body: string) =>
    `<html lang="ja"><head><title>記事</title><meta property="og:type" content="article"></head><body><article><h1>記事</h1>${body}</article></body></html>`;
  // 100 characters of Japanese prose: a short news item, though fewer than the 250 characters English would need.
  const shortItem = '東京都は十日、新しい橋の建設計画を発表した。工事は来年春に始まり、三年後の完成を目指す。'.repeat(2) + '費用は約百億円で、都議会は来月この計画を審議する予定だ。';
  const url = 'https://news.example.jp/2019/04/11/bridge.html';

  it('weighs characters of unspaced scripts as about three Latin ones', () => {
    expect(readingLength('abc')).toBe(3);
    expect(readingLength('東京')).toBe(6);
    expect(readingLength(`${'a'.repeat(10)}東京`)).toBe(16);
  });

  it('reads a short Japanese news item, yet still refuses a page of a few Japanese words', () => {
    const item = runPipeline(parsePage(frame(`<p>${shortItem}</p>`), url), url, { force: true });
    expect(item.article?.text).toContain('費用は約百億円');
    const stub = runPipeline(parsePage(frame('<p>東京都は十日、計画を発表した。</p>'), url), url, { force: true });
    expect(stub.article).toBeNull();
    expect(stub.reason).toBe('no-content');
  });
});
