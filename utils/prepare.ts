import type { Detection, PageHarvest, PipelineResult, PreparedPage, PreparedResult, StageTimings } from './article';
import { stripAds } from './ads/strip';
import { builtInGetter, builtInMethod } from './builtins';
import { isClobbered, unclobber, unclobberedCopy } from './clobbering';
import { decodeCfEmails } from './cfemail';
import { detectPage } from './detect/detect';
import { harvestMetadata } from './metadata/metadata';
import { resolveBodyImages } from './media/body-images';
import { harvestLeadImage } from './media/lead-image';
import { harvestSeeAlso } from './related/see-also';
import { narrowForReadability } from './scope/narrow';
import { JSON_LD_TYPE } from './scope/tables';
import { removeTrackingPixels } from './tracking-pixels';

// The page's half of the pipeline: size limits, detection, the harvest (metadata, lead photo, See Also), narrowing
// to the story and ad stripping, on a copy of the page. It runs in the tab (the extraction content script) because
// it needs the live page; the other half (finish.ts: Readability, post-clean, assembly) runs in the view that shows
// the Article, so the content script injected into every page the user reads stays small.

// Limits that keep a hostile or huge page from hanging the tab or the command line.
/**
 * Pages with more elements than this get a "page too large" answer instead of an extraction. The largest real
 * page in the corpus has about 11,500; jsdom needs tens of seconds near 100,000, a browser tab a few.
 */
export const MAX_ELEMENTS = 40_000;
/** Deeper nesting than this is not an article layout, and recursion in the parsers would risk the stack. */
export const MAX_DEPTH = 1_000;

export interface PrepareOptions {
  /**
   * CSS selectors of the page's ad elements, from the cosmetic filter engine (it lives apart: it is large): given,
   * or asked for with the harvested copy (narrowed to the story: only its classes and ids matter by then).
   */
  adSelectors?: readonly string[] | ((copy: Document) => readonly string[]);
  /** Extract even when detection says "other" (the user asked for this page explicitly). */
  force?: boolean;
  /**
   * The caller hands over a document it will throw away (a page the command line or the benchmark parsed for
   * this call): the pipeline works on it directly instead of on a clone. A tab's live page never sets this.
   */
  consumeDocument?: boolean;
}

/** A page the pipeline goes no further with: the no-article result that says why. */
export interface Refusal {
  ok: false;
  result: PipelineResult;
}

/** A page ready for Readability: the cleaned copy and what was taken out of it; or the reason there is none. */
export type Preparation = { ok: true; detection: Detection; doc: Document; harvest: PageHarvest; timingsMs: StageTimings } | Refusal;

const now = () => performance.now();

function zeroTimings(): StageTimings {
  return { detect: 0, harvest: 0, ads: 0, readability: 0, postclean: 0, total: 0 };
}

/** NodeFilter.SHOW_ELEMENT (the global NodeFilter is missing where the command line runs). */
const SHOW_ELEMENT = 0x1;

/**
 * Whether the page passes the size limits: at most `maxElements` elements, nested at most `maxDepth` deep. One
 * iterative walk that stops as soon as a limit is passed (a 10,000-level page must not overflow the stack, and a
 * huge page should cost no more than the limit). A TreeWalker moves through the tree itself, so a form whose
 * controls are named "parentElement" or "nextElementSibling" cannot send it in circles, and one call per step
 * costs less than reading the built-in accessors.
 */
export function withinSizeLimits(root: Element, maxElements: number, maxDepth: number): boolean {
  const doc = root.ownerDocument;
  const walker = builtInMethod(doc, 'createTreeWalker').call(doc, root, SHOW_ELEMENT);
  let count = 1;
  let depth = 1;
  if (count > maxElements || depth > maxDepth) return false;
  for (;;) {
    if (walker.firstChild()) {
      depth += 1;
    } else {
      // Up until a sibling follows; the walker never leaves `root`, whose parent it answers as null.
      while (!walker.nextSibling()) {
        if (!walker.parentNode()) return true;
        depth -= 1;
      }
    }
    count += 1;
    if (count > maxElements || depth > maxDepth) return false;
  }
}

/** The first gate of the pipeline: the size limits, then detection. */
export type Admission =
  | {
      ok: true;
      detection: Detection;
      timingsMs: StageTimings;
      startedAt: number;
      /** The unclobbered copy of the page detection read, when the page needed one: the harvest works on it. */
      copy?: Document;
    }
  | Refusal;

/**
 * Whether the page gets past the size limits and detection (or `force`, when the user asked for it anyway). The
 * extraction script runs this first, so a page that is not an article costs no round trip for ad selectors.
 */
export function admitPage(doc: Document, url: string, options: Pick<PrepareOptions, 'force' | 'consumeDocument'> = {}): Admission {
  const timings = zeroTimings();
  const startedAt = now();
  let detection: Detection = { kind: 'other', score: 0, signals: [] };
  const none = (reason: PipelineResult['reason'], message: string): Admission => {
    timings.total = now() - startedAt;
    return { ok: false, result: { detection, article: null, reason, message, timingsMs: timings } };
  };
  // Size first: even detection would take too long on a hostile page. Read past any markup named "body".
  const root = builtInGetter(doc, 'documentElement').call(doc) as Element | null;
  if (!root || !builtInGetter(doc, 'body').call(doc)) return none('no-body', 'The page has no body to read.');
  if (!withinSizeLimits(root, MAX_ELEMENTS, MAX_DEPTH)) {
    const limits = `more than ${MAX_ELEMENTS.toLocaleString('en')} elements or ${MAX_DEPTH.toLocaleString('en')} levels`;
    return none('too-large', `The page is too large to clean (${limits}).`);
  }
  // A page whose markup shadows the document's or a form's properties is read from a copy without those names.
  let copy: Document | undefined;
  if (isClobbered(doc)) {
    if (options.consumeDocument) unclobber(doc);
    else copy = unclobberedCopy(doc);
  }
  const t = now();
  detection = detectPage(copy ?? doc, url);
  timings.detect = now() - t;
  if (detection.kind === 'other' && !options.force) return none('not-an-article', 'This page does not look like an article.');
  return { ok: true, detection, timingsMs: timings, startedAt, copy };
}

