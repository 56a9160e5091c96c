// The quality floor on the shared corpus: Broadsheet's AEB F1, and no ad-label line left in any clean text.
// Slow (every corpus page through the whole pipeline); skipped with a notice when the corpus is absent.
import { beforeAll, describe, expect, it } from 'vitest';
import { adLabelLines } from '../../bench/ad-lines';
import { runAeb, summarizeAeb, type AebExtractorSummary } from '../../bench/aeb';
import { otherArticlePages } from '../../bench/corpus';
import { runPage } from '../../bench/pages';
import { CORPUS_DIR, corpusAvailable } from '../helpers/corpus';

/** Broadsheet must beat Readability's 0.947 on the AEB pages by this much at least. */
const AEB_F1_FLOOR = 0.955;
/** Pages (of all corpus article pages) whose clean text may still hold an ad-label line. */
const MAX_AD_LABEL_PAGES = 0;
/** Every corpus page through the pipeline takes minutes on a loaded 2-core machine. */
const CORPUS_RUN_MS = 30 * 60_000;

const available = corpusAvailable('corpus quality floor (AEB F1, ad-label lines)');

describe.skipIf(!available)('corpus quality floor', () => {
  let aeb: AebExtractorSummary;
  const adLabelPages: string[] = [];

  beforeAll(async () => {
    const results = await runAeb(CORPUS_DIR, ['Broadsheet']);
    aeb = summarizeAeb(results, 'Broadsheet');
    for (const r of results) if (r.adLines.length) adLabelPages.push(`aeb/${r.id.slice(0, 12)}: ${JSON.stringify(r.adLines)}`);
    for (const page of otherArticlePages(CORPUS_DIR)) {
      const run = await runPage({ path: page.path, url: page.url, extractors: ['Broadsheet'], force: true });
      const lines = adLabelLines(run.extractions.get('Broadsheet')!.lines);
      if (lines.length) adLabelPages.push(`${page.set}/${page.name}: ${JSON.stringify(lines)}`);
    }
    console.info(
      `[corpus] AEB ${aeb.pages} pages: F1 ${aeb.f1.toFixed(3)} P ${aeb.precision.toFixed(3)} R ${aeb.recall.toFixed(3)}, ` +
        `${aeb.failures} without article; ${adLabelPages.length} pages with an ad-label line`,
    );
  }, CORPUS_RUN_MS);

  it(`scores AEB F1 >= ${AEB_F1_FLOOR}`, () => {
    expect(aeb.pages).toBeGreaterThan(0);
    expect(aeb.f1).toBeGreaterThanOrEqual(AEB_F1_FLOOR);
  });

  it('leaves no ad-label line in the clean text of any corpus article page', () => {
    expect(adLabelPages.slice(0, 20), `${adLabelPages.length} pages`).toHaveLength(MAX_AD_LABEL_PAGES);
  });
});
