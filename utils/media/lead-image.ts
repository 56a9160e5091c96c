// The lead photo of a story, with its caption and credit kept apart. Runs on the pipeline's clone before anything
// is removed; the pipeline then takes `element` out so the photo is not repeated in the body.

import type { LeadImage } from '../article';
import type { PageMetadata } from '../metadata/metadata';
import { documentBase, resolveHttpUrl } from '../related/url';
import { cleanCaption, cleanCredit, splitCaptionCredit } from './caption-credit';
import { isHiddenByMarkup, readableText } from './dom-text';
import { bestImageUrl, imageTokens, sameImage } from './image-source';
import { type JsonLdImage, jsonLdImage, parseJsonLd } from './jsonld-image';
import {
  AD_IMAGE_URL,
  CAPTION_CREDIT_SELECTOR,
  CAPTION_SELECTOR,
  CREDIT_SELECTOR,
  EXCLUDED_ANCESTOR_ROLES,
  EXCLUDED_ANCESTOR_TAGS,
  EXCLUDED_ANCESTOR_WORDS,
  FIGURE_EXTRA_TEXT_SLACK,
  GENERIC_SHARE_IMAGE,
  LEAD_MAX_TEXT_BEFORE,
  LEAD_SLOT_WORDS,
  MAX_CAPTION_CHARS,
  MAX_WRAPPER_DEPTH,
  MIN_LEAD_DIMENSION,
  MIN_LEAD_SRCSET_WIDTH,
  NON_PHOTO_EXTENSIONS,
  NON_PHOTO_WORDS,
  PIXEL_MAX_DIMENSION,
} from './lead-image-rules';

export interface LeadImageHarvest {
  image: LeadImage | null;
  /** The page element that holds the lead photo (figure or img), removed from the body since the view shows it apart. */
  element: Element | null;
}

/** Meta tags that name the page's share image, in order of trust. `content` or (some CMSs) `value`. */
const HINT_META = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'];
/** Tokens shared by this many different images of the page are the site's folders, not a photo's identity. */
const COMMON_TOKEN_MIN_IMAGES = 3;
/** Images scanned at most (a gallery page can hold thousands). */
const MAX_IMAGES = 400;
/** Words a wrapper's class must hold for its loose text (no caption class) to count as the caption. */
const IMAGE_WRAPPER_WORDS = /(?:image|img|photo|picture|media|figure|foto|bild|visual|illustration)/i;

interface Candidate {
  img: Element;
  src: string;
  /** Characters of paragraph text between the headline and this image (negative: above the headline). */
  textBefore: number;
  /** Comes before the headline in document order. */
  aboveHeadline: boolean;
  matchesHint: boolean;
  leadSlot: boolean;
  inFigure: boolean;
  large: boolean;
}

interface Hints {
  urls: string[];
  ld: JsonLdImage | null;
}

const classWords = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;

