// What the Chromium bundle (browser-entry.ts) and its Node driver (browser-speed.ts) agree on. Kept apart from the
// entry: importing the entry in Node would load the browser-only bundle inputs (the embedded filter artifact).
import type { ExtractorName } from './extractors';

/** What one extractor made of one page in the browser: enough to tell that it worked, and its time. */
export interface BrowserExtraction {
  extractor: ExtractorName;
  /** Median of the repetitions' times: this page's time. */
  ms: number;
  samplesMs: number[];
  /** Set when the extractor threw or found no article (from the last repetition). */
  failure: string | null;
  title: string | null;
  /** Characters of the article's text (Defuddle: of its HTML); 0 without an article. */
  textChars: number;
}

/** The function the bundle puts on globalThis, under BROWSER_BENCH_GLOBAL. */
export type TimePage = (html: string, url: string, repetitions: number) => Promise<BrowserExtraction[]>;
export const BROWSER_BENCH_GLOBAL = 'broadsheetTimePage';
