import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PreparedResult } from '../../utils/article';
import { preparePage, toPreparedResult } from '../../utils/prepare';
import {
  BACKGROUND_REQUEST_TYPES,
  boundedSize,
  fitPrepared,
  isContentScriptSender,
  LIMITS,
  parseBackgroundRequest,
  parseContentRequest,
  parseExtractReply,
  parseLiveStatus,
  parseSelectorsReply,
} from '../../utils/messages';
import { parsePage } from '../helpers/dom';

const SEED_URL = 'https://www.thelocal.ch/20161015/new-talks-in-lausanne-to-break-syria-deadlock';
const SEED = readFileSync(join(import.meta.dirname, '../fixtures/seed-page.html'), 'utf8');

/** What crosses the boundary is a structured clone: the receiver never sees prototypes or functions. */
const wire = <T>(value: T): T => structuredClone(value);

/** The content script's half of the pipeline on a page, as it answers the view. */
function prepared(html: string, url: string): PreparedResult {
  return toPreparedResult(preparePage(parsePage(html, url), url), url);
}

let seed: PreparedResult | null = null;
/** The seed page through the real page half of the pipeline (run once; each caller gets its own copy). */
function seedResult(): PreparedResult {
  seed ??= prepared(SEED, SEED_URL);
  return structuredClone(seed);
}

describe('requests to the content script', () => {
  it('accepts each known request in its exact shape', () => {
    expect(parseContentRequest({ type: 'ping' })).toEqual({ type: 'ping' });
    expect(parseContentRequest({ type: 'extract', force: true })).toEqual({ type: 'extract', force: true });
    expect(parseContentRequest({ type: 'live-status' })).toEqual({ type: 'live-status' });
    expect(parseContentRequest({ type: 'live-show-original', showOriginal: false })).toEqual({ type: 'live-show-original', showOriginal: false });
  });

  it.each([
    ['not an object', 'extract'],
    ['null', null],
    ['an array', [{ type: 'ping' }]],
    ['an unknown type', { type: 'eval', code: '1' }],
    ['a missing field', { type: 'extract' }],
    ['a field of the wrong type', { type: 'extract', force: 'yes' }],
    ['an extra field', { type: 'ping', settings: { autoClean: 'all-news' } }],
    ['a type of the wrong kind', { type: ['ping'] }],
  ])('refuses %s', (_what, raw) => {
    expect(parseContentRequest(wire(raw))).toBeNull();
  });

  it('refuses a request over the size cap', () => {
    expect(parseContentRequest({ type: 'extract', force: true, pad: 'x'.repeat(LIMITS.messageChars + 1) })).toBeNull();
  });
});

describe('requests to the background', () => {
  const survey = { classes: ['ad-slot', 'story'], ids: ['main'], hrefs: ['https://ads.example/click'] };

  it('accepts a page survey, a hidden count and the auto-clean question', () => {
    expect(parseBackgroundRequest(wire({ type: 'ad-selectors', survey }))).toEqual({ type: 'ad-selectors', survey });
    expect(parseBackgroundRequest({ type: 'live-count', hidden: 4 })).toEqual({ type: 'live-count', hidden: 4 });
    expect(parseBackgroundRequest({ type: 'autoclean-query' })).toEqual({ type: 'autoclean-query' });
  });

  it('has no request type that writes settings, and refuses anything that tries', () => {
    expect(BACKGROUND_REQUEST_TYPES.filter((t) => /setting|option|storage|site|permission|register/i.test(t))).toEqual([]);
    for (const raw of [
      { type: 'settings', settings: { autoClean: 'all-news' } },
      { type: 'set-settings', patch: { sites: ['https://evil.example'] } },
      { type: 'add-site', origin: 'https://evil.example' },
      { type: 'autoclean-query', enable: true },
      { type: 'live-count', hidden: 1, settings: { badgeCount: false } },
    ]) {
      expect(parseBackgroundRequest(wire(raw))).toBeNull();
    }
  });

  it.each([
    ['a negative count', { type: 'live-count', hidden: -1 }],
    ['a fractional count', { type: 'live-count', hidden: 1.5 }],
    ['a NaN count', { type: 'live-count', hidden: Number.NaN }],
    ['an absurd count', { type: 'live-count', hidden: LIMITS.maxHiddenCount + 1 }],
    ['a survey with numbers', { type: 'ad-selectors', survey: { classes: [1], ids: [], hrefs: [] } }],
    ['a survey that is a string', { type: 'ad-selectors', survey: 'ad-slot' }],
    ['a survey with an extra key', { type: 'ad-selectors', survey: { ...survey, url: 'https://elsewhere.example/' } }],
    ['a survey token too long', { type: 'ad-selectors', survey: { classes: ['a'.repeat(LIMITS.surveyTokenChars + 1)], ids: [], hrefs: [] } }],
    ['too many survey tokens', { type: 'ad-selectors', survey: { classes: Array.from({ length: LIMITS.surveyTokens + 1 }, (_, i) => `c${i}`), ids: [], hrefs: [] } }],
  ])('refuses %s', (_what, raw) => {
    expect(parseBackgroundRequest(wire(raw))).toBeNull();
  });
});

