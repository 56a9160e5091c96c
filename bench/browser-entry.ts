// Runs inside Chromium, bundled by bench/browser-speed.ts: the extractors on the browser's own DOM, timed with its
// own clock, as users run Broadsheet. The page is parsed with DOMParser (inert: no script runs, nothing loads).
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import artifact from '../utils/ads/data/easylist-cosmetic.bin.gz';
import { adSelectorsFor, engineFromGzip, surveyPage, type CosmeticEngine } from '../utils/ads/engine';
import { runPipeline } from '../utils/pipeline';
import { BROWSER_BENCH_GLOBAL, type TimePage } from './browser-api';
import type { ExtractorName } from './extractors';
import { rotation } from './rotation';
import { median } from './stats';

const EXTRACTORS: readonly ExtractorName[] = ['Broadsheet', 'Readability', 'Defuddle'];

interface Answer {
  failure: string | null;
  title: string | null;
  textChars: number;
}
const noArticle = (failure: string): Answer => ({ failure, title: null, textChars: 0 });

/**
 * The committed EasyList engine, embedded in the bundle and deserialized once, before any clock starts. Its
 * lookups remember hosts and selectors across calls, as the extension's long-lived background engine does.
 */
let engine: Promise<CosmeticEngine> | null = null;

/** Broadsheet as the extension runs a page: both halves, ad selectors looked up in EasyList with the narrowed copy. */
function broadsheet(copy: Document, url: string, filters: CosmeticEngine): Answer {
  const result = runPipeline(copy, url, {
    force: true,
    consumeDocument: true,
    adSelectors: (narrowed) => adSelectorsFor(filters, surveyPage(narrowed), url),
  });
  const article = result.article;
  return article ? { failure: null, title: article.title || null, textChars: article.text.length } : noArticle(result.reason ?? 'no article');
}

/** Plain Readability, the element itself as content (as bench/extractors.ts runReadability). */
function readability(copy: Document): Answer {
  const parsed = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  return parsed ? { failure: null, title: parsed.title ?? null, textChars: parsed.textContent?.length ?? 0 } : noArticle('no article');
}

/**
 * Defuddle's browser build (the package's main entry), called synchronously as in a browser extension; no network
 * (useAsync off), as in the jsdom rows.
 */
function defuddle(copy: Document, url: string): Answer {
  const response = new Defuddle(copy, { url, useAsync: false }).parse();
  const chars = response.content?.length ?? 0;
  return chars ? { failure: null, title: response.title || null, textChars: chars } : noArticle('no article');
}

/** One extractor on a fresh copy, timed; the copy is made before the clock starts (answers are strings by then). */
function timeOne(name: ExtractorName, doc: Document, url: string, filters: CosmeticEngine): { ms: number; answer: Answer } {
  const copy = doc.cloneNode(true) as Document;
  const start = performance.now();
  let answer: Answer;
  try {
    if (name === 'Broadsheet') answer = broadsheet(copy, url, filters);
    else if (name === 'Readability') answer = readability(copy);
    else answer = defuddle(copy, url);
  } catch (error) {
    answer = noArticle(`threw: ${(error as Error).message}`);
  }
  return { ms: performance.now() - start, answer };
}

/**
 * Each repetition runs every extractor once, in an order rotated from the previous one (each goes first as often
 * as the others); a page's time is the median of its repetitions.
 */
const rotated = rotation();
const timePage: TimePage = async (html, url, repetitions) => {
  const filters = await (engine ??= engineFromGzip(artifact));
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const samples = new Map<ExtractorName, number[]>(EXTRACTORS.map((name) => [name, []]));
  const answers = new Map<ExtractorName, Answer>();
  for (let i = 0; i < repetitions; i++) {
    for (const name of rotated(EXTRACTORS)) {
      const { ms, answer } = timeOne(name, doc, url, filters);
      samples.get(name)!.push(ms);
      answers.set(name, answer);
    }
  }
  return EXTRACTORS.map((extractor) => ({
    extractor,
    ms: median(samples.get(extractor)!),
    samplesMs: samples.get(extractor)!,
    ...answers.get(extractor)!,
  }));
};

(globalThis as Record<string, unknown>)[BROWSER_BENCH_GLOBAL] = timePage;
