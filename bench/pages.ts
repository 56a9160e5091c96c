// Each corpus page is parsed once per run and each extractor runs on it once per (address, force): sections that
// share pages (the labels reuse AEB, Postlight and Readability pages) reuse the answers instead of re-running.
import type { PipelineResult } from '../utils/article';
import { readHtml } from './corpus';
import { parsePageQuietly } from './dom';
import { runBroadsheet, runDefuddle, runReadability, type Extraction, type ExtractorName } from './extractors';
import { rotation } from './rotation';

export interface PageRun {
  extractions: Map<ExtractorName, Extraction>;
  /** Broadsheet's full answer (detection, lead image, See Also...), when Broadsheet was run. */
  broadsheet: PipelineResult | null;
}

export interface PageRequest {
  path: string;
  url: string;
  extractors: readonly ExtractorName[];
  /** Broadsheet's `force` (extract even when detection says "other"). */
  force: boolean;
  /** Called with the parsed page when it had to be parsed (for checks that need the DOM itself). */
  withDocument?: (doc: Document) => void;
}

interface CacheEntry {
  path: string;
  extractions: Map<ExtractorName, Extraction>;
  broadsheet: PipelineResult | null;
  /** Time spent parsing this page (all parses of it), for the slow-page report. */
  parseMs: number;
}

const cache = new Map<string, CacheEntry>();

/** Broadsheet's answer for a page if an earlier call already has it (undefined: not run yet). */
export function cachedBroadsheet(path: string, url: string, force: boolean): PipelineResult | null | undefined {
  const entry = cache.get(`${path}\n${url}\n${force}`);
  return entry?.extractions.has('Broadsheet') ? entry.broadsheet : undefined;
}

/** Forget every cached answer (tests that want a fresh run). */
export function clearPageCache(): void {
  cache.clear();
}

/**
 * Let the event loop turn. jsdom holds its documents through WeakRefs, and V8 keeps every WeakRef target alive
 * until the current job ends: a run that only ever awaits settled promises never ends its job, so every parsed
 * page would stay in memory (about 5-10 MB each: the whole corpus does not fit in Node's default heap).
 */
function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The extractors in a different order on each page (see rotation). */
const rotated = rotation();

/** Run the requested extractors on a page, each on its own copy of one parse, reusing answers of earlier calls. */
export async function runPage({ path, url, extractors, force, withDocument }: PageRequest): Promise<PageRun> {
  const key = `${path}\n${url}\n${force}`;
  let entry = cache.get(key);
  if (!entry) cache.set(key, (entry = { path, extractions: new Map(), broadsheet: null, parseMs: 0 }));
  const missing = extractors.filter((name) => !entry.extractions.has(name));
  if (missing.length > 0 || withDocument) {
    const start = performance.now();
    const doc = parsePageQuietly(readHtml(path), url);
    entry.parseMs += performance.now() - start;
    try {
      for (const name of rotated(missing)) {
        if (name === 'Broadsheet') {
          const run = runBroadsheet(doc, url, force);
          entry.extractions.set(name, run.extraction);
          entry.broadsheet = run.result;
        } else if (name === 'Readability') {
          entry.extractions.set(name, runReadability(doc));
        } else {
          entry.extractions.set(name, await runDefuddle(doc, url));
        }
      }
      withDocument?.(doc);
    } finally {
      doc.defaultView?.close();
    }
    await nextMacrotask();
  }
  const extractions = new Map(extractors.map((name) => [name, entry.extractions.get(name)!] as const));
  return { extractions, broadsheet: entry.broadsheet };
}

/** The slowest steps of this run so far (a parse, or one extractor on one page), slowest first. */
export function slowestSteps(limit: number): { path: string; step: ExtractorName | 'parse'; ms: number }[] {
  const steps: { path: string; step: ExtractorName | 'parse'; ms: number }[] = [];
  for (const entry of cache.values()) {
    steps.push({ path: entry.path, step: 'parse', ms: entry.parseMs });
    for (const [name, got] of entry.extractions) steps.push({ path: entry.path, step: name, ms: got.ms });
  }
  return steps.sort((a, b) => b.ms - a.ms).slice(0, limit);
}

/** Total time of each kind of step so far (parses, and each extractor), for the progress lines. */
export function stepTotals(): Record<string, number> {
  const totals: Record<string, number> = { parse: 0 };
  for (const entry of cache.values()) {
    totals.parse! += entry.parseMs;
    for (const [name, got] of entry.extractions) totals[name] = (totals[name] ?? 0) + got.ms;
  }
  return totals;
}