function metaContent(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[property="${name}" i], meta[name="${name}" i]`);
  return el?.getAttribute('content') ?? el?.getAttribute('value') ?? null;
}

function collectHints(doc: Document, base: string, meta: PageMetadata): Hints {
  const urls: string[] = [];
  const add = (v: string | null | undefined) => {
    const url = resolveHttpUrl(v, base);
    if (url && !urls.includes(url) && !NON_PHOTO_WORDS.test(splitWords(fileName(url))) && !GENERIC_SHARE_IMAGE.test(url)) {
      urls.push(url);
    }
  };
  add(meta.image);
  for (const name of HINT_META) add(metaContent(doc, name));
  add(doc.querySelector('link[rel~="image_src" i]')?.getAttribute('href'));
  const objects = meta.jsonLd.length ? meta.jsonLd : parseJsonLd(doc);
  const ld = jsonLdImage(objects);
  if (ld) {
    const url = resolveHttpUrl(ld.url, base);
    if (url) {
      ld.url = url;
      add(url);
    }
  }
  add(doc.querySelector('meta[itemprop="image"]')?.getAttribute('content'));
  return { urls, ld: ld && resolveHttpUrl(ld.url, base) ? ld : null };
}

/** "renderTimingPixel.png" -> "render Timing Pixel.png", so word rules see camelCase words. */
const splitWords = (s: string) => s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');

function fileName(url: string): string {
  try {
    return new URL(url).pathname.split('/').pop() ?? '';
  } catch {
    return '';
  }
}

/** Elements that may hold the headline when it is not the page's <h1> (sites that spend their <h1> on the logo). */
const HEADLINE_SELECTOR = 'h1, h2, [itemprop="headline"], [class*="headline" i], [class*="title" i]';
/** A heading must be at least this long to be recognised by its text alone. */
const MIN_HEADLINE_CHARS = 10;

/** The story's headline: the heading whose text matches the page title, else the first visible <h1>. */
function findHeadline(doc: Document, meta: PageMetadata): Element | null {
  const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  const title = norm(meta.title ?? doc.title);
  if (title) {
    for (const h of doc.querySelectorAll(HEADLINE_SELECTOR)) {
      if (h.closest('head, title, a, nav') || isHiddenByMarkup(h)) continue;
      const t = norm(h.textContent);
      if (t.length >= MIN_HEADLINE_CHARS && t.length < 400 && (title.includes(t) || t.includes(title))) return h;
    }
  }
  const h1s = [...doc.querySelectorAll('h1')].filter((h) => !isHiddenByMarkup(h) && norm(h.textContent));
  return h1s.find((h) => !h.closest('nav, [role="banner"]')) ?? null;
}

function declared(img: Element, attr: 'width' | 'height'): number | null {
  const v = Number.parseInt(img.getAttribute(attr) ?? '', 10);
  return Number.isFinite(v) && v >= 0 ? v : null;
}

/** An alt text this short is a label ("logo", "author photo"); longer alt text is prose and proves nothing. */
const MAX_LABEL_ALT_WORDS = 3;
/** An ancestor holding this many paragraphs is the page layout, whatever its class says ("paywall", "ad-portal"). */
const LAYOUT_MIN_PARAGRAPHS = 4;

/** Logos, avatars, icons, tracking pixels, hidden and ad images: never the lead photo. */
function isExcludedImage(img: Element, src: string, headline: Element | null): boolean {
  const w = declared(img, 'width');
  const h = declared(img, 'height');
  if ((w !== null && w <= PIXEL_MAX_DIMENSION) || (h !== null && h <= PIXEL_MAX_DIMENSION)) return true;
  if ((w !== null && w < MIN_LEAD_DIMENSION) || (h !== null && h < MIN_LEAD_DIMENSION / 2)) return true;
  if (NON_PHOTO_EXTENSIONS.test(src) || AD_IMAGE_URL.test(src)) return true;
  const alt = (img.getAttribute('alt') ?? '').trim();
  const label = alt.split(/\s+/).length <= MAX_LABEL_ALT_WORDS ? alt : '';
  if (NON_PHOTO_WORDS.test(`${classWords(img)} ${label} ${splitWords(fileName(src))}`)) return true;
  for (let el: Element | null = img; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (isHiddenByMarkup(el)) return true;
    if (el === img) continue;
    // Wrappers around the headline or the story's paragraphs are page layout: their names say nothing about
    // this image (whole pages sit inside a <form> or a "paywall" div).
    if ((headline && el.contains(headline)) || el.getElementsByTagName('p').length >= LAYOUT_MIN_PARAGRAPHS) continue;
    if (EXCLUDED_ANCESTOR_TAGS.has(el.tagName)) return true;
    const role = el.getAttribute('role');
    if (role && EXCLUDED_ANCESTOR_ROLES.has(role)) return true;
    if (EXCLUDED_ANCESTOR_WORDS.test(classWords(el))) return true;
  }
  return false;
}

/** A link around the image that leads to another page (a teaser thumbnail), not to the full-size photo. */
function linksElsewhere(img: Element, base: string, pageUrl: string): boolean {
  const a = img.closest('a[href]');
  if (!a) return false;
  const href = resolveHttpUrl(a.getAttribute('href'), base);
  if (!href) return false;
  if (/\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(href)) return false;
  return href.split('#')[0] !== pageUrl.split('#')[0];
}

function inLeadSlot(img: Element, stop: Element | null): boolean {
  for (let el: Element | null = img; el && el !== stop && el.tagName !== 'BODY'; el = el.parentElement) {
    if (LEAD_SLOT_WORDS.test(classWords(el))) return true;
  }
  return false;
}

/** Paragraph characters before each element in document order, counted in one walk. */
function paragraphOffsets(doc: Document, targets: ReadonlySet<Element>): Map<Element, number> {
  const offsets = new Map<Element, number>();
  const root = doc.body ?? doc.documentElement;
  if (!root) return offsets;
  let count = 0;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (node.parentElement?.closest('p')) count += (node.nodeValue ?? '').trim().length;
    } else if (targets.has(node as Element)) {
      offsets.set(node as Element, count);
    }
  }
  return offsets;
}

/** The element holding the article: the headline's closest article/main, else the body. */
function articleScope(headline: Element | null, doc: Document): Element | null {
  return headline?.closest('article, main, [role="main"], [itemprop="articleBody"]') ?? doc.body;
}

function collectCandidates(doc: Document, base: string, url: string, headline: Element | null, hints: Hints): Candidate[] {
  const imgs = [...doc.querySelectorAll('img')].slice(0, MAX_IMAGES);
  const found: { img: Element; src: string; width: number | null }[] = [];
  for (const img of imgs) {
    const best = bestImageUrl(img, base);
    if (!best || isExcludedImage(img, best.url, headline) || linksElsewhere(img, base, url)) continue;
    found.push({ img, src: best.url, width: best.width });
  }
  // Tokens most images share (the site's image folders) do not identify a photo.
  const seen = new Map<string, number>();
  for (const src of new Set(found.map((f) => f.src))) {
    for (const t of imageTokens(src)) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const common = new Set([...seen].filter(([, n]) => n >= COMMON_TOKEN_MIN_IMAGES).map(([t]) => t));

  const targets = new Set<Element>(found.map((f) => f.img));
  if (headline) targets.add(headline);
  const offsets = paragraphOffsets(doc, targets);
  const start = headline ? (offsets.get(headline) ?? 0) : 0;
  const scope = articleScope(headline, doc);
  return found.map(({ img, src, width }) => {
    const aboveHeadline = !!headline && !!(img.compareDocumentPosition(headline) & 4);
    const w = declared(img, 'width');
    return {
      img,
      src,
      textBefore: (offsets.get(img) ?? 0) - start,
      aboveHeadline,
      matchesHint: hints.urls.some((h) => sameImage(h, src, common)),
      leadSlot: inLeadSlot(img, scope?.parentElement ?? null),
      inFigure: !!img.closest('figure'),
      large: (w !== null && w >= MIN_LEAD_SRCSET_WIDTH) || (width !== null && width >= MIN_LEAD_SRCSET_WIDTH),
    } satisfies Candidate;
  });
}

/** How far above the headline (in ancestors) a photo above it may share a header block with it. */
const MAX_HEADER_LEVELS = 4;
/** Within this many levels the headline and the photo are one header unit, whatever their classes say. */
const TIGHT_HEADER_LEVELS = 2;

/** Whether an image sits where a lead photo sits: near the headline, before the story has really started. */
function inLeadZone(c: Candidate, headline: Element | null, scope: Element | null): boolean {
  if (c.textBefore > LEAD_MAX_TEXT_BEFORE) return false;
  // Without a headline, position proves little: the image must say "lead" itself.
  if (!headline) return c.matchesHint || c.leadSlot || c.inFigure;
  if (!c.aboveHeadline) return true;
  // Above the headline: only a hero photo of the same article header (layouts that put the photo first), with no
  // story text between them.
  if (c.textBefore < -LEAD_MAX_TEXT_BEFORE / 4) return false;
  if (c.matchesHint) return true;
  if (!headline) return false;
  let levels = 0;
  let common: Element | null = headline;
  while (common && !common.contains(c.img)) {
    common = common.parentElement;
    levels += 1;
  }
  if (!common || common === c.img.ownerDocument.body || levels > MAX_HEADER_LEVELS) {
    return !!scope && scope !== c.img.ownerDocument.body && scope.contains(c.img) && (c.leadSlot || c.inFigure);
  }
  return c.leadSlot || c.inFigure || c.large || levels <= TIGHT_HEADER_LEVELS;
}

function chooseLead(candidates: Candidate[], headline: Element | null, doc: Document): Candidate | null {
  const scope = articleScope(headline, doc);
  const zone = candidates.filter((c) => inLeadZone(c, headline, scope));
  if (zone.length) {
    // The share image, a lead slot, a figure and a real size all say "lead"; ties go to the first one.
    const score = (c: Candidate) => (c.matchesHint ? 4 : 0) + (c.leadSlot ? 2 : 0) + (c.inFigure ? 1 : 0) + (c.large ? 1 : 0);
    return zone.reduce((best, c) => (score(c) > score(best) ? c : best));
  }
  // No image near the headline: the page's share image, wherever it stands in the story.
  return candidates.find((c) => c.matchesHint) ?? null;
}

interface Described {
  caption: string;
  credit: string;
  element: Element;
}

/** Outermost matches of a selector inside root that do not contain the image. */
function outermost(root: Element, selector: string, img: Element, keep: (el: Element) => boolean): Element[] {
  const all = [...root.querySelectorAll(selector)].filter((el) => !el.contains(img) && keep(el));
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

function describe(img: Element, scope: Element | null): Described {
  const body = img.ownerDocument.body;
  const stop = (el: Element) => el === body || el === scope || el.tagName === 'ARTICLE' || el.tagName === 'MAIN';
  const figure = img.closest('figure');
  const candidates: Element[] = [];
  if (figure && !stop(figure)) candidates.push(figure);
  else {
    let el = img.parentElement;
    for (let depth = 0; el && depth < MAX_WRAPPER_DEPTH && !stop(el); depth += 1, el = el.parentElement) {
      candidates.push(el);
    }
  }

  for (const wrapper of candidates) {
    // The story's header (headline, byline) is never the photo's figure.
    const headline = scope?.ownerDocument.querySelector('h1');
    if (headline && wrapper.contains(headline)) break;
    const text = readableText(wrapper);
    if (text.length > MAX_CAPTION_CHARS + FIGURE_EXTRA_TEXT_SLACK) break;
    // Another photo in the same wrapper: a gallery or a row of teasers, not this photo's figure.
    const picture = img.closest('picture');
    const others = [...wrapper.querySelectorAll('img')].filter(
      (other) => other !== img && !other.closest('noscript') && (!picture || !picture.contains(other)),
    );
    if (others.length) break;
    const captionEls = outermost(wrapper, CAPTION_SELECTOR, img, () => true);
    const creditEls = outermost(
      wrapper,
      `${CREDIT_SELECTOR},${CAPTION_CREDIT_SELECTOR}`,
      img,
      (el) => !el.querySelector(CAPTION_SELECTOR) && (el.matches(CREDIT_SELECTOR) || captionEls.some((c) => c.contains(el))),
    );
    const looseCaption = !captionEls.length && !creditEls.length && text.length > 0 &&
      (wrapper === figure || IMAGE_WRAPPER_WORDS.test(classWords(wrapper)));
    if (!captionEls.length && !creditEls.length && !looseCaption) continue;

    const skip = new Set(creditEls);
    const creditText = cleanCredit(creditEls.map((el) => readableText(el)).join(' '));
    const captionSource = captionEls.length
      ? captionEls.filter((el) => !creditEls.some((c) => c === el || c.contains(el))).map((el) => readableText(el, skip)).join(' ')
      : looseCaption ? readableText(wrapper) : '';
    const split = splitCaptionCredit(captionSource);
    const credit = creditText || split.credit;
    const caption = cleanCaption(split.caption);
    // A wrapper with much more text than caption and credit is a layout block: its caption-like parts may belong
    // to something else, and removing it would take story text along.
    const extra = text.length - caption.length - credit.length;
    if (extra > FIGURE_EXTRA_TEXT_SLACK * 2) break;
    return { caption, credit, element: wrapper };
  }
  // No caption found: remove the figure only when it holds nothing but the photo (a video player's figure holds
  // its description, which may be story text).
  const bare = figure && !stop(figure) && readableText(figure).length <= FIGURE_EXTRA_TEXT_SLACK * 2;
  return { caption: '', credit: '', element: bare ? figure : (img.closest('picture') ?? img) };
}

/**
 * Find the lead photo: the first real photo at the top of the article (the share image and JSON-LD image help
 * decide), with src resolved from lazy-loading attributes and srcset, its alt, and caption and credit apart.
 * When the page shows no photo but names a share image, that image is returned without caption (unless JSON-LD
 * gives one) and without an element.
 */
export function harvestLeadImage(doc: Document, url: string, meta: PageMetadata): LeadImageHarvest {
  const base = documentBase(doc, url);
  const hints = collectHints(doc, base, meta);
  const headline = findHeadline(doc, meta);
  const lead = chooseLead(collectCandidates(doc, base, url, headline, hints), headline, doc);

  if (lead) {
    const found = describe(lead.img, articleScope(headline, doc));
    let { caption, credit } = found;
    const ld = hints.ld;
    if (ld && sameImage(ld.url, lead.src)) {
      if (!caption && !credit) caption = splitCaptionCredit(ld.caption).caption;
      if (!credit) credit = ld.credit;
    }
    const alt = (lead.img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    return { image: { src: lead.src, alt, caption, credit }, element: found.element };
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
