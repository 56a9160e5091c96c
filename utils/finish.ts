import { Readability } from '@mozilla/readability';
import type { Article, Detection, PageHarvest, PipelineResult, PreparedPage, StageTimings } from './article';
import { agencyFromDateline } from './metadata/agency';
import { resolveByline, resolveSite } from './metadata/metadata';
import { unclobber } from './clobbering';
import { postClean } from './postclean/postclean';
import { MAX_ELEMENTS } from './prepare';
import { cleanLine, countWords, elementToText, readingLength, readingMinutes } from './text';

// The view's half of the pipeline: Readability on the cleaned page, post-clean, and the Article assembled from the
// extracted text and the page's harvest (prepare.ts). In the extension it runs in the document that shows the
// Article, on the cleaned page the content script sent; the command line and the benchmark run both halves on one
// document (pipeline.ts).

/** Readability's own element budget, kept at the page limit so it never throws on pages the first half accepted. */
const READABILITY_MAX_ELEMS = MAX_ELEMENTS;
/** Fewer characters than this in the extracted body is not an article (unspaced scripts weighed: text.ts readingLength). */
const MIN_ARTICLE_CHARS = 250;

interface FinishOptions {
  /**
   * Sanitizer for the Article's html, for callers that hand the HTML on as is (command line, benchmark). The
   * extension passes none: its views sanitize right before display.
   */
  sanitize?: (html: string) => string;
}

/**
 * Extract the story from a cleaned page (consumed) and assemble the Article. `timings` holds the first half's
 * stages; this half adds its own and the total.
 */
export function finishArticle(
  doc: Document,
  harvest: PageHarvest,
  detection: Detection,
  url: string,
  timings: StageTimings,
  options: FinishOptions = {},
): PipelineResult {
  const timingsMs = { ...timings };
  const finishStart = performance.now();
  const done = (article: Article | null, reason: PipelineResult['reason'], message: string | null): PipelineResult => {
    timingsMs.total = timings.total + (performance.now() - finishStart);
    if (article) article.timingsMs = timingsMs;
    return { detection, article, reason, message, timingsMs };
  };

  let t = performance.now();
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(doc, {
      maxElemsToParse: READABILITY_MAX_ELEMS,
      keepClasses: false,
      serializer: (node) => node,
    }).parse();
  } catch (error) {
    timingsMs.readability = performance.now() - t;
    return done(null, 'too-large', `The page could not be read: ${(error as Error).message}`);
  }
  timingsMs.readability = performance.now() - t;
  const content = parsed?.content as Element | null | undefined;
  if (!parsed || !content) return done(null, 'no-content', 'No article text was found on this page.');

  t = performance.now();
  const { facts } = harvest;
  const title = cleanLine(facts.title) ?? cleanLine(parsed.title) ?? '';
  const removed = [...harvest.removed, ...postClean(content, title)];
  const html = options.sanitize ? options.sanitize(content.outerHTML) : content.outerHTML;
  const text = elementToText(content);
  timingsMs.postclean = performance.now() - t;
  if (readingLength(text) < MIN_ARTICLE_CHARS) return done(null, 'no-content', 'Too little article text was found on this page.');

  const wordCount = countWords(text);
  const firstParagraph = text.split('\n\n', 1)[0] ?? '';
  const article: Article = {
    title,
    site: resolveSite(facts, parsed.siteName, url),
    agency: facts.agency ?? agencyFromDateline(firstParagraph),
    byline: resolveByline(facts, parsed.byline, url),
    published: facts.published ?? cleanLine(parsed.publishedTime),
    lang: cleanLine(facts.lang) ?? cleanLine(parsed.lang),
    dir: facts.dir ?? (parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null),
    excerpt: cleanLine(facts.excerpt) ?? cleanLine(parsed.excerpt),
    leadImage: harvest.leadImage,
    html,
    text,
    seeAlso: harvest.seeAlso,
    seeAlsoHeading: harvest.seeAlsoHeading,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    url,
    removed,
    timingsMs,
  };
  return done(article, null, null);
}

/**
 * Finish a page the content script prepared. Its HTML is parsed into an inert document (a DOMParser document runs
 * no script and loads nothing) whose links resolve against the page's address, as they did in the tab.
 */
export function finishPreparedPage(page: PreparedPage, detection: Detection, parser: DOMParser): PipelineResult {
  const doc = parser.parseFromString(page.html, 'text/html');
  unclobber(doc);
  const base = doc.createElement('base');
  base.setAttribute('href', page.url);
  doc.head.prepend(base);
  return finishArticle(doc, page, detection, page.url, page.timingsMs);
}
