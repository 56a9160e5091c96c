// `npm run bench [corpus-dir] [--verbose]`: Broadsheet beside Readability and Defuddle on the shared corpus, all
// measured in this one run on the same parsed pages, printed as ONE plain-text table (progress goes to stderr).
// The corpus defaults to ../shared/corpus beside the checkout; an argument or $BROADSHEET_CORPUS overrides it.
import { relative } from 'node:path';
import { runAeb, summarizeAeb, type AebExtractorSummary } from './aeb';
import { BROWSER_REPETITIONS, chromiumPresent, NO_CHROMIUM, runBrowserSpeed, type BrowserSpeed } from './browser-speed';
import { CONTENT_SCRIPT_BUDGET_BYTES, formatKiB, NOT_BUILT, NOT_MEASURED, readBundleSizes, readPopupTiming } from './build-info';
import { aebPages, corpusDir, corpusPresent, type AebPage } from './corpus';
import { EXTRACTORS, type ExtractorName } from './extractors';
import { precisionRecall, runDetection, runFidelity, type FidelityField } from './labels';
import { runMetadata, type MetaField, type MetaScores } from './metadata';
import { measurePageShapes } from './page-shapes';
import { slowestSteps, stepTotals } from './pages';
import { runPipeline } from '../utils/pipeline';
import { MAX_DEPTH, MAX_ELEMENTS } from '../utils/prepare';
import { formatMs, formatRatio, formatTally, median, p95, type Tally } from './stats';
import { NONE, renderTable, type TableRow } from './table';

/** How many of the slowest steps --verbose lists. */
const SLOWEST_SHOWN = 12;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = corpusDir(args.find((a) => !a.startsWith('--')));
if (!corpusPresent(dir)) {
  console.error(`bench: no corpus at ${dir} (pass its path, or set BROADSHEET_CORPUS)`);
  process.exit(2);
}

const started = performance.now();
const progress = (message: string) => {
  const totals = Object.entries(stepTotals())
    .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(0)}s`)
    .join(', ');
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)}s] ${message}  (so far: ${totals})\n`);
};
const rows: TableRow[] = [];
/** "34.2 (1.62x)": a time and its ratio to a reference, or "-" when not measured. */
const withRatio = (ms: number, reference: number) =>
  Number.isFinite(ms) ? `${formatMs(ms)} (${(ms / reference).toFixed(2)}x)` : NONE;
const cells = (f: (name: ExtractorName) => string) => EXTRACTORS.map(f);

// 1. AEB
progress('AEB: 181 pages x 3 extractors');
const aeb = await runAeb(dir, EXTRACTORS, (_p, i, n) => {
  if (i % 30 === 0) progress(`AEB page ${i + 1}/${n}`);
});
const summaries = new Map<ExtractorName, AebExtractorSummary>(EXTRACTORS.map((name) => [name, summarizeAeb(aeb, name)]));
const s = (name: ExtractorName) => summaries.get(name)!;
const readabilityMedian = s('Readability').medianMs;
rows.push(
  { section: `AEB: ${s('Broadsheet').pages} article pages (Broadsheet with force)` },
  { label: 'F1', cells: cells((n) => formatRatio(s(n).f1)) },
  { label: 'precision', cells: cells((n) => formatRatio(s(n).precision)) },
  { label: 'recall', cells: cells((n) => formatRatio(s(n).recall)) },
  { label: 'pages with an ad-label line in the text', cells: cells((n) => String(s(n).adLabelPages)) },
  { label: 'pages with no article / errors', cells: cells((n) => String(s(n).failures)) },
  { label: 'extraction ms per page, median', cells: cells((n) => formatMs(s(n).medianMs)) },
  { label: 'extraction ms per page, p95', cells: cells((n) => formatMs(s(n).p95Ms)) },
  { label: "median / Readability's median", cells: cells((n) => `${(s(n).medianMs / readabilityMedian).toFixed(2)}x`) },
  {
    label: 'with sanitizing for display (DOMPurify), median',
    cells: cells((n) => withRatio(s(n).medianWithSanitizeMs, readabilityMedian)),
  },
);

