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

/** The whole Broadsheet pass over a parsed document, ad filters included: what the extension does to a tab. */
export function cleanDocument(doc: Document, url: string, options: Omit<PipelineOptions, 'adSelectors' | 'sanitize'> = {}): PipelineResult {
  const adSelectors = adSelectorsFor(filterEngine(), surveyPage(doc), url);
  return runPipeline(doc, url, { ...options, adSelectors, sanitize: sanitizeHtml });
}

/** Parse HTML as a page at `url` (jsdom: DOMPurify needs a real DOM implementation). Scripts never run. */
export function parseHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}
