import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article, PipelineResult } from '../../utils/article';
import { runPipeline } from '../../utils/pipeline';
import { sanitizeHtml } from '../../utils/sanitize';
import { removeTrackingPixels } from '../../utils/tracking-pixels';
import { displayHost, safeHref } from '../../utils/url';
import {
  ARTICLE_FIXTURE,
  ARTICLE_URL,
  BEACON_HOST,
  BODY_MARKER,
  EXPECTED_BODY_LINK,
  EXPECTED_BYLINE_NAME,
  EXPECTED_SEE_ALSO,
  EXPECTED_TITLE,
  HOSTILE_BASE_HOST,
  PWNED_FLAG,
} from '../fixtures/hostile/markers';
import { findDangers } from './dangers';
import { createDisplay, insertAndProbe, settle, type Display } from './display';

// The hostile article page (tests/fixtures/hostile/article.html) through the whole pipeline, then shown the way the
// views show it. Twice: as the content script sees a page (its scripts do not reach us), and after the page's own
// scripts ran in the same jsdom realm and rewrote built-ins and document methods.

const FIXTURE_HTML = readFileSync(ARTICLE_FIXTURE, 'utf8');
/** Words of the page that only exist inside attributes of real elements or inside <script>: never in a text field. */
const MARKUP_ONLY_WORDS = ['see-also-b', "alert('caption')", "alert('credit')", "alert('byline')", 'lead-img', 'p-onclick'];
const PAGE_ORIGIN = new URL(ARTICLE_URL).origin;

/** A console that keeps the page's noise (its alert(), its errors) out of the test output. */
function quietConsole(): VirtualConsole {
  return new VirtualConsole();
}

const displays: Display[] = [];
afterAll(() => {
  for (const d of displays) d.close();
});

/** Show article HTML as the views do: sanitize in the display's own window, insert, poke every element. */
async function show(html: string): Promise<{ display: Display; shown: string }> {
  const display = createDisplay();
  displays.push(display);
  const shown = sanitizeHtml(html, display.window);
  insertAndProbe(display, shown);
  await settle();
  return { display, shown };
}

/** Every URL in attributes of the markup, as written. */
function urlsIn(root: Element): string[] {
  const urls: string[] = [];
  for (const el of Array.from(root.querySelectorAll('[href], [src], [cite]'))) {
    for (const name of ['href', 'src', 'cite']) {
      const value = el.getAttribute(name);
      if (value !== null) urls.push(value);
    }
  }
  return urls;
}