// 1b. The same pages in headless Chromium, where users run Broadsheet (native DOM: a different cost profile)
const chromiumPages = aebPages(dir);
progress(`AEB in Chromium: ${chromiumPages.length} pages x 3 extractors x ${BROWSER_REPETITIONS} runs`);
rows.push(...(await chromiumRows(chromiumPages)));

/**
 * The Chromium rows (a page's time is the median of its BROWSER_REPETITIONS runs): the median page with its ratio
 * to Readability's, the p95 page, the pages without an article. n/a in Broadsheet's cells when there is no
 * Chromium or it failed (the rest of the bench goes on).
 */
async function chromiumRows(pages: readonly AebPage[]): Promise<TableRow[]> {
  const labels = ['in Chromium: extraction ms per page, median', 'in Chromium: extraction ms per page, p95', 'in Chromium: pages with no article / errors'];
  let unavailable = chromiumPresent() ? null : NO_CHROMIUM;
  let speed: BrowserSpeed = new Map();
  if (!unavailable) {
    try {
      speed = await runBrowserSpeed(pages, (i, n) => {
        if (i % 30 === 0) progress(`Chromium page ${i + 1}/${n}`);
      });
    } catch (error) {
      console.error(`bench: the Chromium rows failed: ${(error as Error).stack ?? error}`);
      unavailable = 'n/a (Chromium run failed: see stderr)';
    }
  }
  if (unavailable) return labels.map((label) => ({ label, cells: [unavailable, NONE, NONE] }));
  const times = (n: ExtractorName) => (speed.get(n) ?? []).map((r) => r.ms);
  const reference = median(times('Readability'));
  return [
    { label: labels[0]!, cells: cells((n) => withRatio(median(times(n)), reference)) },
    { label: labels[1]!, cells: cells((n) => formatMs(p95(times(n)))) },
    { label: labels[2]!, cells: cells((n) => (speed.has(n) ? String(speed.get(n)!.filter((r) => r.failure !== null).length) : NONE)) },
  ];
}

// 2. Metadata
progress('Metadata: Postlight fixtures and Readability pages');
const meta = await runMetadata(dir, EXTRACTORS);
const FIELD_NAMES: Record<MetaField, string> = {
  title: 'title exact',
  byline: 'author/byline exact',
  date: 'date, same day',
  leadImage: 'lead image, same image',
  site: 'site name exact',
};
const metaRows = (scores: MetaScores): TableRow[] =>
  (['title', 'byline', 'date', 'leadImage', 'site'] as const)
    .filter((f) => scores.has(f))
    .map((f) => {
      const per = scores.get(f)!;
      const n = [...per.values()].find((t): t is Tally => t !== null)?.total ?? 0;
      return { label: `${FIELD_NAMES[f]} (n=${n})`, cells: cells((name) => (per.get(name) ? formatTally(per.get(name)!) : NONE)) };
    });
rows.push(
  { section: `Metadata: Postlight fixtures (${meta.postlightPages}), their expectations` },
  ...metaRows(meta.postlight),
  { section: `Metadata: Readability test pages (${meta.readabilityPages}), Readability's own expectations` },
  ...metaRows(meta.readability),
  { section: 'Ad-label lines: all corpus pages (AEB + Postlight + Readability)' },
  {
    label: 'pages with an ad-label line in the text',
    cells: cells((n) => {
      const other = meta.adLabelPages.get(n)!;
      return `${s(n).adLabelPages + other.hits}/${s(n).pages + other.total}`;
    }),
  },
);

// 3. Hand-checked labels
progress('Labels: fidelity-dev');
const fidelity = await runFidelity(dir, EXTRACTORS);
const FIDELITY_NAMES: [FidelityField, string][] = [
  ['leadImage', 'lead image right (null = none)'],
  ['caption', 'caption'],
  ['credit', 'credit'],
  ['agency', 'agency (null = none)'],
  ['site', 'site'],
  ['byline', 'byline'],
  ['date', 'date'],
  ['mustContain', 'mustContain: all 3 sentences'],
  ['mustNotContain', 'mustNotContain: none shown'],
];
rows.push({ section: `Labels: fidelity-dev (${fidelity.pages} news pages)` });
for (const [f, label] of FIDELITY_NAMES) {
  const per = fidelity.fields.get(f);
  if (!per) continue;
  const n = per.get('Broadsheet')?.total ?? 0;
  rows.push({ label: `${label} (n=${n})`, cells: cells((name) => (per.get(name) ? formatTally(per.get(name)!) : NONE)) });
}
const sa = fidelity.seeAlso;
rows.push(
  { label: 'false agencies (label null, agency given)', cells: [String(fidelity.falseAgencies), NONE, NONE] },
  { label: `See Also precision (links found ${sa.found})`, cells: [formatTally({ hits: sa.foundRight, total: sa.found }), NONE, NONE] },
  { label: `See Also recall (links labelled ${sa.expected})`, cells: [formatTally({ hits: sa.expectedFound, total: sa.expected }), NONE, NONE] },
);

