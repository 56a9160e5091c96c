import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../utils/sanitize';
import { CORPUS_DIR, corpusAvailable } from '../helpers/corpus';
import { findDangers } from './dangers';
import { createDisplay, insertAndProbe, renderAsPage, settle, type Display } from './display';

// Every payload of DOMPurify's own test suite, through our sanitizer, rendered in a page with scripts on.
// A control run renders the raw payloads the same way: it proves the detector sees script when script runs.

const CORPUS_FILE = join(CORPUS_DIR, 'xss/dompurify-vectors.json');
/** Payloads rendered at a time (each needs four jsdom windows; they are closed after each batch). */
const BATCH = 20;
/** Time given to timers, load events and frames to run before reading the detectors. */
const SETTLE_MS = 60;

interface Vector {
  title?: string;
  payload: string;
}

interface Outcome {
  index: number;
  title: string;
  rawRan: string[];
  ran: string[];
  dangers: string[];
  fetched: string[];
}

const available = corpusAvailable('XSS corpus (xss/dompurify-vectors.json)') && existsSync(CORPUS_FILE);

async function tryAll(vectors: Vector[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let start = 0; start < vectors.length; start += BATCH) {
    const batch = vectors.slice(start, start + BATCH).map((vector, offset) => {
      const windows: Display[] = [];
      // Control: the raw payload, rendered both ways.
      const rawDisplay = createDisplay();
      windows.push(rawDisplay);
      insertAndProbe(rawDisplay, vector.payload);
      const rawPage = renderAsPage(vector.payload);
      windows.push(rawPage);
      // Under test: sanitized in the window that shows it, then rendered both ways.
      const display = createDisplay();
      windows.push(display);
      const clean = sanitizeHtml(vector.payload, display.window);
      insertAndProbe(display, clean);
      const page = renderAsPage(clean);
      windows.push(page);
      // Serialize and parse again: markup that mutates on a second parse (mXSS) shows up here.
      const reparsed = display.document.createElement('div');
      reparsed.innerHTML = display.container.innerHTML;
      const dangers = [...findDangers(display.container), ...findDangers(page.document.body), ...findDangers(reparsed)];
      return { index: start + offset, title: vector.title ?? '', windows, rawDisplay, rawPage, display, page, dangers };
    });
    await settle(SETTLE_MS);
    for (const b of batch) {
      outcomes.push({
        index: b.index,
        title: b.title,
        rawRan: [...b.rawDisplay.ran(), ...b.rawPage.ran()],
        ran: [...b.display.ran(), ...b.page.ran()],
        dangers: b.dangers,
        fetched: [...b.display.fetched(), ...b.page.fetched()],
      });
      for (const w of b.windows) w.close();
    }
  }
  return outcomes;
}

describe('DOMPurify XSS corpus through sanitizeHtml, rendered with scripts on', () => {
  it.skipIf(!available)('runs no script, leaves no handler, code URL or forbidden element, fetches nothing', async () => {
    const vectors = JSON.parse(readFileSync(CORPUS_FILE, 'utf8')) as Vector[];
    expect(vectors.length).toBeGreaterThan(0);
    const outcomes = await tryAll(vectors);

    const rawRan = outcomes.filter((o) => o.rawRan.length > 0);
    const ran = outcomes.filter((o) => o.ran.length > 0);
    const dangerous = outcomes.filter((o) => o.dangers.length > 0);
    const fetched = outcomes.filter((o) => o.fetched.length > 0);
    console.log(
      [
        '',
        'XSS corpus (DOMPurify test vectors), rendered in jsdom with runScripts "dangerously":',
        '  | payloads tried | ran script: raw (control) | ran script: sanitized | dangers left | fetches |',
        '  |---------------:|--------------------------:|----------------------:|-------------:|--------:|',
        `  | ${String(outcomes.length).padStart(14)} | ${String(rawRan.length).padStart(25)} | ${String(ran.length).padStart(21)} | ${String(dangerous.length).padStart(12)} | ${String(fetched.length).padStart(7)} |`,
        '',
      ].join('\n'),
    );
    const describeOutcome = (o: Outcome, what: string[]) => `#${o.index} ${o.title}: ${what.slice(0, 3).join('; ')}`;
    expect(ran.map((o) => describeOutcome(o, o.ran))).toEqual([]);
    expect(dangerous.map((o) => describeOutcome(o, o.dangers))).toEqual([]);
    expect(fetched.map((o) => describeOutcome(o, o.fetched))).toEqual([]);
    // The detector works: raw payloads do run in the same harness.
    expect(rawRan.length).toBeGreaterThan(0);
  }, 300_000);
});
