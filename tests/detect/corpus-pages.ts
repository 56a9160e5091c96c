// Loading the detection corpus: labelled dev pages, the AEB pages and the Postlight fixtures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { PageKind } from '../../utils/article';
import { CORPUS_DIR } from '../helpers/corpus';

export interface LabelledPage {
  path: string;
  url: string | null;
  kind: PageKind;
  why: string;
}

/** The URL given to the detector for a page whose label has none: unknown (a saved file). */
export const NO_URL = 'about:blank';

export function readCorpusHtml(relPath: string): string {
  const buf = readFileSync(join(CORPUS_DIR, relPath));
  return (relPath.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/** A jsdom Document for a corpus page; page scripts do not run and console noise is dropped. */
export function corpusDocument(html: string, url: string | null): Document {
  let pageUrl = NO_URL;
  if (url) pageUrl = url.startsWith('//') ? `https:${url}` : url;
  return new JSDOM(html, { url: pageUrl, virtualConsole: new VirtualConsole() }).window.document;
}

export function detectDevLabels(): LabelledPage[] {
  const file = join(CORPUS_DIR, 'labels/detect-dev.json');
  return JSON.parse(readFileSync(file, 'utf8')) as LabelledPage[];
}

/** AEB pages (all articles) with their URLs from the ground truth. */
export function aebPages(): { path: string; url: string | null }[] {
  const dir = join(CORPUS_DIR, 'aeb/html');
  if (!existsSync(dir)) return [];
  const truth = JSON.parse(readFileSync(join(CORPUS_DIR, 'aeb/ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => ({ path: `aeb/html/${f}`, url: truth[f.replace(/\.html\.gz$/, '')]?.url ?? null }));
}

/** Postlight parser fixtures (news sites mostly), with the URL from expectations.json when it has one. */
export function postlightPages(): { path: string; url: string | null }[] {
  const dir = join(CORPUS_DIR, 'postlight/fixtures');
  if (!existsSync(dir)) return [];
  const urls = new Map<string, string>();
  try {
    const list = JSON.parse(readFileSync(join(CORPUS_DIR, 'postlight/expectations.json'), 'utf8')) as { fixture?: string; url?: string }[];
    for (const e of list) if (e.fixture && e.url) urls.set(e.fixture.replace(/^.*\//, ''), e.url);
  } catch {
    // No expectations file: the fixtures are judged without their URL.
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ path: `postlight/fixtures/${f}`, url: urls.get(f) ?? null }));
}

export interface BinaryScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

/** (news|article) vs other. */
export function binaryScore(pairs: { truth: PageKind; predicted: PageKind }[]): BinaryScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { truth, predicted } of pairs) {
    const t = truth !== 'other';
    const p = predicted !== 'other';
    if (t && p) tp++;
    else if (!t && p) fp++;
    else if (t && !p) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}
