// Scoring harvestMetadata against the shared corpus: Postlight's expectations, the hand-checked fidelity labels and
// Readability's expected metadata. Used by the corpus test and by measure.ts (a report for humans).
import type { FidelityLabel } from '../../bench/corpus';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeCfEmails } from '../../utils/cfemail';
import { harvestMetadata, type PageMetadata } from '../../utils/metadata/metadata';
import { CORPUS_DIR } from '../helpers/corpus';
import { sameByline, sameDay } from '../../bench/compare';

export interface Check {
  page: string;
  field: string;
  expected: string | null;
  got: string | null;
  ok: boolean;
  /** Where the harvest read the value (PageMetadata.sources). */
  note?: string;
}

function readHtml(path: string): string {
  const bytes = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
}

/** Parse a page as the pipeline sees it (scripts off, CSS ignored), with Cloudflare e-mails decoded. */
export function loadPage(path: string, url: string): Document {
  const virtualConsole = new VirtualConsole();
  const doc = new JSDOM(readHtml(path), { url, virtualConsole }).window.document;
  decodeCfEmails(doc);
  return doc;
}

/** Names compared without case, accents, punctuation, "By", and with "and"/"&"/"," alike. */
export function sameNames(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) =>
    (s ?? '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/^\s*by\s+/, '')
      .replace(/\b(and|und|et)\b|&/g, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}

interface PostlightCase {
  domain: string;
  url: string;
  fixture: string;
  expected: { author?: string | null; date_published?: string | null };
}

export interface Score {
  checks: Check[];
  rate: (field: string) => { ok: number; total: number; rate: number };
}

function makeScore(checks: Check[]): Score {
  return {
    checks,
    rate(field) {
      const list = checks.filter((c) => c.field === field);
      const ok = list.filter((c) => c.ok).length;
      return { ok, total: list.length, rate: list.length ? ok / list.length : 0 };
    },
  };
}

/**
 * Postlight: author on the pages that expect one and date_published (day) on the pages that expect one, judged as
 * the bench judges them (bench/compare.ts sameByline, sameDay). Pages where Postlight expects nothing are not scored.
 */
export function scorePostlight(harvest = harvestMetadata): Score {
  const dir = join(CORPUS_DIR, 'postlight');
  const cases = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8')) as PostlightCase[];
  const checks: Check[] = [];
  for (const c of cases) {
    const path = join(dir, c.fixture);
    if (!existsSync(path)) continue;
    const url = c.url || `https://${c.domain}/`;
    const meta = harvest(loadPage(path, url), url);
    const author = c.expected.author ?? null;
    const note = JSON.stringify(meta.sources);
    if (author) {
      checks.push({ page: c.domain, field: 'author', expected: author, got: meta.byline, ok: sameByline(meta.byline, author), note });
    }
    const date = c.expected.date_published ?? null;
    if (date) checks.push({ page: c.domain, field: 'date', expected: date, got: meta.published, ok: sameDay(meta.published, date), note });
  }
  return makeScore(checks);
}

/** Fidelity labels: site, agency, byline, published (day); every page counts, null labels included. */
export function scoreFidelity(harvest = harvestMetadata, file = 'fidelity-dev.json'): Score {
  const labels = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels', file), 'utf8')) as FidelityLabel[];
  const checks: Check[] = [];
  for (const label of labels) {
    const meta: PageMetadata = harvest(loadPage(join(CORPUS_DIR, label.path), label.url), label.url);
    const page = new URL(label.url).hostname;
    const note = JSON.stringify(meta.sources);
    checks.push({ page, field: 'site', expected: label.site, got: meta.site, ok: sameNames(meta.site, label.site) && (meta.site === null) === (label.site === null), note });
    checks.push({ page, field: 'agency', expected: label.agency, got: meta.agency, ok: meta.agency === label.agency, note });
    checks.push({ page, field: 'byline', expected: label.byline, got: meta.byline, ok: sameNames(meta.byline, label.byline) && (meta.byline === null) === (label.byline === null), note });
    checks.push({ page, field: 'published', expected: label.published, got: meta.published, ok: label.published ? meta.published?.slice(0, 10) === label.published : meta.published === null, note });
  }
  return makeScore(checks);
}

interface ReadabilityExpected {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

/** Readability's expected metadata: byline, siteName, publishedTime (day), title, on pages where each is set. */
export function scoreReadability(harvest = harvestMetadata): Score {
  const dir = join(CORPUS_DIR, 'readability', 'pages');
  const checks: Check[] = [];
  for (const name of readdirSync(dir)) {
    const metaPath = join(dir, name, 'expected-metadata.json');
    const source = join(dir, name, 'source.html');
    if (!existsSync(metaPath) || !existsSync(source)) continue;
    const expected = JSON.parse(readFileSync(metaPath, 'utf8')) as ReadabilityExpected;
    const url = `http://fakehost/test/${name}.html`;
    const meta = harvest(loadPage(source, url), url);
    const note = JSON.stringify(meta.sources);
    if (expected.byline) checks.push({ page: name, field: 'byline', expected: expected.byline, got: meta.byline, ok: sameNames(meta.byline, expected.byline), note });
    if (expected.siteName) checks.push({ page: name, field: 'site', expected: expected.siteName, got: meta.site, ok: sameNames(meta.site, expected.siteName) });
    if (expected.publishedTime) checks.push({ page: name, field: 'published', expected: expected.publishedTime, got: meta.published, ok: sameDay(meta.published, expected.publishedTime) });
    if (expected.title) checks.push({ page: name, field: 'title', expected: expected.title, got: meta.title, ok: sameNames(meta.title, expected.title) });
  }
  return makeScore(checks);
}

/** Every corpus page (AEB, Postlight, Readability, defuddle) with a URL to read it as. */
export function corpusPages(): { path: string; url: string }[] {
  const pages: { path: string; url: string }[] = [];
  const truth = JSON.parse(readFileSync(join(CORPUS_DIR, 'aeb', 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  for (const [id, v] of Object.entries(truth)) {
    const path = join(CORPUS_DIR, 'aeb', 'html', `${id}.html.gz`);
    if (existsSync(path)) pages.push({ path, url: v.url });
  }
  for (const f of readdirSync(join(CORPUS_DIR, 'postlight', 'fixtures'))) {
    pages.push({ path: join(CORPUS_DIR, 'postlight', 'fixtures', f), url: `https://${f.replace(/\.html$/, '')}/` });
  }
  for (const d of readdirSync(join(CORPUS_DIR, 'readability', 'pages'))) {
    pages.push({ path: join(CORPUS_DIR, 'readability', 'pages', d, 'source.html'), url: `http://fakehost/test/${d}.html` });
  }
  const defuddle = join(CORPUS_DIR, 'defuddle', 'fixtures');
  if (existsSync(defuddle)) for (const f of readdirSync(defuddle)) pages.push({ path: join(defuddle, f), url: 'https://example.org/' });
  return pages;
}
