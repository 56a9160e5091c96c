import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline, withinSizeLimits } from '../../utils/pipeline';
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
