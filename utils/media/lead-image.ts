// The lead photo of a story, with its caption and credit kept apart. Runs on the pipeline's clone before anything
// is removed; the pipeline then takes `element` out so the photo is not repeated in the body.
//
// Speed: jsdom parses a CSS selector again on every querySelector/closest/matches call, and a page has thousands of
// elements. So the page is read in ONE walk in document order that stops soon after the story has started, and
// every test on an element is a plain string or tag-name check.

import type { LeadImage } from '../article';
import type { PageMetadata } from '../metadata/metadata';
import { resolveHttpUrl } from '../related/url';
import { cleanLine } from '../text';
import { cleanCredit, splitCaptionCredit } from './caption-credit';
import { isHiddenByMarkup, readableText } from './dom-text';
import { bestImageUrl, declaredSize, fileName, imageTokens, isSocialCopyOf, resolveImageUrl, sameImage, sameRendition } from './image-source';
import { type JsonLdImage, jsonLdImage } from './jsonld-image';
import {
  AD_IMAGE_URL,
  CAPTION_CREDIT_MARKS,
  CAPTION_MARKS,
  CREDIT_MARKS,
  type ElementMarks,
  EXCLUDED_ANCESTOR_ROLES,
  EXCLUDED_ANCESTOR_TAGS,
  EXCLUDED_ANCESTOR_WORDS,
  FIGURE_EXTRA_TEXT_SLACK,
  GENERIC_SHARE_FILE,
  GENERIC_SHARE_FOLDER,
  LEAD_MAX_TEXT_BEFORE,
  LEAD_SLOT_WORDS,
  MAX_CAPTION_CHARS,
  MAX_WRAPPER_DEPTH,
  MIN_LEAD_DIMENSION,
  MIN_LEAD_SRCSET_WIDTH,
  NON_PHOTO_EXTENSIONS,
  NON_PHOTO_WORDS,
} from './lead-image-rules';

export interface LeadImageHarvest {
  image: LeadImage | null;
  /** The page element that holds the lead photo (figure or img), removed from the body since the view shows it apart. */
  element: Element | null;
}

/** Meta tags that name the page's share image, in order of trust. `content` or (some CMSs) `value`. */
const HINT_META = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'];
/**
 * Of those, the ones that declare the story's picture itself. Twitter cards and image_src links often carry a
 * site-made composite or a differently named copy, so they help recognise the photo but never replace its address.
 */
const PRIMARY_META = new Set(['og:image', 'og:image:url', 'og:image:secure_url']);
/** Tokens shared by this many different images of the page are the site's folders, not a photo's identity. */
const COMMON_TOKEN_MIN_IMAGES = 3;
/** Folder names shared by this many different images are the site's image folders. */
const COMMON_FOLDER_MIN_IMAGES = 2;
/** Images scanned at most (a gallery page can hold thousands). */
const MAX_IMAGES = 400;
/** Words a wrapper's class must hold for its loose text (no caption class) to count as the caption. */
const IMAGE_WRAPPER_WORDS = /(?:image|img|photo|picture|media|figure|foto|bild|visual|illustration)/i;
/** Subtrees the walk never enters: nothing a reader sees as text or as the story's photo lives there. */
const UNSEEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'SELECT', 'HEAD']);
/** Headings and containers that may hold the headline when it is not the page's <h1> (a logo in the <h1>). */
const HEADLINE_TAGS = new Set(['H1', 'H2']);
const HEADLINE_CLASS = /headline|title/i;
/** A classed element is read as a headline only when it is this small (a wrapper's text would be the whole page). */
const MAX_HEADLINE_CHILDREN = 4;
/** A heading must be at least this long to be recognised by its text alone, and at most this long. */
const MIN_HEADLINE_CHARS = 10;
const MAX_HEADLINE_CHARS = 400;
/** An alt text this short is a label ("logo", "author photo"); longer alt text is prose and proves nothing. */
const MAX_LABEL_ALT_WORDS = 3;
/** An ancestor holding this many paragraphs is the page layout, whatever its class says ("paywall", "ad-portal"). */
const LAYOUT_MIN_PARAGRAPHS = 4;
/** How far above the headline (in ancestors) a photo above it may share a header block with it. */
const MAX_HEADER_LEVELS = 4;
/** Within this many levels the headline and the photo are one header unit, whatever their classes say. */
const TIGHT_HEADER_LEVELS = 2;
/** Descendants read at most when looking for caption and credit elements in one wrapper. */
const MAX_WRAPPER_ELEMENTS = 400;

