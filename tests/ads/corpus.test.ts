// Ad stripping over the shared corpus: it must never cost the story any text (AEB's ground truth says what the
// story is), and the full pipeline must leave no ad-label line in any clean text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanDocument } from '../../cli/page';
import { adSelectorsFor, surveyPage } from '../../utils/ads/engine';
import { loadBundledEngine } from '../../utils/ads/engine-node';
import { adLabelLines, isAdLabel } from '../../utils/ads/labels';
import { stripAds } from '../../utils/ads/strip';
import { CORPUS_DIR, corpusAvailable } from '../helpers/corpus';

const LONG = 900_000;
/** Set to check every corpus page through the pipeline, not only the pages that print an ad label. */
const FULL = process.env.BROADSHEET_FULL_CORPUS === '1';

interface CorpusPage {
  name: string;
  url: string;
  html: () => string;
  truth?: string;
}

function readHtml(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function corpusPages(): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const truth = JSON.parse(readFileSync(join(CORPUS_DIR, 'aeb', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  for (const [id, { articleBody, url }] of Object.entries(truth)) {
    const path = join(CORPUS_DIR, 'aeb', 'html', `${id}.html.gz`);
    if (existsSync(path)) pages.push({ name: `aeb/${id.slice(0, 12)}`, url, truth: articleBody, html: () => readHtml(path) });
  }
  const readability = join(CORPUS_DIR, 'readability', 'pages');
  for (const name of existsSync(readability) ? readdirSync(readability) : []) {
    const path = join(readability, name, 'source.html');
    if (existsSync(path)) pages.push({ name: `readability/${name}`, url: 'http://fakehost/test/page.html', html: () => readHtml(path) });
  }
  const postlight = join(CORPUS_DIR, 'postlight', 'expectations.json');
  if (existsSync(postlight)) {
    for (const c of JSON.parse(readFileSync(postlight, 'utf8')) as { domain: string; url: string | null; fixture: string }[]) {
      const path = join(CORPUS_DIR, 'postlight', c.fixture);
      if (existsSync(path)) pages.push({ name: `postlight/${c.domain}`, url: c.url ?? `https://${c.domain}/`, html: () => readHtml(path) });
    }
  }
  return pages;
}

function parse(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** 4-word shingles as a multiset, the AEB benchmark's unit of text. */
function shingles(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/\w+/g) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + 4 <= words.length; i++) {
    const key = words.slice(i, i + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function covered(truth: Map<string, number>, text: string): number {
  const have = shingles(text);
  let n = 0;
  for (const [key, count] of truth) n += Math.min(count, have.get(key) ?? 0);
  return n;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Cheap pre-scan of the raw HTML: does any text between two tags read as an ad label? */
function printsAdLabel(html: string): boolean {
  const visible = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  for (const chunk of visible.match(/>[^<>]{1,400}</g) ?? []) {
    const text = chunk.slice(1, -1).replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0x${e.slice(2)}` : e.slice(1)) || 32) : (ENTITIES[e.toLowerCase()] ?? m),
    );
    if (text.trim() && isAdLabel(text)) return true;
  }
  return false;
}

const available = corpusAvailable('ad stripping over the corpus');

interface Survey {
  aebPages: number;
  losses: string[];
  selectors: number;
  removals: number;
  lookupMs: number;
  pages: number;
  checked: number;
  articles: number;
  labelRemovals: number;
  left: string[];
}

/** One pass, one parse a page: the pipeline first (it works on a clone), then stripping on the page itself. */
function surveyCorpus(): Survey {
  const engine = loadBundledEngine();
  const pages = corpusPages();
  const out: Survey = { aebPages: 0, losses: [], selectors: 0, removals: 0, lookupMs: 0, pages: pages.length, checked: 0, articles: 0, labelRemovals: 0, left: [] };
  for (const page of pages) {
    const html = page.html();
    const checkLabels = FULL || printsAdLabel(html);
    if (!checkLabels && page.truth === undefined) continue;
    const doc = parse(html, page.url);
    if (checkLabels) {
      out.checked += 1;
      const result = cleanDocument(doc, page.url, { force: true });
      if (result.article) {
        out.articles += 1;
        out.labelRemovals += result.article.removed.filter((r) => r.stage === 'labels').length;
        const lines = adLabelLines(result.article.text);
        if (lines.length) out.left.push(`${page.name}: ${JSON.stringify(lines.slice(0, 3))}`);
      }
    }
    if (page.truth === undefined) continue;
    out.aebPages += 1;
    for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template'))) el.remove();
    const start = performance.now();
    const list = adSelectorsFor(engine, surveyPage(doc), page.url);
    out.lookupMs += performance.now() - start;
    const truth = shingles(page.truth);
    const before = covered(truth, doc.body?.textContent ?? '');
    const removed = stripAds(doc, list);
    const after = covered(truth, doc.body?.textContent ?? '');
    out.selectors += list.length;
    out.removals += removed.length;
    if (after < before) out.losses.push(`${page.name} ${page.url}: ${before - after} of ${before} shingles`);
  }
  return out;
}

describe.skipIf(!available)('ad stripping over the corpus', () => {
  let result: Survey;
  beforeAll(() => {
    result = surveyCorpus();
    const n = result.aebPages;
    console.info(
      `[ads] AEB ${n} pages: ${(result.selectors / n).toFixed(0)} selectors and ${(result.removals / n).toFixed(1)} removals a page, ` +
        `survey + lookup ${(result.lookupMs / n).toFixed(1)} ms a page. Pipeline on ${result.checked} of ${result.pages} pages` +
        `${FULL ? '' : ' (those that print an ad label; BROADSHEET_FULL_CORPUS=1 checks all)'}: ${result.labelRemovals} label blocks removed`,
    );
  }, LONG);

  it('never costs an AEB story any of its text', () => {
    expect(result.aebPages).toBeGreaterThan(100);
    expect(result.removals).toBeGreaterThan(result.aebPages); // the filters do find ads on these pages
    expect(result.losses).toEqual([]);
  });

  it('leaves no ad-label line in the clean text of any corpus page', () => {
    expect(result.checked).toBeGreaterThan(20);
    expect(result.articles).toBeGreaterThan(result.checked / 2);
    expect(result.labelRemovals).toBeGreaterThan(0);
    expect(result.left).toEqual([]);
  });
});
