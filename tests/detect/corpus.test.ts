// Detection on the shared corpus: the hand-labelled dev pages, and the article pages of AEB and Postlight.
import { describe, expect, it } from 'vitest';
import { runDetection } from '../../bench/labels';
import type { PageKind } from '../../utils/article';
import { detectPage } from '../../utils/detect/detect';
import { CORPUS_DIR, corpusAvailable } from '../helpers/corpus';
import { aebPages, binaryScore, corpusDocument, detectDevLabels, NO_URL, postlightPages, readCorpusHtml } from './corpus-pages';

/** Targets for (news|article) vs other on detect-dev.json. */
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.95;
/** Of the pages both the label and the detector call articles, the share whose news/article kind agrees. */
const MIN_NEWS_ARTICLE_AGREEMENT = 0.85;
/** AEB pages are all articles. */
const MIN_AEB_NOT_OTHER = 0.97;
/** Postlight fixtures are mostly news; a few are tweets, videos, forum threads and pastes (other by design). */
const MIN_POSTLIGHT_NOT_OTHER = 0.85;
/** Reading and parsing hundreds of pages in jsdom takes a while on a shared machine. */
const CORPUS_TIMEOUT_MS = 600_000;

function detectFile(path: string, url: string | null): PageKind {
  return detectPage(corpusDocument(readCorpusHtml(path), url), url ?? NO_URL).kind;
}

describe.skipIf(!corpusAvailable('detection corpus test'))('detection on the corpus', () => {
  it(
    `detect-dev: precision >= ${MIN_PRECISION} at recall >= ${MIN_RECALL}, and news vs article mostly right`,
    () => {
      const labels = detectDevLabels();
      expect(labels.length).toBeGreaterThan(0);
      const pairs = labels.map((label) => ({ label, truth: label.kind, predicted: detectFile(label.path, label.url) }));
      const score = binaryScore(pairs);
      const wrong = pairs.filter((p) => p.truth !== p.predicted).map((p) => `${p.truth} -> ${p.predicted}: ${p.label.path}`);
      console.info(`[detect-dev] precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)}; wrong kind:\n  ${wrong.join('\n  ')}`);
      expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(score.recall).toBeGreaterThanOrEqual(MIN_RECALL);

      const both = pairs.filter((p) => p.truth !== 'other' && p.predicted !== 'other');
      const agree = both.filter((p) => p.truth === p.predicted).length;
      expect(agree / both.length).toBeGreaterThanOrEqual(MIN_NEWS_ARTICLE_AGREEMENT);
    },
    CORPUS_TIMEOUT_MS,
  );

  it(
    'the benchmark counts what detectPage answers on each dev page (same pages right, same pages wrong)',
    async () => {
      const pairs = detectDevLabels().map((label) => ({ label, truth: label.kind, predicted: detectFile(label.path, label.url) }));
      const { tp, fp, fn, tn } = binaryScore(pairs);
      const bench = await runDetection(CORPUS_DIR);
      expect(bench.broadsheet).toEqual({ tp, fp, fn, tn });
      const wrongHere = pairs.filter((p) => p.truth !== p.predicted).map((p) => `detect ${p.label.path}: got ${p.predicted} want ${p.truth}`);
      expect([...bench.misses].sort()).toEqual(wrongHere.sort());
    },
    CORPUS_TIMEOUT_MS,
  );

  it(
    `AEB pages (all articles) are not other in >= ${MIN_AEB_NOT_OTHER * 100}% of cases`,
    () => {
      const pages = aebPages();
      expect(pages.length).toBeGreaterThan(0);
      const other = pages.filter((p) => detectFile(p.path, p.url) === 'other');
      const share = 1 - other.length / pages.length;
      console.info(`[AEB] not-other ${share.toFixed(3)}; other: ${other.map((p) => p.url ?? p.path).join(', ')}`);
      expect(share).toBeGreaterThanOrEqual(MIN_AEB_NOT_OTHER);
    },
    CORPUS_TIMEOUT_MS,
  );

  it(
    `Postlight fixtures are not other in >= ${MIN_POSTLIGHT_NOT_OTHER * 100}% of cases`,
    () => {
      const pages = postlightPages();
      expect(pages.length).toBeGreaterThan(0);
      const other = pages.filter((p) => detectFile(p.path, p.url) === 'other');
      const share = 1 - other.length / pages.length;
      console.info(`[Postlight] not-other ${share.toFixed(3)}; other: ${other.map((p) => p.path.replace(/^.*\//, '')).join(', ')}`);
      expect(share).toBeGreaterThanOrEqual(MIN_POSTLIGHT_NOT_OTHER);
    },
    CORPUS_TIMEOUT_MS,
  );
});
