import { describe, expect, it } from 'vitest';
import { harvestSeeAlso } from '../../utils/related/see-also';
import { pageKey } from '../../utils/related/url';
import { corpusAvailable } from '../helpers/corpus';
import { fidelityLabels, loadFidelityPage } from '../media/fidelity-pages';

/** Targets from the brief: See Also recall >= 0.8 at precision >= 0.9, hrefs compared after normalizing. */
const MIN_RECALL = 0.8;
const MIN_PRECISION = 0.9;

describe.runIf(corpusAvailable('See Also corpus test'))('See Also on the labelled fidelity pages', () => {
  it(`finds >= ${MIN_RECALL * 100}% of the labelled links at >= ${MIN_PRECISION * 100}% precision`, () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const notes: string[] = [];
    for (const label of fidelityLabels()) {
      const doc = loadFidelityPage(label);
      const got = new Set(harvestSeeAlso(doc, label.url).links.map((l) => pageKey(l.href)));
      const want = new Set((label.seeAlso ?? []).map((l) => pageKey(l.href)));
      const hit = [...got].filter((h) => want.has(h)).length;
      tp += hit;
      fp += got.size - hit;
      fn += want.size - hit;
      if (hit !== got.size || hit !== want.size) notes.push(`${label.url}: got ${got.size}, want ${want.size}, shared ${hit}`);
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.info(`[fidelity] See Also: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    if (notes.length) console.info(notes.join('\n'));
    expect(tp + fn).toBeGreaterThan(20);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
