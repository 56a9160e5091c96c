import { describe, expect, it } from 'vitest';
import { harvestLeadImage } from '../../utils/media/lead-image';
import { harvestMetadata } from '../../utils/metadata/metadata';
import { corpusAvailable } from '../helpers/corpus';
import { fidelityLabels, loadFidelityPage, norm } from './fidelity-pages';

/** Targets from the brief: caption and credit right on at least 90% of the labelled pages. */
const MIN_CAPTION_CREDIT = 0.9;
/** The lead photo itself should be found on nearly every labelled page. */
const MIN_SRC = 0.9;

describe.runIf(corpusAvailable('lead image corpus test'))('lead image on the labelled fidelity pages', () => {
  it(`gets caption and credit right on >= ${MIN_CAPTION_CREDIT * 100}% of pages`, () => {
    const labelled = fidelityLabels().filter((l) => l.leadImage !== undefined);
    expect(labelled.length).toBeGreaterThan(10);
    let src = 0;
    let captionOk = 0;
    let creditOk = 0;
    const misses: string[] = [];
    for (const label of labelled) {
      const doc = loadFidelityPage(label);
      const { image } = harvestLeadImage(doc, label.url, harvestMetadata(doc, label.url));
      const want = label.leadImage;
      if (want === null || want === undefined) {
        const ok = image === null;
        src += ok ? 1 : 0;
        captionOk += ok ? 1 : 0;
        creditOk += ok ? 1 : 0;
        continue;
      }
      if (image?.src.includes(want.srcContains)) src += 1;
      const cap = norm(image?.caption) === norm(want.caption);
      const cred = norm(image?.credit) === norm(want.credit);
      captionOk += cap ? 1 : 0;
      creditOk += cred ? 1 : 0;
      if (!cap || !cred) misses.push(`${label.url}: ${JSON.stringify(image?.caption)} / ${JSON.stringify(image?.credit)}`);
    }
    const n = labelled.length;
    console.info(`[fidelity] lead image: src ${src}/${n}, caption ${captionOk}/${n}, credit ${creditOk}/${n}`);
    if (misses.length) console.info(misses.join('\n'));
    expect(src / n).toBeGreaterThanOrEqual(MIN_SRC);
    expect(captionOk / n).toBeGreaterThanOrEqual(MIN_CAPTION_CREDIT);
    expect(creditOk / n).toBeGreaterThanOrEqual(MIN_CAPTION_CREDIT);
  });
});