/** The checks every article HTML from this page must pass, once shown. */
async function expectSafeHtml(html: string): Promise<void> {
  const { display, shown } = await show(html);
  expect(display.ran()).toEqual([]);
  expect(display.fetched()).toEqual([]);
  expect(findDangers(display.container)).toEqual([]);
  // Straight out of the pipeline (before the view's own pass), the markup must already be clean too.
  const raw = display.document.createElement('div');
  raw.innerHTML = sanitizeHtml(html, display.window);
  expect(findDangers(raw)).toEqual([]);
  for (const text of [html, shown]) {
    expect(text).not.toContain(BEACON_HOST);
    expect(text).not.toMatch(/javascript:|vbscript:|data:text/i);
    expect(text).not.toMatch(/password/i);
  }
  expect((display.window as unknown as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
}

function expectPlainFields(article: Article): void {
  // Plain data: survives JSON unchanged (no DOM nodes, no functions, no prototypes).
  expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  const fields: [string, unknown][] = [
    ['title', article.title],
    ['site', article.site],
    ['agency', article.agency],
    ['byline', article.byline],
    ['excerpt', article.excerpt],
    ['seeAlsoHeading', article.seeAlsoHeading],
    ['leadImage.alt', article.leadImage?.alt ?? null],
    ['leadImage.caption', article.leadImage?.caption ?? null],
    ['leadImage.credit', article.leadImage?.credit ?? null],
    ...article.seeAlso.map((link, i): [string, unknown] => [`seeAlso[${i}].title`, link.title]),
  ];
  for (const [name, value] of fields) {
    expect(value === null || typeof value === 'string', `${name} is a string or null`).toBe(true);
    for (const word of MARKUP_ONLY_WORDS) expect(String(value), `${name} carries markup`).not.toContain(word);
  }
}

describe('hostile article page (page scripts not run; html sanitized as the command line hands it on)', () => {
  const doc = new JSDOM(FIXTURE_HTML, { url: ARTICLE_URL, virtualConsole: quietConsole() }).window.document;
  const before = doc.documentElement.outerHTML;
  const result = runPipeline(doc, ARTICLE_URL, { sanitize: sanitizeHtml });
  const article = result.article;

  it('is read as an article', () => {
    expect(result.reason).toBeNull();
    expect(article).not.toBeNull();
    expect(article!.text).toContain(BODY_MARKER);
  });

  it('leaves the page itself untouched', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('article html shows with nothing running, nothing fetched and no forbidden markup', async () => {
    await expectSafeHtml(article!.html);
  });

  it('drops the password form, its text field and its button', () => {
    const body = new JSDOM(`<body>${article!.html}`).window.document.body;
    expect(body.querySelector('form, input, button')).toBeNull();
  });

  it('resolves links against the page URL, never against the page\'s <base href>', () => {
    const body = new JSDOM(`<body>${article!.html}`).window.document.body;
    const urls = urlsIn(body);
    expect(urls).toContain(EXPECTED_BODY_LINK);
    for (const url of urls) {
      expect(url.startsWith('#') || safeHref(url) === url, url).toBe(true);
      if (!url.startsWith('#')) expect(new URL(url).hostname, url).not.toBe(HOSTILE_BASE_HOST);
    }
    expect(article!.leadImage === null || new URL(article!.leadImage.src).hostname !== HOSTILE_BASE_HOST).toBe(true);
  });

  it('shows a credential-laden link by the host it really goes to', () => {
    const body = new JSDOM(`<body>${article!.html}`).window.document.body;
    const partner = Array.from(body.querySelectorAll('a')).find((a) => a.textContent === 'A partner story');
    if (partner?.hasAttribute('href')) {
      const href = partner.getAttribute('href')!;
      expect(href).not.toContain('@');
      expect(displayHost(href)).toBe('evil.example');
    }
  });

  it('gives title, byline, site, caption, credit, See Also titles as plain strings', () => {
    expectPlainFields(article!);
    // The headline as the page wrote it (as text); a metadata stage may also drop the markup-looking tail.
    expect([EXPECTED_TITLE, EXPECTED_TITLE.slice(0, EXPECTED_TITLE.indexOf(' <img'))]).toContain(article!.title);
    expect(article!.byline ?? '').toContain(EXPECTED_BYLINE_NAME);
  });

  it('takes no image URL from javascript: metadata', () => {
    const src = article!.leadImage?.src;
    if (src !== undefined) expect(safeHref(src), src).toBe(src);
    if (src !== undefined) expect(src).toMatch(/^https?:/);
  });

  it('keeps only See Also links that are absolute http(s), resolved against the page', () => {
    const hrefs = article!.seeAlso.map((link) => link.href);
    for (const href of hrefs) {
      expect(safeHref(href), href).toBe(href);
      expect(new URL(href).hostname).not.toBe(HOSTILE_BASE_HOST);
    }
    for (const expected of EXPECTED_SEE_ALSO) expect(hrefs).toContain(expected);
  });

  it('JSON-LD "__proto__" keys pollute no prototype', () => {
    expect(({} as Record<string, unknown>).broadsheetPolluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('broadsheetPolluted');
  });
});

describe('hostile article page after its own scripts ran (built-ins and document methods rewritten)', () => {
  const dom = new JSDOM(FIXTURE_HTML, { url: ARTICLE_URL, runScripts: 'dangerously', virtualConsole: quietConsole() });
  const doc = dom.window.document;
  let result: PipelineResult | null = null;
  let thrown: unknown = null;
  const started = performance.now();
  try {
    result = runPipeline(doc, ARTICLE_URL, { force: true, sanitize: sanitizeHtml });
  } catch (error) {
    thrown = error;
  }
  const elapsed = performance.now() - started;

  it('the page scripts did run and rewrite things', () => {
    expect(typeof doc.querySelector).toBe('function');
    expect(doc.querySelector('p')).toBeNull(); // the page's own replacement
    expect(dom.window.eval('"abc".replace("a", "b")')).toBe('HIJACKED');
  });

  it('the pipeline works or fails cleanly', async () => {
    const outcome = thrown
      ? `threw ${(thrown as Error).name}: ${(thrown as Error).message}`
      : result?.article
        ? `article "${result.article.title}" (${result.article.wordCount} words)`
        : `no article: ${result?.reason} (${result?.message})`;
    console.log(`hostile page after its scripts ran: ${outcome}, ${elapsed.toFixed(0)} ms`);
    if (thrown) {
      expect(thrown).toBeInstanceOf(Error);
      return;
    }
    expect(result).not.toBeNull();
    if (!result!.article) {
      expect(result!.reason).not.toBeNull();
      return;
    }
    expectPlainFields(result!.article);
    await expectSafeHtml(result!.article.html);
  });
});

describe('removeTrackingPixels (before extraction, while styles are still there)', () => {
  it('removes tiny and hidden images from a page clone and keeps real ones', () => {
    const doc = new JSDOM(
      '<body><img src="https://t.example/a.gif" style="width:1px;height:1px"><img src="https://t.example/b.gif" style="display: none">' +
        '<img src="https://t.example/c.gif" width="1" height="1"><img src="https://i.example/photo.jpg" width="800" style="max-width:100%"></body>',
    ).window.document;
    expect(removeTrackingPixels(doc)).toBe(3);
    expect(Array.from(doc.images).map((i) => i.src)).toEqual(['https://i.example/photo.jpg']);
  });

  it('on the hostile page it finds every beacon image', () => {
    const doc = new JSDOM(FIXTURE_HTML, { url: ARTICLE_URL, virtualConsole: quietConsole() }).window.document;
    removeTrackingPixels(doc);
    const left = Array.from(doc.images).map((i) => i.getAttribute('src') ?? '');
    expect(left.filter((src) => src.includes(BEACON_HOST))).toEqual([]);
    expect(left.some((src) => src.startsWith('/images/') || src.startsWith(PAGE_ORIGIN))).toBe(true);
  });
});
