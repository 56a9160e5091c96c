// Every answer of the metadata stage on the whole corpus, to prove a refactor changes none of them:
//   npx tsx tests/metadata/answers.ts record before.json   (before the change; also after it, into after.json)
//   npx tsx tests/metadata/answers.ts compare before.json after.json
// Recorded per page: harvestMetadata's PageMetadata, and resolveByline/resolveSite with Readability's byline and
// site name as the fallback (as utils/pipeline.ts calls them) and with a few made-up fallbacks. Also prints the median
// harvest time beside plain Readability's on the same pages (timings are noisy on a shared machine).
import { Readability } from '@mozilla/readability';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harvestMetadata, resolveByline, resolveSite } from '../../utils/metadata/metadata';
import { CORPUS_DIR } from '../helpers/corpus';
import { corpusPages, loadPage } from './corpus-score';

/** Fallbacks that reach the cleaning of resolveByline/resolveSite even where Readability finds nothing. */
const MADE_UP_FALLBACKS = ['By Jane Doe Updated 4pm', 'AFP - news@site.com', 'Staff', 'https://example.com/x', 'Reuters', 'Jane Doe and John Roe'];

function record(out: string): void {
  const pages = corpusPages();
  const labels = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels', 'fidelity-dev.json'), 'utf8')) as { path: string; url: string }[];
  for (const label of labels) pages.push({ path: join(CORPUS_DIR, label.path), url: label.url });
  const answers: Record<string, unknown> = {};
  const harvestMs: number[] = [];
  const readabilityMs: number[] = [];
  for (const { path, url } of pages) {
    const doc = loadPage(path, url);
    const copy = doc.cloneNode(true) as Document;
    let started = performance.now();
    const meta = harvestMetadata(doc, url);
    harvestMs.push(performance.now() - started);
    started = performance.now();
    let parsed: { byline?: string | null; siteName?: string | null } | null = null;
    try {
      parsed = new Readability(copy).parse();
    } catch {
      parsed = null;
    }
    readabilityMs.push(performance.now() - started);
    answers[`${path}|${url}`] = {
      meta,
      bylines: [parsed?.byline ?? null, ...MADE_UP_FALLBACKS].map((f) => resolveByline(meta, f, url)),
      sites: [parsed?.siteName ?? null, ...MADE_UP_FALLBACKS].map((f) => resolveSite(meta, f, url)),
    };
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1] ?? 0;
  console.log(`${pages.length} pages; median ms: harvestMetadata ${median(harvestMs).toFixed(2)}, Readability ${median(readabilityMs).toFixed(2)}`);
  writeFileSync(out, JSON.stringify(answers));
}

function compare(a: string, b: string): void {
  const before = JSON.parse(readFileSync(a, 'utf8')) as Record<string, unknown>;
  const after = JSON.parse(readFileSync(b, 'utf8')) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  let diffs = 0;
  for (const key of keys) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    diffs++;
    console.log(`DIFF ${key}\n  before ${JSON.stringify(before[key]).slice(0, 300)}\n  after  ${JSON.stringify(after[key]).slice(0, 300)}`);
  }
  console.log(`${keys.size} pages compared, diffs: ${diffs}`);
}

const [command, first, second] = process.argv.slice(2);
if (command === 'record' && first) record(first);
else if (command === 'compare' && first && second) compare(first, second);
else console.log('usage: answers.ts record out.json | compare before.json after.json');
