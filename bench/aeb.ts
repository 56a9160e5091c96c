// Section 1: the article-extraction benchmark (AEB), every extractor on the same parsed pages.
import { adLabelLines } from './ad-lines';
import { scorePage, summarize, type AebSummary, type PageScore } from './aeb-score';
import { aebPages, type AebPage } from './corpus';
import type { ExtractorName } from './extractors';
import { runPage } from './pages';
import { median, p95 } from './stats';

export interface AebPageResult {
  id: string;
  url: string;
  extractor: ExtractorName;
  score: PageScore;
  ms: number;
  /** Broadsheet: sanitizing for display, timed apart from `ms`; null for the peers. */
  sanitizeMs: number | null;
  adLines: string[];
  failure: string | null;
}

export interface AebExtractorSummary extends AebSummary {
  extractor: ExtractorName;
  /** Pages whose extracted text still holds at least one ad-label line. */
  adLabelPages: number;
  failures: number;
  medianMs: number;
  p95Ms: number;
  /** Median of extraction + sanitizing for display, per page; NaN for extractors that do not sanitize. */
  medianWithSanitizeMs: number;
}

/** Every AEB page is an article: Broadsheet is asked to extract whatever its detection says. */
const AEB_FORCE = true;

/** Score the chosen extractors on every AEB page (the page URL from ground-truth.json is the page's address). */
export async function runAeb(
  dir: string,
  extractors: readonly ExtractorName[],
  onPage?: (page: AebPage, index: number, total: number) => void,
): Promise<AebPageResult[]> {
  const pages = aebPages(dir);
  const results: AebPageResult[] = [];
  for (const [index, page] of pages.entries()) {
    onPage?.(page, index, pages.length);
    const { extractions } = await runPage({ path: page.path, url: page.url, extractors, force: AEB_FORCE });
    for (const [extractor, got] of extractions) {
      results.push({
        id: page.id,
        url: page.url,
        extractor,
        score: scorePage(page.articleBody, got.text),
        ms: got.ms,
        sanitizeMs: got.sanitizeMs,
        adLines: adLabelLines(got.lines),
        failure: got.failure,
      });
    }
  }
  return results;
}

export function summarizeAeb(results: readonly AebPageResult[], extractor: ExtractorName): AebExtractorSummary {
  const mine = results.filter((r) => r.extractor === extractor);
  const times = mine.map((r) => r.ms);
  return {
    extractor,
    ...summarize(mine.map((r) => r.score)),
    adLabelPages: mine.filter((r) => r.adLines.length > 0).length,
    failures: mine.filter((r) => r.failure !== null).length,
    medianMs: median(times),
    p95Ms: p95(times),
    medianWithSanitizeMs: mine.every((r) => r.sanitizeMs !== null)
      ? median(mine.map((r) => r.ms + r.sanitizeMs!))
      : Number.NaN,
  };
}
