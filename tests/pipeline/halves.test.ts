import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aebPages, readHtml } from '../../bench/corpus';
import type { Article } from '../../utils/article';
import { finishPreparedPage } from '../../utils/finish';
import { parseExtractReply } from '../../utils/messages';
import { runPipeline } from '../../utils/pipeline';
import { preparePage, toPreparedResult } from '../../utils/prepare';
import { CORPUS_DIR, corpusAvailable } from '../helpers/corpus';
import { parsePage } from '../helpers/dom';

// The extension runs the pipeline in two halves (prepare.ts in the tab, finish.ts in the view) with the cleaned
// page serialized between them; the command line and the benchmark run it on one document. Both must give the
// reader the same Article.

const SEED_URL = 'https://www.thelocal.ch/20161015/new-talks-in-lausanne-to-break-syria-deadlock';
const SEED = readFileSync(join(import.meta.dirname, '../fixtures/seed-page.html'), 'utf8');

/** The extension's way: prepare in the page, send (a structured clone, checked), finish in an inert document. */
function throughTheExtension(html: string, url: string): Article | null {
  const doc = parsePage(html, url);
  const reply = parseExtractReply(structuredClone({ type: 'prepared', result: toPreparedResult(preparePage(doc, url, { force: true }), url) }));
  if (reply?.type !== 'prepared' || !reply.result.page) return null;
  const parser = new (parsePage('', 'about:blank').defaultView!.DOMParser)();
  return finishPreparedPage(reply.result.page, reply.result.detection, parser).article;
}

function inOneDocument(html: string, url: string): Article | null {
  return runPipeline(parsePage(html, url), url, { force: true }).article;
}

/** What the reader sees; timings differ by nature. */
function shown(article: Article | null) {
  if (!article) return null;
  const { timingsMs: _timings, html: _html, ...rest } = article;
  return rest;
}

describe('the pipeline in two halves', () => {
  it('gives the seed page the same Article as one pass, links resolved against the page', () => {
    // A relative link in the story: in the view's document it must still point at the page's site.
    const html = SEED.replace('a broader gathering', 'a <a href="/20161014/lausanne-gathering">broader gathering</a>');
    const split = throughTheExtension(html, SEED_URL);
    expect(split).not.toBeNull();
    expect(shown(split)).toEqual(shown(inOneDocument(html, SEED_URL)));
    expect(split!.html).toContain('href="https://www.thelocal.ch/20161014/lausanne-gathering"');
    // Relative links in the story point at the page's site, not at the extension's own pages.
    const hrefs = [...split!.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|#)/);
  });

  it('sends no scripts or styles, only the JSON-LD Readability reads', () => {
    const html = SEED.replace('</head>', '<style>p{color:red}</style><script>var tracked = 1;</script><link rel="stylesheet" href="/s.css"></head>');
    const doc = parsePage(html, SEED_URL);
    const result = toPreparedResult(preparePage(doc, SEED_URL), SEED_URL);
    expect(result.page).not.toBeNull();
    expect(result.page!.html).not.toContain('var tracked');
    expect(result.page!.html).not.toContain('color:red');
    expect(result.page!.html).not.toContain('s.css');
    expect(result.page!.html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it("finishes a page whose markup names elements after the document's methods (DOM clobbering)", () => {
    const story = '<p>The council met on Tuesday to discuss the budget for the coming year, and agreed on most of it.</p>'.repeat(6);
    const html = `<!DOCTYPE html><html><head><title>Budget</title></head><body><article><h1>Budget</h1>${story}` +
      '<img src="/a.png" name="createElement"><img src="/b.png" name="querySelectorAll"><form name="head"></form>' +
      '<form><input name="parentNode"><input id="removeAttribute"></form></article></body></html>';
    const page = { url: SEED_URL, html, facts: { title: 'Budget', site: null, byline: null, bylineShown: false, published: null, lang: null, dir: null, excerpt: null, agency: null }, leadImage: null, seeAlso: [], seeAlsoHeading: null, removed: [], timingsMs: { detect: 0, harvest: 0, ads: 0, readability: 0, postclean: 0, total: 0 } };
    const parser = new (parsePage('', 'about:blank').defaultView!.DOMParser)();
    const result = finishPreparedPage(page, { kind: 'news', score: 1, signals: [] }, parser);
    expect(result.article?.text).toContain('The council met on Tuesday');
  });

  it("prepares a page whose markup names elements after the document's own properties (DOM clobbering in the tab)", () => {
    // <img name> and <form name> become properties of the document, over its built-ins (document.body is the img).
    const shadowed = ['body', 'documentElement', 'head', 'title', 'querySelectorAll', 'getElementsByTagName', 'createTreeWalker', 'cloneNode', 'createElement'];
    const markup = shadowed.map((name) => `<img name="${name}" alt=""><form name="${name}"></form>`).join('') +
      // Controls named after a form's properties: the form becomes its own grandparent for a walk up the tree.
      '<form><input name="parentNode"><input name="parentElement"><p><a href="/elsewhere">A link</a></p></form>';
    const html = SEED.replace(/<body[^>]*>/, (body) => `${body}${markup}`);
    // The page really is clobbered: its document's body is not its <body> (but the elements named "body").
    const doc = parsePage(html, SEED_URL);
    expect(doc.body).not.toBe(doc.querySelector('body'));
    const clean = throughTheExtension(SEED, SEED_URL);
    const clobbered = throughTheExtension(html, SEED_URL);
    expect(clean).not.toBeNull();
    expect(clobbered).not.toBeNull();
    for (const field of ['title', 'site', 'agency', 'byline', 'published', 'leadImage', 'seeAlso', 'text'] as const) {
      expect(clobbered![field], field).toEqual(clean![field]);
    }
  });

  it('passes the page half no-article answers on with their reason', () => {
    const url = 'https://news.example/world';
    const result = toPreparedResult(preparePage(parsePage('<html><body><h1>World</h1><ul><li><a href="/a">A</a></li></ul></body></html>', url), url), url);
    expect(result.page).toBeNull();
    expect(result.reason).toBe('not-an-article');
  });

  it.skipIf(!corpusAvailable('two halves vs one pass on AEB pages'))('gives AEB corpus pages the same Article both ways', () => {
    // Every fifteenth page: a spread of sites, in seconds.
    const pages = aebPages(CORPUS_DIR).filter((_, i) => i % 15 === 0);
    expect(pages.length).toBeGreaterThan(10);
    const differing: string[] = [];
    for (const page of pages) {
      const html = readHtml(page.path);
      const one = shown(inOneDocument(html, page.url));
      const two = shown(throughTheExtension(html, page.url));
      if (JSON.stringify(one) !== JSON.stringify(two)) differing.push(page.path);
    }
    expect(differing).toEqual([]);
  });
});
