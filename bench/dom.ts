// Parsing corpus pages once, and the per-extractor copies of them.
import { JSDOM } from 'jsdom';
import { parseHtml } from '../cli/page';

/**
 * Console lines that say nothing about the extractors' results, hundreds per run: jsdom cannot parse a page's CSS
 * (nothing here renders it), Defuddle finds a page's JSON-LD malformed (it then reads the other metadata).
 */
const NOISE = ['Could not parse CSS stylesheet', 'Defuddle: Error parsing schema.org data'];

let quiet = false;
/** Drop the NOISE lines from console.error and console.log for the rest of the process (bench and corpus tests). */
export function silenceCorpusNoise(): void {
  if (quiet) return;
  quiet = true;
  for (const method of ['error', 'log'] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      const text = args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
      if (!NOISE.some((n) => text.includes(n))) original(...args);
    };
  }
}

/** parseHtml (the command line's parser: jsdom, scripts off), with the corpus noise silenced. */
export function parsePageQuietly(html: string, url: string): Document {
  silenceCorpusNoise();
  return parseHtml(html, url);
}

/** A deep clone of the parsed page (no window of its own, as a tab's clone has none): each extractor gets one. */
export function plainCopy(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}

let scratch: Document | null = null;
/** A document to parse extractor output (HTML strings) and sanitize Broadsheet's in, as the view does in its own. */
export function scratchDocument(): Document {
  scratch ??= new JSDOM('<!DOCTYPE html><html><body></body></html>').window.document;
  return scratch;
}
