// Where the shared test corpus lives and how its files are read. Read-only: the project commits none of it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The corpus folder: an explicit path, else $BROADSHEET_CORPUS, else ../shared/corpus beside the checkout. */
export function corpusDir(explicit?: string): string {
  return resolve(explicit ?? process.env.BROADSHEET_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus'));
}

export function corpusPresent(dir: string): boolean {
  return existsSync(join(dir, 'aeb', 'ground-truth.json'));
}

/**
 * A label's page address as a browser would take it: protocol-relative ones ("//host/path") get https, and an
 * address that does not parse is replaced by `fallback` (jsdom refuses to open a page at an invalid address).
 */
export function pageUrl(raw: string | null | undefined, fallback: string): string {
  const value = raw?.trim() ?? '';
  const candidate = value.startsWith('//') ? `https:${value}` : value;
  try {
    return new URL(candidate).href;
  } catch {
    return fallback;
  }
}

/**
 * The address of a corpus page that states none (or an unusable one): its file's own, as a tab shows a saved page.
 * Pages then read their canonical address as they would live; a made-up web address would read as a home page.
 */
export function savedPageUrl(path: string): string {
  return pathToFileURL(path).href;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Read an HTML file of the corpus, gunzipping `.gz` files. */
export function readHtml(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export interface AebPage {
  id: string;
  url: string;
  /** The benchmark's expected article text. */
  articleBody: string;
  path: string;
}

export function aebPages(dir: string): AebPage[] {
  const truth = readJson<Record<string, { articleBody: string; url: string }>>(join(dir, 'aeb', 'ground-truth.json'));
  return Object.entries(truth)
    .map(([id, { articleBody, url }]) => {
      const path = join(dir, 'aeb', 'html', `${id}.html.gz`);
      return { id, url: pageUrl(url, savedPageUrl(path)), articleBody, path };
    })
    .filter((page) => existsSync(page.path))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Postlight's expectations per fixture; null or absent fields are not expected. */
export interface PostlightCase {
  domain: string;
  url: string;
  path: string;
  expected: {
    title?: string | null;
    author?: string | null;
    date_published?: string | null;
    lead_image_url?: string | null;
  };
}

export function postlightCases(dir: string): PostlightCase[] {
  const list = readJson<{ domain: string; url: string | null; fixture: string; expected: PostlightCase['expected'] }[]>(
    join(dir, 'postlight', 'expectations.json'),
  );
  return list
    .map(({ domain, url, fixture, expected }) => ({
      domain,
      // A few fixtures have no recorded address: the site's home page stands in for it.
      url: pageUrl(url, `https://${domain}/`),
      expected,
      path: join(dir, 'postlight', fixture),
    }))
    .filter((c) => existsSync(c.path));
}

export interface ReadabilityCase {
  name: string;
  path: string;
  /** Readability's test pages carry no address: the one Readability's own tests give them. */
  url: string;
  expected: { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null };
}

/** The address Readability's own test suite gives every one of its test pages. */
export const READABILITY_PAGE_URL = 'http://fakehost/test/page.html';

export function readabilityCases(dir: string): ReadabilityCase[] {
  const root = join(dir, 'readability', 'pages');
  return readdirSync(root)
    .sort()
    .map((name) => ({ name, path: join(root, name, 'source.html'), meta: join(root, name, 'expected-metadata.json') }))
    .filter((c) => existsSync(c.path) && existsSync(c.meta))
    .map(({ name, path, meta }) => ({ name, path, url: READABILITY_PAGE_URL, expected: readJson(meta) }));
}

/** One hand-checked page of labels/fidelity-dev.json (see labels/README.md). */
export interface FidelityLabel {
  corpus: string;
  path: string;
  url: string;
  site: string | null;
  agency: string | null;
  byline: string | null;
  published: string | null;
  /** null: no lead photo; absent: a video or gallery, not labelled. */
  leadImage?: { srcContains: string; caption: string | null; credit: string | null } | null;
  seeAlso: { href: string; title: string }[];
  seeAlsoHeading: string | null;
  mustContain: string[];
  mustNotContain: string[];
}

export interface DetectLabel {
  corpus: string;
  path: string;
  url: string;
  kind: 'news' | 'article' | 'other';
}

export function fidelityLabels(dir: string): FidelityLabel[] {
  const labels = readJson<FidelityLabel[]>(join(dir, 'labels', 'fidelity-dev.json'));
  return labels.map((label) => ({ ...label, url: pageUrl(label.url, savedPageUrl(labelPath(dir, label))) }));
}

export function detectLabels(dir: string): DetectLabel[] {
  const labels = readJson<DetectLabel[]>(join(dir, 'labels', 'detect-dev.json'));
  return labels.map((label) => ({ ...label, url: pageUrl(label.url, savedPageUrl(labelPath(dir, label))) }));
}

/** The absolute path of a label's page (`path` is relative to the corpus). */
export function labelPath(dir: string, label: { path: string }): string {
  return join(dir, label.path);
}

/** A corpus page that is an article, with the address to give it. */
export interface ArticlePage {
  set: 'aeb' | 'postlight' | 'readability';
  name: string;
  path: string;
  url: string;
}

/** The Postlight fixtures and Readability's test pages (the AEB pages come with their scores: see aebPages). */
export function otherArticlePages(dir: string): ArticlePage[] {
  return [
    ...postlightCases(dir).map((c) => ({ set: 'postlight' as const, name: c.domain, path: c.path, url: c.url })),
    ...readabilityCases(dir).map((c) => ({ set: 'readability' as const, name: c.name, path: c.path, url: c.url })),
  ];
}
