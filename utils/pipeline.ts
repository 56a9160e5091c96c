import { Readability } from '@mozilla/readability';
import type { Article, Detection, PipelineResult, Removal, StageTimings } from './article';
import { stripAds } from './ads/strip';
import { decodeCfEmails } from './cfemail';
import { detectPage } from './detect/detect';
import { agencyFromDateline } from './metadata/agency';
import { harvestMetadata, resolveByline, resolveSite } from './metadata/metadata';
import { resolveBodyImages } from './media/body-images';
import { harvestLeadImage } from './media/lead-image';
import { postClean } from './postclean/postclean';
import { harvestSeeAlso } from './related/see-also';
import { removeTrackingPixels } from './tracking-pixels';
import { cleanLine, countWords, elementToText, readingLength, readingMinutes } from './text';

// Limits that keep a hostile or huge page from hanging the tab or the command line.
/**
 * Pages with more elements than this get a "page too large" answer instead of an extraction. The largest real
 * page in the corpus has about 11,500; jsdom needs tens of seconds near 100,000, a browser tab a few.
 */
export const MAX_ELEMENTS = 40_000;
/** Deeper nesting than this is not an article layout, and recursion in the parsers would risk the stack. */
export const MAX_DEPTH = 1_000;
/** Readability's own element budget, kept below MAX_ELEMENTS so it never throws on pages we accepted. */
const READABILITY_MAX_ELEMS = MAX_ELEMENTS;
/** Fewer characters than this in the extracted body is not an article (unspaced scripts weighed: text.ts readingLength). */
const MIN_ARTICLE_CHARS = 250;

export interface PipelineOptions {
  /** CSS selectors of the page's ad elements, from the cosmetic filter engine (it lives apart: it is large). */
  adSelectors?: readonly string[];
  /** Extract even when detection says "other" (the user asked for this page explicitly). */
  force?: boolean;
  /**
   * Sanitizer for the Article's html, for callers that hand the HTML on as is (command line, benchmark). The
   * extension passes none: its views sanitize in their own document right before display, and DOMPurify would
   * swell the content script.
   */
  sanitize?: (html: string, win: Window) => string;
  /**
   * The caller hands over a document it will throw away (a page the command line or the benchmark parsed for
   * this call): the pipeline works on it directly instead of on a clone. A tab's live page never sets this.
   */
  consumeDocument?: boolean;
}

const now = () => performance.now();

function zeroTimings(): StageTimings {
  return { detect: 0, harvest: 0, ads: 0, readability: 0, postclean: 0, total: 0 };
}

/**
 * Whether the page passes the size limits: at most `maxElements` elements, nested at most `maxDepth` deep. One
 * iterative walk that stops as soon as a limit is passed (a 10,000-level page must not overflow the stack, and a
 * huge page should cost no more than the limit).
 */
export function withinSizeLimits(root: Element, maxElements: number, maxDepth: number): boolean {
  let count = 0;
  let depth = 1;
  let el: Element | null = root;
  while (el) {
    count += 1;
    if (count > maxElements || depth > maxDepth) return false;
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth += 1;
      continue;
    }
    while (el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth -= 1;
      if (!el) return true;
    }
    if (el === root) return true;
    el = el.nextElementSibling;
  }
  return true;
}

/**
 * The whole reading pipeline over a DOM: detect, harvest, strip ads, extract, post-clean, assemble.
 * Pure: no browser.* API, and the given document is never modified (the work happens on a clone) unless the
 * caller hands it over with `consumeDocument`.
 */
export function runPipeline(doc: Document, url: string, options: PipelineOptions = {}): PipelineResult {
  const timings = zeroTimings();
  const start = now();
  const done = (result: Omit<PipelineResult, 'timingsMs'>): PipelineResult => {
    timings.total = now() - start;
    if (result.article) result.article.timingsMs = timings;
    return { ...result, timingsMs: timings };
  };

  const unread: Detection = { kind: 'other', score: 0, signals: [] };
  let detection = unread;
  const none = (reason: PipelineResult['reason'], message: string) => done({ detection, article: null, reason, message });
  // Size first: even detection would take too long on a hostile page.
  if (!doc.body || !doc.documentElement) return none('no-body', 'The page has no body to read.');
  if (!withinSizeLimits(doc.documentElement, MAX_ELEMENTS, MAX_DEPTH)) {
    const limits = `more than ${MAX_ELEMENTS.toLocaleString('en')} elements or ${MAX_DEPTH.toLocaleString('en')} levels`;
    return none('too-large', `The page is too large to clean (${limits}).`);
  }

  let t = now();
  detection = detectPage(doc, url);
  timings.detect = now() - t;
  if (detection.kind === 'other' && !options.force) {
    return none('not-an-article', 'This page does not look like an article.');
  }

  t = now();
  const clone = options.consumeDocument ? doc : (doc.cloneNode(true) as Document);
  // Links resolve against the page's own URL: a <base href> elsewhere could make a link lie about its target.
  for (const base of Array.from(clone.querySelectorAll('base'))) base.remove();
  decodeCfEmails(clone);
  const meta = harvestMetadata(clone, url);
  const lead = harvestLeadImage(clone, url, meta);
  const related = harvestSeeAlso(clone, url);
  // The view shows these apart; left in, they would repeat inside the body.
  for (const block of related.blocks) block.remove();
  lead.element?.remove();
  resolveBodyImages(clone, url);
  // After the lead photo is taken (a lazy one may be hidden until loaded), before Readability, which drops the
  // style attributes that show a 1x1 beacon for what it is.
  removeTrackingPixels(clone);
  timings.harvest = now() - t;

  t = now();
  const removed: Removal[] = stripAds(clone, options.adSelectors ?? []);
  timings.ads = now() - t;

  t = now();
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(clone, {
      maxElemsToParse: READABILITY_MAX_ELEMS,
      keepClasses: false,
      serializer: (node) => node,
    }).parse();
  } catch (error) {
    timings.readability = now() - t;
    return none('too-large', `The page could not be read: ${(error as Error).message}`);
  }
  timings.readability = now() - t;
  const content = parsed?.content as Element | null | undefined;
  if (!parsed || !content) return none('no-content', 'No article text was found on this page.');

  t = now();
  const title = cleanLine(meta.title) ?? cleanLine(parsed.title) ?? '';
  removed.push(...postClean(content, title));
  const win = clone.defaultView ?? doc.defaultView;
  const html = options.sanitize && win ? options.sanitize(content.outerHTML, win as Window) : content.outerHTML;
  const text = elementToText(content);
  timings.postclean = now() - t;
  if (readingLength(text) < MIN_ARTICLE_CHARS) return none('no-content', 'Too little article text was found on this page.');

  const wordCount = countWords(text);
  const firstParagraph = text.split('\n\n', 1)[0] ?? '';
  const article: Article = {
    title,
    site: resolveSite(meta, parsed.siteName, url),
    agency: meta.agency ?? agencyFromDateline(firstParagraph),
    byline: resolveByline(meta, parsed.byline, url),
    published: meta.published ?? cleanLine(parsed.publishedTime),
    lang: cleanLine(meta.lang) ?? cleanLine(parsed.lang),
    dir: meta.dir ?? (parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null),
    excerpt: cleanLine(meta.excerpt) ?? cleanLine(parsed.excerpt),
    leadImage: lead.image,
    html,
    text,
    seeAlso: related.links,
    seeAlsoHeading: related.heading,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    url,
    removed,
    timingsMs: timings,
  };
  return done({ detection, article, reason: null, message: null });
}
