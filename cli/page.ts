import { JSDOM } from 'jsdom';
import type { PipelineResult } from '../utils/article';
import { adSelectorsFor, surveyPage, type CosmeticEngine } from '../utils/ads/engine';
import { loadBundledEngine } from '../utils/ads/engine-node';
import { runPipeline, type PipelineOptions } from '../utils/pipeline';
import { sanitizeHtml } from '../utils/sanitize';

let engine: CosmeticEngine | null = null;
/** The EasyList engine, deserialized once per process. */
export function filterEngine(): CosmeticEngine {
  engine ??= loadBundledEngine();
  return engine;
}

type PassOptions = Omit<PipelineOptions, 'adSelectors' | 'sanitize'>;

/** The ad selectors for a page (its copy, narrowed to the story): its classes, ids and links looked up in EasyList. */
function adSelectorsForPage(url: string): (copy: Document) => string[] {
  return (copy) => adSelectorsFor(filterEngine(), surveyPage(copy), url);
}

/**
 * What the extension's extraction script does to a tab, ad filters included: the Article's html is not yet
 * sanitized (the view sanitizes it in its own document, right before display).
 */
export function extractDocument(doc: Document, url: string, options: PassOptions = {}): PipelineResult {
  return runPipeline(doc, url, { ...options, adSelectors: adSelectorsForPage(url) });
}

/** The whole Broadsheet pass for callers that hand the HTML on as is (command line, tests): sanitized. */
export function cleanDocument(doc: Document, url: string, options: PassOptions = {}): PipelineResult {
  return runPipeline(doc, url, { ...options, adSelectors: adSelectorsForPage(url), sanitize: sanitizeHtml });
}

/** Parse HTML as a page at `url` (jsdom: DOMPurify needs a real DOM implementation). Scripts never run. */
export function parseHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}