/** A copy of the page harvested and narrowed to its story, waiting for its ad selectors; or why there is none. */
export type Harvested =
  | { ok: true; detection: Detection; doc: Document; harvest: Omit<PageHarvest, 'removed'>; timingsMs: StageTimings; startedAt: number }
  | Refusal;

/**
 * Detect, harvest and narrow a copy of the page to its story. Pure: no browser.* API, and the given document is
 * never modified unless the caller hands it over with `consumeDocument`. `admission` is admitPage's answer for
 * this page when the caller already has it.
 */
export function harvestPage(doc: Document, url: string, options: Omit<PrepareOptions, 'adSelectors'> = {}, admission?: Admission): Harvested {
  const admitted = admission ?? admitPage(doc, url, options);
  if (!admitted.ok) return admitted;
  const { detection, startedAt } = admitted;
  const timings = { ...admitted.timingsMs };

  const t = now();
  const clone = admitted.copy ?? (options.consumeDocument ? doc : (builtInMethod(doc, 'cloneNode').call(doc, true) as Document));
  const meta = harvestMetadata(clone, url);
  const lead = harvestLeadImage(clone, url, meta);
  const related = harvestSeeAlso(clone, url);
  // The view shows these apart; left in, they would repeat inside the body.
  for (const block of related.blocks) block.remove();
  lead.element?.remove();
  // What is left of the page is the story's: cut the copy down to the story's container and drop page chrome, so
  // every later step (the ad survey, Readability, the message to the view) handles a fraction of the page.
  narrowForReadability(clone);
  // Links resolve against the page's own URL: a <base href> elsewhere could make a link lie about its target. The
  // harvest reads attributes and resolves them against `url` itself; Readability and the view go by the base.
  for (const base of Array.from(clone.getElementsByTagName('base'))) base.remove();
  // Cloudflare's obfuscated addresses, searched for in the story that is left rather than the whole page.
  decodeCfEmails(clone);
  resolveBodyImages(clone, url);
  // After the lead photo is taken (a lazy one may be hidden until loaded), before Readability, which drops the
  // style attributes that show a 1x1 beacon for what it is.
  removeTrackingPixels(clone);
  timings.harvest = now() - t;

  const { title, site, byline, bylineShown, published, lang, dir, excerpt, agency } = meta;
  const harvest = {
    facts: { title, site, byline, bylineShown, published, lang, dir, excerpt, agency },
    leadImage: lead.image,
    seeAlso: related.links,
    seeAlsoHeading: related.heading,
  };
  return { ok: true, detection, doc: clone, harvest, timingsMs: timings, startedAt };
}

/** Strip the ads from a harvested copy: the page's half is done. */
export function stripPage(harvested: Harvested & { ok: true }, adSelectors: readonly string[]): Preparation {
  const { detection, doc, harvest, startedAt } = harvested;
  const timings = { ...harvested.timingsMs };
  const t = now();
  const removed = stripAds(doc, adSelectors);
  timings.ads += now() - t;
  timings.total = now() - startedAt;
  return { ok: true, detection, doc, harvest: { ...harvest, removed }, timingsMs: timings };
}

/** The page's half in one call: harvest, ask for the ad selectors (when given as a function), strip. */
export function preparePage(doc: Document, url: string, options: PrepareOptions = {}, admission?: Admission): Preparation {
  const harvested = harvestPage(doc, url, options, admission);
  if (!harvested.ok) return harvested;
  const t = now();
  const { adSelectors = [] } = options;
  const selectors = typeof adSelectors === 'function' ? adSelectors(harvested.doc) : adSelectors;
  harvested.timingsMs.ads = now() - t;
  return stripPage(harvested, selectors);
}

/**
 * Elements the view's half never reads (Readability removes scripts and styles first thing, after reading the
 * JSON-LD scripts of exactly that type): not worth sending.
 */
const UNREAD_TAGS = 'script, style, link';

/**
 * The cleaned copy as the HTML document the view finishes, without what the view's half never reads. Consumes
 * the copy. The answer is page-derived markup: the view parses it inert and sanitizes what it shows.
 */
function serializeCleanedPage(doc: Document): string {
  // One query for the three: each tag asked for apart would be a walk of the page each.
  for (const el of Array.from(doc.querySelectorAll(UNREAD_TAGS))) {
    if (el.localName !== 'script' || el.getAttribute('type') !== JSON_LD_TYPE) el.remove();
  }
  // Serialized markup is read back in standards mode whatever the page's mode was: that is what serializing assumes.
  return `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
}

/** The preparation as the content script sends it: the cleaned copy serialized beside the harvest. */
export function toPreparedResult(preparation: Preparation, url: string): PreparedResult {
  if (!preparation.ok) {
    const { detection, reason, message, timingsMs } = preparation.result;
    return { detection, page: null, reason, message, timingsMs };
  }
  const { detection, doc, harvest, timingsMs } = preparation;
  const page: PreparedPage = { ...harvest, url, html: serializeCleanedPage(doc), timingsMs };
  return { detection, page, reason: null, message: null, timingsMs };
}