describe('boundedSize', () => {
  it('measures small values and gives up on oversize or deeply nested ones without recursion', () => {
    expect(boundedSize({ type: 'ping' })).toBeLessThan(40);
    expect(boundedSize('x'.repeat(1000), 500)).toBe(Infinity);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(boundedSize(deep)).toBe(Infinity);
    expect(boundedSize({ f: () => 1 })).toBe(Infinity);
  });
});

describe('the extraction reply the popup receives', () => {
  it('accepts a real prepared page after a structured clone, unchanged', () => {
    const result = seedResult();
    expect(result.page).not.toBeNull();
    const reply = parseExtractReply(wire({ type: 'prepared', result: fitPrepared(result) }));
    expect(reply?.type).toBe('prepared');
    if (reply?.type !== 'prepared') return;
    expect(reply.result.page?.facts.title).toBe(result.page!.facts.title);
    expect(reply.result.page?.html).toBe(result.page!.html);
    expect(reply.result).toEqual(wire(result));
  });

  it('accepts a "no article" result with its reason', () => {
    const listing = prepared('<html><body><h1>World</h1><ul><li><a href="/a">A</a></li></ul></body></html>', 'https://news.example/world');
    const reply = parseExtractReply(wire({ type: 'prepared', result: listing }));
    expect(reply?.type === 'prepared' && reply.result.reason).toBe('not-an-article');
  });

  function tampered(change: (result: Record<string, any>) => void): unknown {
    const result = wire(seedResult()) as unknown as Record<string, any>;
    change(result);
    return { type: 'prepared', result };
  }

  it.each([
    ['a page over the 5 MB cap', (r: Record<string, any>) => (r.page.html = 'x'.repeat(LIMITS.pageHtmlChars + 1))],
    ['a page that is not a string', (r: Record<string, any>) => (r.page.html = { nodeName: 'HTML' })],
    ['a title over its cap', (r: Record<string, any>) => (r.page.facts.title = 'T'.repeat(LIMITS.lineChars + 1))],
    ['a title that is markup in an object', (r: Record<string, any>) => (r.page.facts.title = { __html: '<img src=x onerror=alert(1)>' })],
    ['facts without bylineShown', (r: Record<string, any>) => delete r.page.facts.bylineShown],
    ['a javascript: page URL', (r: Record<string, any>) => (r.page.url = 'javascript:alert(1)')],
    ['See Also that is not a list', (r: Record<string, any>) => (r.page.seeAlso = 'links')],
    ['a See Also link without a title', (r: Record<string, any>) => (r.page.seeAlso = [{ href: 'https://a.example/' }])],
    ['too many See Also links', (r: Record<string, any>) => (r.page.seeAlso = Array.from({ length: LIMITS.seeAlsoLinks + 1 }, () => ({ title: 't', href: 'https://a.example/' })))],
    ['an unknown page kind', (r: Record<string, any>) => (r.detection.kind = 'admin')],
    ['a text direction that is not ltr/rtl', (r: Record<string, any>) => (r.page.facts.dir = 'auto')],
    ['a lead image with a numeric caption', (r: Record<string, any>) => (r.page.leadImage = { src: 'https://a.example/i.jpg', alt: '', caption: 5, credit: '' })],
    ['a missing timing', (r: Record<string, any>) => delete r.timingsMs.total],
    ['a page and a no-article reason together', (r: Record<string, any>) => (r.reason = 'not-an-article')],
  ])('refuses %s', (_what, change) => {
    expect(parseExtractReply(tampered(change))).toBeNull();
  });

  it('refuses replies that are not extraction replies', () => {
    expect(parseExtractReply(undefined)).toBeNull();
    expect(parseExtractReply({ type: 'rejected' })).toBeNull();
    expect(parseExtractReply({ type: 'extracted', result: wire(seedResult()) })).toBeNull();
    expect(parseExtractReply({ type: 'extract-error', message: 'e'.repeat(LIMITS.paragraphChars + 1) })).toBeNull();
    expect(parseExtractReply({ type: 'extract-error', message: 'Readability failed' })).toEqual({ type: 'extract-error', message: 'Readability failed' });
  });

  it('fitPrepared clips an honest but long page so the receiver accepts it', () => {
    const result = seedResult();
    result.page!.facts.title = 'Long '.repeat(2_000);
    result.page!.seeAlso = Array.from({ length: 500 }, (_, i) => ({ title: `Story ${i}`, href: `https://a.example/${i}` }));
    expect(parseExtractReply(wire({ type: 'prepared', result }))).toBeNull();
    const fitted = parseExtractReply(wire({ type: 'prepared', result: fitPrepared(result) }));
    expect(fitted?.type).toBe('prepared');
    if (fitted?.type !== 'prepared') return;
    expect(fitted.result.page!.facts.title!.length).toBe(LIMITS.lineChars);
    expect(fitted.result.page!.seeAlso).toHaveLength(LIMITS.seeAlsoLinks);
    expect(fitted.result.page!.html).toBe(result.page!.html);
  });

  it('fitPrepared answers "too large" for a cleaned page over the cap instead of sending half a story', () => {
    const result = seedResult();
    result.page!.html = `<!DOCTYPE html><html><body><p>${'word '.repeat(1_100_000)}</p></body></html>`;
    const fitted = parseExtractReply(wire({ type: 'prepared', result: fitPrepared(result) }));
    expect(fitted?.type === 'prepared' && fitted.result.page).toBeNull();
    expect(fitted?.type === 'prepared' && fitted.result.reason).toBe('too-large');
  });
});