interface Hints {
  urls: string[];
  /** The publisher's own declarations of the story's picture (og:image, JSON-LD image), a subset of urls. */
  primary: string[];
  ld: JsonLdImage | null;
}

/** One <img> the walk passed, where it stands. */
interface Seen {
  img: Element;
  /** Paragraph characters before it in document order. */
  chars: number;
  /** Position among the walk's images and headline candidates (document order). */
  order: number;
  /** The address the image shows, read on first use (undefined: not read yet). */
  best?: { url: string; width: number | null } | null;
}

interface Candidate {
  img: Element;
  src: string;
  /** Comes before the headline in document order. */
  aboveHeadline: boolean;
  /** The share image (og:image, JSON-LD image...) it is a rendition of, if any. */
  hint: string | null;
  leadSlot: boolean;
  inFigure: boolean;
  large: boolean;
}

const classWords = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;

/** Attributes that name a <meta> tag, first present wins; and those that hold its value (`value` in some CMSs). */
const KEY_ATTRS = ['property', 'name', 'itemprop'] as const;
const VALUE_ATTRS = ['content', 'value'] as const;

/** The page's share-image declarations, read from the <meta> and <link> tags in one pass. */
function collectHints(doc: Document, base: string, meta: PageMetadata, bodyMeta: readonly Element[]): Hints {
  const declared = new Map<string, string>();
  let imageSrcLink: string | null = null;
  for (const el of [...(doc.head?.children ?? []), ...bodyMeta]) {
    if (el.tagName === 'META') {
      // The names present read once: the first of property, name, itemprop that is there names the tag.
      const present = el.getAttributeNames();
      const keyAttr = KEY_ATTRS.find((a) => present.includes(a));
      const key = keyAttr ? (el.getAttribute(keyAttr) ?? '').toLowerCase() : '';
      const valueAttr = VALUE_ATTRS.find((a) => present.includes(a));
      const value = valueAttr ? el.getAttribute(valueAttr) : null;
      if (key && value && !declared.has(key)) declared.set(key, value);
    } else if (el.tagName === 'LINK' && !imageSrcLink && /(?:^|\s)image_src(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) {
      imageSrcLink = el.getAttribute('href');
    }
  }
  const urls: string[] = [];
  const primary: string[] = [];
  const add = (v: string | null | undefined, isPrimary = false) => {
    const url = resolveImageUrl(v, base);
    if (!url) return;
    const name = fileName(url);
    if (NON_PHOTO_WORDS.test(splitWords(name)) || GENERIC_SHARE_FILE.test(name) || GENERIC_SHARE_FOLDER.test(url)) return;
    if (!urls.includes(url)) urls.push(url);
    if (isPrimary && !primary.includes(url)) primary.push(url);
  };
  // The metadata stage's pick helps recognise the photo; its source (it may fall back to a twitter card) is not
  // known here, so only the declarations read below may replace the page's address.
  add(meta.image);
  for (const name of HINT_META) add(declared.get(name), PRIMARY_META.has(name));
  add(imageSrcLink);
  // The metadata stage's JSON-LD objects: the page's blocks, read once.
  const ld = jsonLdImage(meta.jsonLd);
  const ldUrl = ld && resolveImageUrl(ld.url, base);
  if (ld && ldUrl) {
    ld.url = ldUrl;
    add(ldUrl, true);
  }
  add(declared.get('image'));
  return { urls, primary, ld: ldUrl ? ld : null };
}

/**
 * A walk that stopped early has not seen the story's microdata further down: `<meta itemprop="image">` beside a
 * photo in the body names that photo. Read only when no lead photo was found near the headline.
 */
function addLaterImageMeta(hints: Hints, doc: Document, base: string): void {
  for (const el of doc.getElementsByTagName('meta')) {
    if (el.getAttribute('itemprop') !== 'image') continue;
    const url = resolveHttpUrl(el.getAttribute('content'), base);
    if (url && !hints.urls.includes(url)) hints.urls.push(url);
    return;
  }
}

/** "renderTimingPixel.png" -> "render Timing Pixel.png", so word rules see camelCase words. */
const splitWords = (s: string) => s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');

const norm = (s: string | null | undefined) => (cleanLine(s) ?? '').toLowerCase();

function hasAncestor(el: Element, test: (a: Element) => boolean, stop: Element | null = null): boolean {
  for (let a = el.parentElement; a && a !== stop; a = a.parentElement) if (test(a)) return true;
  return false;
}

/** What one walk over the page found: images in order, the headline, paragraph counts of image ancestors. */
interface PageScan {
  seen: Seen[];
  headline: Element | null;
  headlineChars: number;
  headlineOrder: number;
  /** Paragraphs inside each ancestor of a seen image (counted so far when the walk stopped early). */
  paragraphsIn: Map<Element, number>;
  /** The walk stopped before the end of the page: images further down were not seen. */
  stoppedEarly: boolean;
  /**
   * <meta> and <link> elements in the body: microdata, and head tags a parser moved into the body (anything
   * that is not a head element in the head ends the head early).
   */
  bodyMeta: Element[];
}

interface Frame {
  el: Element;
  paragraphsBefore: number;
  holdsImage: boolean;
}

/**
 * One walk in document order: counts paragraph characters, finds the headline (the heading whose text matches the
 * page title, else the first visible <h1> outside navigation) and records each image's position. It stops once the
 * story is well under way after the headline: a lead photo is never further down.
 */
function scanPage(doc: Document, title: string): PageScan {
  const scan: PageScan = {
    seen: [],
    headline: null,
    headlineChars: 0,
    headlineOrder: -1,
    paragraphsIn: new Map(),
    stoppedEarly: false,
    bodyMeta: [],
  };
  const root = doc.body;
  if (!root) return scan;
  let chars = 0;
  let paragraphs = 0;
  let openParagraphs = 0;
  let order = 0;
  let titled: Element | null = null;
  let titledParagraphs = 0;
  let firstH1: Element | null = null;
  let firstH1Chars = 0;
  let firstH1Order = -1;
  const stack: Frame[] = [];

  const close = (frame: Frame) => {
    if (frame.el.tagName === 'P') openParagraphs -= 1;
    if (frame.holdsImage) scan.paragraphsIn.set(frame.el, paragraphs - frame.paragraphsBefore);
  };
  const readHeadline = (el: Element): boolean => {
    const tag = el.tagName;
    // Cheapest tests first: the tag, then the names of the attributes present (one DOM read; each value read is
    // another), and childElementCount last (it builds a collection in jsdom).
    if (!HEADLINE_TAGS.has(tag)) {
      const present = el.getAttributeNames();
      if (!present.length) return false;
      const heading = present.includes('itemprop') && el.getAttribute('itemprop') === 'headline';
      if (!heading && !(present.includes('class') && HEADLINE_CLASS.test(el.getAttribute('class') ?? '') && el.childElementCount <= MAX_HEADLINE_CHILDREN)) {
        return false;
      }
    }
    if (isHiddenByMarkup(el) || hasAncestor(el, (a) => a.tagName === 'A' || a.tagName === 'NAV')) return false;
    const text = norm(el.textContent);
    if (tag === 'H1' && !firstH1 && text && !hasAncestor(el, (a) => a.getAttribute('role') === 'banner')) {
      firstH1 = el;
      firstH1Chars = chars;
      firstH1Order = order++;
    }
    if (!title || text.length < MIN_HEADLINE_CHARS || text.length >= MAX_HEADLINE_CHARS) return false;
    return title.includes(text) || text.includes(title);
  };

  let node: Element | null = root.firstElementChild;
  // Text directly in <body> is never in a paragraph: only element children matter for the walk's structure, and
  // text is read from the children of open paragraphs below.
  while (node) {
    const el: Element = node;
    const tag = el.tagName;
    const enter = !UNSEEN_TAGS.has(tag);
    if (enter) {
      if (tag === 'IMG') {
        if (scan.seen.length < MAX_IMAGES) {
          scan.seen.push({ img: el, chars, order: order++ });
          for (const f of stack) f.holdsImage = true;
        }
      } else if (tag === 'P') {
        paragraphs += 1;
        openParagraphs += 1;
      } else if (tag === 'META' || tag === 'LINK') {
        scan.bodyMeta.push(el);
      }
      if (!titled && readHeadline(el)) {
        titled = el;
        scan.headlineChars = chars;
        scan.headlineOrder = order++;
        titledParagraphs = paragraphs;
      }
      if (openParagraphs > 0) {
        for (let t = el.firstChild; t; t = t.nextSibling) if (t.nodeType === 3) chars += (t.nodeValue ?? '').trim().length;
      }
    }
    // The story is under way after the headline: nothing further down is the lead.
    if (titled && chars - scan.headlineChars > LEAD_MAX_TEXT_BEFORE && paragraphs - titledParagraphs >= LAYOUT_MIN_PARAGRAPHS) {
      scan.stoppedEarly = true;
      break;
    }
    const child = enter ? el.firstElementChild : null;
    if (child) {
      stack.push({ el, paragraphsBefore: tag === 'P' ? paragraphs - 1 : paragraphs, holdsImage: false });
      node = child;
      continue;
    }
    // A leaf has no image under it: closing it only ends a paragraph.
    if (enter && tag === 'P') openParagraphs -= 1;
    let next: Element | null = el.nextElementSibling;
    while (!next && stack.length) {
      const frame = stack.pop()!;
      close(frame);
      next = frame.el.nextElementSibling;
    }
    node = next;
  }
  // Ancestors still open when the walk stopped hold at least the paragraphs counted so far.
  stack.forEach(close);
  if (titled) scan.headline = titled;
  else if (firstH1) {
    scan.headline = firstH1;
    scan.headlineChars = firstH1Chars;
    scan.headlineOrder = firstH1Order;
  }
  return scan;
}

/** What the image's own markup says: a pixel, an icon, a logo, an ad. Cheap: no ancestors. */
function isExcludedByItself(img: Element, src: string): boolean {
  const w = declaredSize(img, 'width');
  const h = declaredSize(img, 'height');
  if ((w !== null && w < MIN_LEAD_DIMENSION) || (h !== null && h < MIN_LEAD_DIMENSION / 2)) return true;
  if (NON_PHOTO_EXTENSIONS.test(src) || AD_IMAGE_URL.test(src)) return true;
  const alt = (img.getAttribute('alt') ?? '').trim();
  const label = alt.split(/\s+/).length <= MAX_LABEL_ALT_WORDS ? alt : '';
  return NON_PHOTO_WORDS.test(`${classWords(img)} ${label} ${splitWords(fileName(src))}`);
}

/** Hidden images, and images inside page furniture or other stories' teasers (navigation, asides, promos). */
function isExcludedByPlace(img: Element, headline: Element | null, paragraphsIn: ReadonlyMap<Element, number>): boolean {
  if (isHiddenByMarkup(img)) return true;
  for (let el = img.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (isHiddenByMarkup(el)) return true;
    // Wrappers around the headline or the story's paragraphs are page layout: their names say nothing about
    // this image (whole pages sit inside a <form> or a "paywall" div).
    if ((headline && el.contains(headline)) || (paragraphsIn.get(el) ?? 0) >= LAYOUT_MIN_PARAGRAPHS) continue;
    if (EXCLUDED_ANCESTOR_TAGS.has(el.tagName)) return true;
    const role = el.getAttribute('role');
    if (role && EXCLUDED_ANCESTOR_ROLES.has(role)) return true;
    if (EXCLUDED_ANCESTOR_WORDS.test(classWords(el))) return true;
  }
  return false;
}

/** A link around the image that leads to another page (a teaser thumbnail), not to the full-size photo. */
function linksElsewhere(img: Element, pageUrl: string): boolean {
  let a: Element | null = img.parentElement;
  while (a && !(a.tagName === 'A' && a.hasAttribute('href'))) a = a.parentElement;
  if (!a) return false;
  const href = resolveHttpUrl(a.getAttribute('href'), pageUrl);
  // A link to the image file itself is the full-size photo.
  return !!href && !/\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(href) && href.split('#')[0] !== pageUrl.split('#')[0];
}

function inLeadSlot(img: Element, stop: Element | null): boolean {
  for (let el: Element | null = img; el && el !== stop && el.tagName !== 'BODY'; el = el.parentElement) {
    if (LEAD_SLOT_WORDS.test(classWords(el))) return true;
  }
  return false;
}

/** The element holding the article: the headline's closest article/main, else the body. */
function articleScope(headline: Element | null, doc: Document): Element | null {
  for (let el = headline; el; el = el.parentElement) {
    const tag = el.tagName;
    if (tag === 'ARTICLE' || tag === 'MAIN' || el.getAttribute('role') === 'main' || el.getAttribute('itemprop') === 'articleBody') {
      return el;
    }
  }
  return doc.body;
}

/**
 * Tokens that do not identify a photo: those most images of the page share, and folder names that two images
 * already share ("/api/v1/images/stellar/prod/"): a folder holds many photos.
 */
function commonTokens(srcs: Iterable<string>): Set<string> {
  const common = new Set<string>();
  const count = (map: Map<string, number>, tokens: Iterable<string>, min: number) => {
    for (const t of tokens) {
      const n = (map.get(t) ?? 0) + 1;
      map.set(t, n);
      if (n >= min) common.add(t);
    }
  };
  const inNames = new Map<string, number>();
  const inFolders = new Map<string, number>();
  for (const src of new Set(srcs)) {
    count(inNames, imageTokens(src), COMMON_TOKEN_MIN_IMAGES);
    count(inFolders, imageTokens(src.split(/[?#]/, 1)[0]!.replace(/[^/]*$/, '')), COMMON_FOLDER_MIN_IMAGES);
  }
  return common;
}

/** Whether an image that zoneLead found near the headline sits where a lead photo sits. */
function inLeadZone(c: Candidate, headline: Element | null, scope: Element | null): boolean {
  // Without a headline, position proves little: the image must say "lead" itself.
  if (!headline) return !!c.hint || c.leadSlot || c.inFigure;
  if (!c.aboveHeadline) return true;
  // Above the headline (no further than zoneLead allows): only a hero photo of the same article header (layouts
  // that put the photo first).
  if (c.hint) return true;
  let levels = 0;
  let common: Element | null = headline;
  while (common && !common.contains(c.img)) {
    common = common.parentElement;
    levels += 1;
  }
  const body = c.img.ownerDocument.body;
  if (!common || common === body || levels > MAX_HEADER_LEVELS) {
    return !!scope && scope !== body && scope.contains(c.img) && (c.leadSlot || c.inFigure);
  }
  return c.leadSlot || c.inFigure || c.large || levels <= TIGHT_HEADER_LEVELS;
}

/** The page's own rendition of a share image, as a candidate; null when the image is not one. */
function hintFor(src: string, hints: Hints, common: ReadonlySet<string>): string | null {
  return hints.urls.find((h) => sameImage(h, src, common)) ?? null;
}

interface Context {
  doc: Document;
  url: string;
  hints: Hints;
  scan: PageScan;
  scope: Element | null;
}

function toCandidate(ctx: Context, { img, order }: Seen, src: string, width: number | null, common: ReadonlySet<string>): Candidate {
  const { scan } = ctx;
  const w = declaredSize(img, 'width');
  return {
    img,
    src,
    aboveHeadline: !!scan.headline && order < scan.headlineOrder,
    hint: hintFor(src, ctx.hints, common),
    leadSlot: inLeadSlot(img, ctx.scope?.parentElement ?? null),
    inFigure: hasAncestor(img, (a) => a.tagName === 'FIGURE'),
    large: (w ?? 0) >= MIN_LEAD_SRCSET_WIDTH || (width ?? 0) >= MIN_LEAD_SRCSET_WIDTH,
  };
}

function sourceOf(s: Seen, base: string): { url: string; width: number | null } | null {
  if (s.best === undefined) s.best = bestImageUrl(s.img, base);
  return s.best;
}

/** The address an image names first (lazy attribute or src), without weighing srcset: enough to see shared folders. */
function quickAddress(img: Element, base: string): string | null {
  const raw = img.getAttribute('data-src') ?? img.getAttribute('src');
  if (!raw) return null;
  try {
    return new URL(raw, base).href;
  } catch {
    return null;
  }
}

/** The lead photo among the images near the headline, or null. */
function zoneLead(ctx: Context, common: ReadonlySet<string>): Candidate | null {
  const { scan, url } = ctx;
  const zone: Candidate[] = [];
  for (const s of scan.seen) {
    // Position first (cheap), then the image's own markup, then its ancestors, for the few images near the headline.
    const textBefore = s.chars - scan.headlineChars;
    if (textBefore > LEAD_MAX_TEXT_BEFORE || (s.order < scan.headlineOrder && textBefore < -LEAD_MAX_TEXT_BEFORE / 4)) continue;
    const best = sourceOf(s, url);
    if (!best || isExcludedByItself(s.img, best.url)) continue;
    const c = toCandidate(ctx, s, best.url, best.width, common);
    if (!inLeadZone(c, scan.headline, ctx.scope)) continue;
    if (isExcludedByPlace(s.img, scan.headline, scan.paragraphsIn) || linksElsewhere(s.img, url)) continue;
    zone.push(c);
  }
  if (!zone.length) return null;
  // The share image, a lead slot, a figure and a real size all say "lead"; ties go to the first one.
  const score = (c: Candidate) => (c.hint ? 4 : 0) + (c.leadSlot ? 2 : 0) + (c.inFigure ? 1 : 0) + (c.large ? 1 : 0);
  return zone.reduce((b, c) => (score(c) > score(b) ? c : b));
}

/** The page's own rendition of its share image, wherever it stands in the story; null when the page shows none. */
function hintedImage(ctx: Context, common: ReadonlySet<string>): Candidate | null {
  const { scan, url, hints } = ctx;
  const seen = new Set(scan.seen.map((s) => s.img));
  const rest = scan.stoppedEarly ? [...ctx.doc.getElementsByTagName('img')].filter((img) => !seen.has(img)) : [];
  const later: Seen[] = rest.slice(0, MAX_IMAGES).map((img) => ({ img, chars: Infinity, order: Infinity }));
  for (const s of [...scan.seen, ...later]) {
    const best = sourceOf(s, url);
    if (!best || !hintFor(best.url, hints, common) || isExcludedByItself(s.img, best.url)) continue;
    if (hasAncestor(s.img, (a) => a.tagName === 'NOSCRIPT')) continue;
    if (isExcludedByPlace(s.img, scan.headline, scan.paragraphsIn) || linksElsewhere(s.img, url)) continue;
    return toCandidate(ctx, s, best.url, best.width, common);
  }
  return null;
}

interface Described {
  caption: string;
  credit: string;
  element: Element;
}

function hasMark(el: Element, marks: ElementMarks): boolean {
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  const itemprops = (el.getAttribute('itemprop') ?? '').split(/\s+/);
  return (
    !!marks.tags?.includes(el.tagName) ||
    marks.classParts.some((part) => cls.includes(part)) ||
    itemprops.some((word) => marks.itemprops.includes(word))
  );
}

/**
 * Outermost elements inside root (root excluded) that pass `take`, in document order: a taken element's subtree is
 * not searched further. Bounded: a wrapper is small by the time this runs.
 */
function outermost(root: Element, take: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  let budget = MAX_WRAPPER_ELEMENTS;
  const walk = (el: Element) => {
    for (let child = el.firstElementChild; child && budget > 0; child = child.nextElementSibling) {
      budget -= 1;
      if (take(child)) out.push(child);
      else walk(child);
    }
  };
  walk(root);
  return out;
}

const hasMarkedDescendant = (el: Element, marks: ElementMarks) => outermost(el, (d) => hasMark(d, marks)).length > 0;

function describe(img: Element, scope: Element | null, headline: Element | null): Described {
  const body = img.ownerDocument.body;
  const stop = (el: Element) => el === body || el === scope || el.tagName === 'ARTICLE' || el.tagName === 'MAIN';
  let figure: Element | null = img.parentElement;
  while (figure && figure.tagName !== 'FIGURE') figure = figure.parentElement;
  let picture: Element | null = img.parentElement;
  if (picture?.tagName !== 'PICTURE') picture = null;
  const candidates: Element[] = [];
  if (figure && !stop(figure)) candidates.push(figure);
  else {
    let el = img.parentElement;
    for (let depth = 0; el && depth < MAX_WRAPPER_DEPTH && !stop(el); depth += 1, el = el.parentElement) {
      candidates.push(el);
    }
  }
  const textLimit = MAX_CAPTION_CHARS + FIGURE_EXTRA_TEXT_SLACK;

  for (const wrapper of candidates) {
    // The story's header (headline, byline) is never the photo's figure.
    if (headline && wrapper.contains(headline)) break;
    const text = readableText(wrapper, undefined, textLimit);
    if (text.length > textLimit) break;
    // Another photo in the same wrapper: a gallery or a row of teasers, not this photo's figure.
    const others = [...wrapper.getElementsByTagName('img')].some(
      (other) => other !== img && !hasAncestor(other, (a) => a.tagName === 'NOSCRIPT', wrapper) && (!picture || !picture.contains(other)),
    );
    if (others) break;
    const captionEls = outermost(wrapper, (el) => !el.contains(img) && hasMark(el, CAPTION_MARKS));
    const creditEls = outermost(
      wrapper,
      (el) =>
        !el.contains(img) &&
        (hasMark(el, CREDIT_MARKS) || (hasMark(el, CAPTION_CREDIT_MARKS) && captionEls.some((c) => c.contains(el)))) &&
        !hasMarkedDescendant(el, CAPTION_MARKS),
    );
    const marked = captionEls.length > 0 || creditEls.length > 0;
    // Without caption or credit elements, the loose text of a figure or of an image wrapper is its caption.
    if (!marked && !(text && (wrapper === figure || IMAGE_WRAPPER_WORDS.test(classWords(wrapper))))) continue;

    const skip = new Set(creditEls);
    const creditText = cleanCredit(creditEls.map((el) => readableText(el)).join(' '));
    const captionSource = captionEls.length
      ? captionEls.filter((el) => !creditEls.some((c) => c === el || c.contains(el))).map((el) => readableText(el, skip)).join(' ')
      : marked ? '' : text;
    const split = splitCaptionCredit(captionSource);
    const credit = creditText || split.credit;
    const { caption } = split;
    // A wrapper with much more text than caption and credit is a layout block: its caption-like parts may belong
    // to something else, and removing it would take story text along.
    const extra = text.length - caption.length - credit.length;
    if (extra > FIGURE_EXTRA_TEXT_SLACK * 2) break;
    return { caption, credit, element: wrapper };
  }
  // No caption found: remove the figure only when it holds nothing but the photo (a video player's figure holds
  // its description, which may be story text).
  const bareLimit = FIGURE_EXTRA_TEXT_SLACK * 2;
  const bare = figure && !stop(figure) && readableText(figure, undefined, bareLimit).length <= bareLimit;
  return { caption: '', credit: '', element: bare ? figure! : (picture ?? img) };
}

/**
 * Find the lead photo: the first real photo at the top of the article (the share image and JSON-LD image help
 * decide), with its alt, and caption and credit apart. When the page's photo is a rendition of the share image it
 * declares (og:image, JSON-LD image), src is the declared address: the publisher's own choice for "the picture of
 * this story", a plain absolute URL of a moderate size that no lazy loader or script stands in front of. When the
 * page shows no photo but names a share image, that image is returned without caption (unless JSON-LD gives one)
 * and without an element.
 */
export function harvestLeadImage(doc: Document, url: string, meta: PageMetadata): LeadImageHarvest {
  // Addresses resolve against the page's own URL: the pipeline removes any <base> first.
  const scan = scanPage(doc, norm(meta.title ?? doc.title));
  const hints = collectHints(doc, url, meta, scan.bodyMeta);
  const ctx: Context = { doc, url, hints, scan, scope: articleScope(scan.headline, doc) };
  const common = commonTokens(scan.seen.flatMap(({ img }) => quickAddress(img, url) ?? []));
  const h1 = scan.headline ?? doc.getElementsByTagName('h1')[0] ?? null;
  const describeLead = (c: Candidate | null) => (c ? describe(c.img, ctx.scope, h1) : null);

  let lead = zoneLead(ctx, common);
  let found = describeLead(lead);
  // An image in the text flow (no figure, no lead slot, no caption) that is not the declared share image is an
  // illustration of the story, not its lead photo: the declared picture leads, and the illustration stays in place.
  if (lead && found && hints.urls.length && !lead.hint && !lead.leadSlot && !lead.inFigure && !found.caption && !found.credit) {
    lead = null;
  }
  if (!lead && scan.stoppedEarly) addLaterImageMeta(hints, doc, url);
  if (!lead && hints.urls.length) {
    lead = hintedImage(ctx, common);
    found = describeLead(lead);
  }

  if (lead && found) {
    let { caption, credit } = found;
    // The page shows a rendition of the picture the publisher declares for the story: the declared address is
    // the one to show (its own choice, a moderate size, no lazy loader or script in front of it).
    // Unless the declared file is a link-card copy of the very file the page shows: the original is the better picture.
    const declaredCopy = hints.primary.find((p) => sameRendition(p, lead.src, common));
    const src = declaredCopy && !isSocialCopyOf(declaredCopy, lead.src) ? declaredCopy : lead.src;
    const ld = hints.ld;
    if (ld && (sameImage(ld.url, lead.src) || ld.url === src)) {
      if (!caption && !credit) caption = splitCaptionCredit(ld.caption).caption;
      if (!credit) credit = ld.credit;
    }
    const alt = cleanLine(lead.img.getAttribute('alt')) ?? '';
    return { image: { src, alt, caption, credit }, element: found.element };
  }

  const src = hints.urls[0];
  if (!src) return { image: null, element: null };
  const ld = hints.ld && sameImage(hints.ld.url, src) ? hints.ld : null;
  const split = splitCaptionCredit(ld?.caption ?? '');
  return {
    image: { src, alt: '', caption: split.caption, credit: ld?.credit || split.credit },
    element: null,
  };
}
