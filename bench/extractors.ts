// The three extractors the bench compares, each run on its own copy of the same parsed page and timed alike:
// the clock covers the extractor's own call (and, for Readability, nothing else), never the copy.
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import type { PipelineResult } from '../utils/article';
import { elementToText } from '../utils/text';
import { extractDocument } from '../cli/page';
import { sanitizeHtml } from '../utils/sanitize';
import { plainCopy, scratchDocument } from './dom';

export type ExtractorName = 'Broadsheet' | 'Readability' | 'Defuddle';
export const EXTRACTORS: readonly ExtractorName[] = ['Broadsheet', 'Readability', 'Defuddle'];

/** What one extractor made of one page, in the shape the bench compares. Missing values are null. */
export interface Extraction {
  /** The text scored by the AEB metric. */
  text: string;
  /** The same content one block a line, for line-based checks (ad labels, unwanted lines). */
  lines: string;
  ms: number;
  /** Broadsheet only: sanitizing the article HTML for display (the view's step, outside `ms`); null for peers. */
  sanitizeMs: number | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  site: string | null;
  leadImage: string | null;
  /** Set when the extractor threw or found no article. */
  failure: string | null;
}

function empty(ms: number, failure: string | null): Extraction {
  return { text: '', lines: '', ms, sanitizeMs: null, title: null, byline: null, published: null, site: null, leadImage: null, failure };
}

export interface BroadsheetRun {
  extraction: Extraction;
  /** The pipeline's own answer (detection, article with caption, credit, agency, See Also...); null if it threw. */
  result: PipelineResult | null;
}

/**
 * Broadsheet's pass on a plain copy of the page, as Readability's: `ms` is the whole pipeline the extension runs
 * for a page (page survey, ad selectors, both halves: cli/page.ts extractDocument), as Readability's `ms` is its
 * parse. In the extension, too, both halves work on documents without a window of their own (the tab's clone, the
 * view's inert parse). Sanitizing the article HTML, which the view does before display in its own document, is
 * timed apart in `sanitizeMs`, in a document of its own here as well.
 */
export function runBroadsheet(doc: Document, url: string, force: boolean): BroadsheetRun {
  const copy = plainCopy(doc);
  const start = performance.now();
  let result: PipelineResult;
  let sanitizeMs = 0;
  let ms = 0;
  try {
    // The copy is made outside the clock and thrown away after, as Readability's is: no second copy inside.
    result = extractDocument(copy, url, { force, consumeDocument: true });
    ms = performance.now() - start;
    const view = scratchDocument().defaultView;
    if (result.article && view) {
      const sanitizeStart = performance.now();
      result.article.html = sanitizeHtml(result.article.html, view as unknown as Window);
      sanitizeMs = performance.now() - sanitizeStart;
    }
  } catch (error) {
    return { extraction: empty(performance.now() - start, `threw: ${(error as Error).message}`), result: null };
  }
  const article = result.article;
  if (!article) return { extraction: empty(ms, result.reason ?? 'no article'), result };
  return {
    extraction: {
      text: article.text,
      lines: article.text,
      ms,
      sanitizeMs,
      title: article.title || null,
      byline: article.byline,
      published: article.published,
      site: article.site,
      leadImage: article.leadImage?.src ?? null,
      failure: null,
    },
    result,
  };
}

/** Plain Readability 0.6.0 with its defaults: `new Readability(clone).parse().textContent`. */
export function runReadability(doc: Document): Extraction {
  const copy = plainCopy(doc);
  // The element itself rather than its HTML: textContent is unchanged, and the line view needs the element.
  const start = performance.now();
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
  } catch (error) {
    return empty(performance.now() - start, `threw: ${(error as Error).message}`);
  }
  const ms = performance.now() - start;
  if (!parsed) return empty(ms, 'no article');
  return {
    text: parsed.textContent ?? '',
    lines: parsed.content ? elementToText(parsed.content) : '',
    ms,
    sanitizeMs: null,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    published: parsed.publishedTime ?? null,
    site: parsed.siteName ?? null,
    leadImage: null,
    failure: null,
  };
}

/** Defuddle's options here: no network (this machine has none, and a fetch would time the network). */
const DEFUDDLE_OPTIONS = { useAsync: false } as const;

/**
 * Defuddle 0.19 through its Node entry (`defuddle/node`), on a plain clone. Its answer is article HTML (its
 * Markdown would add link and image URLs as words), so the text scored is that HTML's text, one block a line,
 * made with the same function as Broadsheet's text. That conversion is outside the clock.
 */
export async function runDefuddle(doc: Document, url: string): Promise<Extraction> {
  const copy = plainCopy(doc);
  const start = performance.now();
  let response: Awaited<ReturnType<typeof Defuddle>>;
  try {
    response = await Defuddle(copy, url, DEFUDDLE_OPTIONS);
  } catch (error) {
    return empty(performance.now() - start, `threw: ${(error as Error).message}`);
  }
  const ms = performance.now() - start;
  const text = htmlToText(response.content ?? '');
  const orNull = (value: string | undefined) => (value && value.trim() ? value : null);
  return {
    text,
    lines: text,
    ms,
    sanitizeMs: null,
    title: orNull(response.title),
    byline: orNull(response.author),
    published: orNull(response.published),
    site: orNull(response.site),
    leadImage: orNull(response.image),
    failure: text ? null : 'no article',
  };
}

/** Elements whose content is never shown as text. */
const NOT_TEXT = 'script, style, noscript, template';

/** Text of an extractor's HTML answer, parsed in an inert scratch document (scripts never run there). */
export function htmlToText(html: string): string {
  if (!html) return '';
  const win = scratchDocument().defaultView;
  if (!win) return '';
  const parsed = new win.DOMParser().parseFromString(html, 'text/html');
  // Code and styles are not text a reader sees (a browser would not show them either).
  for (const el of [...parsed.querySelectorAll(NOT_TEXT)]) el.remove();
  return parsed.body ? elementToText(parsed.body) : '';
}