describe('other replies', () => {
  it('checks selector lists and live status', () => {
    expect(parseSelectorsReply({ type: 'selectors', selectors: ['.ad-slot'] })).toEqual({ type: 'selectors', selectors: ['.ad-slot'] });
    expect(parseSelectorsReply({ type: 'selectors', selectors: '.ad-slot' })).toBeNull();
    expect(parseSelectorsReply({ type: 'selectors', selectors: [{}] })).toBeNull();
    expect(parseSelectorsReply({ type: 'selectors', selectors: Array.from({ length: LIMITS.selectors + 1 }, () => '.a') })).toBeNull();
    expect(parseLiveStatus({ type: 'live-status', active: true, hidden: 3, showingOriginal: false })).toEqual({
      type: 'live-status',
      active: true,
      hidden: 3,
      showingOriginal: false,
    });
    expect(parseLiveStatus({ type: 'live-status', active: 'yes', hidden: 3, showingOriginal: false })).toBeNull();
  });
});

describe('isContentScriptSender', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  it('accepts our content script in a web page top frame', () => {
    expect(isContentScriptSender({ id, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 }, id)).toBe(true);
  });
  it.each([
    ['another extension', { id: 'x'.repeat(32), url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 }],
    ['one of our own pages in a tab', { id, url: `chrome-extension://${id}/popup.html`, tab: { id: 7 }, frameId: 0 }],
    ['a sub-frame', { id, url: 'https://ads.example/frame', tab: { id: 7 }, frameId: 3 }],
    ['no tab', { id, url: 'https://news.example/a' }],
    ['no URL', { id, tab: { id: 7 }, frameId: 0 }],
  ])('refuses %s', (_what, sender) => {
    expect(isContentScriptSender(sender, id)).toBe(false);
  });
});
