import type { PipelineResult } from './article';
import { finishArticle } from './finish';
import { preparePage, type PrepareOptions } from './prepare';

// The whole reading pipeline on one document, for the command line, the benchmark and the tests. The extension
// runs the same two halves in two places: prepare.ts in the tab, finish.ts in the view that shows the Article.

export interface PipelineOptions extends PrepareOptions {
  /**
   * Sanitizer for the Article's html, for callers that hand the HTML on as is (command line, benchmark), given a
   * window of the page's (DOMPurify needs a DOM implementation). The extension passes none: its views sanitize in
   * their own document right before display.
   */
  sanitize?: (html: string, win: Window) => string;
}

/**
 * Detect, harvest, strip ads, extract, post-clean, assemble. Pure: no browser.* API, and the given document is
 * never modified (the work happens on a clone) unless the caller hands it over with `consumeDocument`.
 */
export function runPipeline(doc: Document, url: string, options: PipelineOptions = {}): PipelineResult {
  const prepared = preparePage(doc, url, options);
  if (!prepared.ok) return prepared.result;
  // A clone made by cloneNode has no window of its own; the page's serves.
  const win = prepared.doc.defaultView ?? doc.defaultView;
  const { sanitize } = options;
  const finishOptions = sanitize && win ? { sanitize: (html: string) => sanitize(html, win as Window) } : {};
  return finishArticle(prepared.doc, prepared.harvest, prepared.detection, url, prepared.timingsMs, finishOptions);
}