progress('Labels: detect-dev');
const detection = await runDetection(dir);
const bd = precisionRecall(detection.broadsheet);
const rd = precisionRecall(detection.readerable);
rows.push(
  { section: `Labels: detect-dev (${detection.pages} pages), news|article vs other; Readability = isProbablyReaderable` },
  { label: 'precision', cells: [formatRatio(bd.precision), formatRatio(rd.precision), NONE] },
  { label: 'recall', cells: [formatRatio(bd.recall), formatRatio(rd.recall), NONE] },
  { label: 'news vs article, when both say news|article', cells: [formatTally(detection.newsVsArticle), NONE, NONE] },
);

// 4. Extension build and browser tests (filled in by other pieces' output when present)
const popup = readPopupTiming();
const bundles = readBundleSizes();
rows.push(
  { section: 'Extension: browser tests and built bundles (.output/chrome-mv3)' },
  {
    label: 'popup open-to-article ms (median)',
    cells: [popup ? `${formatMs(popup.medianMs)} (n=${popup.samples})` : NOT_MEASURED, NONE, NONE],
  },
  ...(bundles.scripts.length
    ? bundles.scripts.map((script) => ({
        label: `bundle gzip: content script ${script.file} (budget ${CONTENT_SCRIPT_BUDGET_BYTES.toLocaleString('en')} B)`,
        cells: [`${script.gzipBytes.toLocaleString('en')} B`, NONE, NONE],
      }))
    : [{ label: 'bundle gzip: content script', cells: [NOT_BUILT, NONE, NONE] }]),
  { label: 'bundle gzip: popup', cells: [bundles.popup ? formatKiB(bundles.popup.gzipBytes) : NOT_BUILT, NONE, NONE] },
);

// 5. Hostile sizes: the largest page handled, and how fast the limits turn away larger ones
progress('Page shapes: the largest pages');
rows.push({ section: `Page size limits (MAX_ELEMENTS ${MAX_ELEMENTS.toLocaleString('en')}, MAX_DEPTH ${MAX_DEPTH.toLocaleString('en')}), Broadsheet in jsdom` });
for (const shape of measurePageShapes(MAX_ELEMENTS, (doc, force) => {
  const result = runPipeline(doc, doc.URL, { force });
  return { outcome: result.article ? `article, ${result.article.wordCount} words` : (result.reason ?? 'no article') };
})) {
  rows.push({ label: `${shape.label} (${shape.elements.toLocaleString('en')} el.)`, cells: [`${shape.outcome}, ${formatMs(shape.ms)} ms`, NONE, NONE] });
}

const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`Broadsheet bench  ${new Date().toISOString()}  node ${process.version}  corpus ${dir}  (${seconds} s)`);
console.log(renderTable(['', 'Broadsheet', 'Readability', 'Defuddle'], rows));

if (verbose) {
  console.log('\nMisses:');
  for (const line of [...fidelity.misses, ...detection.misses]) console.log(`  ${line}`);
  for (const name of EXTRACTORS) {
    for (const r of aeb.filter((x) => x.extractor === name && x.adLines.length)) {
      console.log(`  ${name} aeb ${r.id.slice(0, 12)}: ad-label lines ${JSON.stringify(r.adLines)}`);
    }
  }
  console.log('\nSlowest steps (ms):');
  for (const step of slowestSteps(SLOWEST_SHOWN)) console.log(`  ${formatMs(step.ms).padStart(7)}  ${step.step.padEnd(11)}  ${relative(dir, step.path)}`);
}
