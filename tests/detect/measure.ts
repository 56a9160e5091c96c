// Measure detection on the corpus: `npx tsx tests/detect/measure.ts [--verbose]`.
// Prints precision/recall of (news|article) vs other on detect-dev.json next to Readability's isProbablyReaderable,
// news-vs-article agreement, the not-other share on AEB and Postlight pages, and the median time per page.
import { isProbablyReaderable } from '@mozilla/readability';
import type { PageKind } from '../../utils/article';
import { detectPage } from '../../utils/detect/detect';
import { aebPages, binaryScore, corpusDocument, detectDevLabels, NO_URL, postlightPages, readCorpusHtml } from './corpus-pages';

const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : 0;
}

const detectMs: number[] = [];
const readerableMs: number[] = [];

/** Each check runs on its own freshly parsed document: jsdom caches lookups, so a second run on the same one is cheaper. */
function judge(path: string, url: string | null) {
  const html = readCorpusHtml(path);
  const doc = corpusDocument(html, url);
  let t = performance.now();
  const detection = detectPage(doc, url ?? NO_URL);
  detectMs.push(performance.now() - t);
  const other = corpusDocument(html, url);
  t = performance.now();
  const readerable = isProbablyReaderable(other);
  readerableMs.push(performance.now() - t);
  return { detection, readerable };
}

const dev: { truth: PageKind; predicted: PageKind; readerable: PageKind }[] = [];
let newsArticleRight = 0;
let newsArticleTotal = 0;
for (const label of detectDevLabels()) {
  if (only && !label.path.includes(only)) continue;
  const { detection, readerable } = judge(label.path, label.url);
  dev.push({ truth: label.kind, predicted: detection.kind, readerable: readerable ? 'article' : 'other' });
  if (label.kind !== 'other' && detection.kind !== 'other') {
    newsArticleTotal++;
    if (label.kind === detection.kind) newsArticleRight++;
  }
  const wrong = label.kind !== detection.kind;
  if (verbose || wrong) {
    const sig = detection.signals.map((s) => `${s.name}${s.weight >= 0 ? '+' : ''}${s.weight}`).join(' ');
    console.log(`${wrong ? 'XX' : 'ok'} ${label.kind.padEnd(7)} -> ${detection.kind.padEnd(7)} ${detection.score.toFixed(1).padStart(5)}  ${label.path.slice(0, 70)}\n      ${sig}`);
  }
}
const mine = binaryScore(dev.map(({ truth, predicted }) => ({ truth, predicted })));
const theirs = binaryScore(dev.map(({ truth, readerable }) => ({ truth, predicted: readerable })));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`\ndetect-dev (${dev.length} pages): precision ${pct(mine.precision)} recall ${pct(mine.recall)}  (tp ${mine.tp} fp ${mine.fp} fn ${mine.fn} tn ${mine.tn})`);
console.log(`isProbablyReaderable:        precision ${pct(theirs.precision)} recall ${pct(theirs.recall)}  (tp ${theirs.tp} fp ${theirs.fp} fn ${theirs.fn} tn ${theirs.tn})`);
console.log(`news vs article right on ${newsArticleRight}/${newsArticleTotal} pages both call articles`);

if (!only) {
  for (const [name, pages] of [['AEB', aebPages()], ['Postlight', postlightPages()]] as const) {
    const kinds: Record<PageKind, number> = { news: 0, article: 0, other: 0 };
    let readerableYes = 0;
    for (const page of pages) {
      const { detection, readerable } = judge(page.path, page.url);
      kinds[detection.kind]++;
      if (readerable) readerableYes++;
      if (detection.kind === 'other' && (verbose || process.argv.includes('--misses'))) {
        console.log(`  other: ${detection.score.toFixed(1)} ${page.path.slice(0, 60)} ${page.url ?? ''}\n      ${detection.signals.map((s) => `${s.name}${s.weight >= 0 ? '+' : ''}${s.weight}`).join(' ')}`);
      }
    }
    const n = pages.length;
    console.log(`${name} (${n}): not-other ${pct((kinds.news + kinds.article) / Math.max(1, n))} (news ${kinds.news}, article ${kinds.article}, other ${kinds.other}); isProbablyReaderable ${pct(readerableYes / Math.max(1, n))}`);
  }
}
console.log(`median ms/page: detectPage ${median(detectMs).toFixed(2)}, isProbablyReaderable ${median(readerableMs).toFixed(2)} (${detectMs.length} pages, jsdom)`);
