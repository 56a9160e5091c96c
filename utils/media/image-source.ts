// Where an <img> really loads from: lazy-loading attributes, srcset candidates, <picture><source>, <noscript>
// fallbacks. And a fuzzy "same photo?" test between two image URLs (og:image vs the page's resized copy).

import { resolveHttpUrl } from '../related/url';
import {
  COMMON_URL_WORDS,
  LAZY_SRC_ATTRS,
  MIN_IMAGE_TOKEN,
  PLACEHOLDER_ATTRS,
  PLACEHOLDER_SRC,
  RENDITION_WORDS,
  SCRIPT_IN_URL,
  SRCSET_ATTRS,
} from './lead-image-rules';

/** Resolved addresses remembered at most; the memory starts over past this (a page has a few hundred). */
const MAX_REMEMBERED_URLS = 4_000;
const remembered = new Map<string, string | null>();

/**
 * resolveHttpUrl, remembered: the lead-photo and body-image stages resolve the same addresses (srcset entries, lazy
 * attributes, share images) again and again, and each resolution runs the scheme checks and two URL parses.
 */
export function resolveImageUrl(value: string | null | undefined, base: string): string | null {
  if (value === null || value === undefined) return resolveHttpUrl(value, base);
  const key = `${base}\n${value}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const url = resolveHttpUrl(value, base);
  if (remembered.size >= MAX_REMEMBERED_URLS) remembered.clear();
  remembered.set(key, url);
  return url;
}

export interface SrcsetCandidate {
  url: string;
  /** Width descriptor ("640w"). */
  width?: number;
  /** Density descriptor ("2x"). */
  density?: number;
}

/**
 * Parse a srcset the way browsers do: a URL runs to the next whitespace (so commas inside URLs survive, as in
 * "w_640,c_limit/x.jpg 640w"); a comma right after the URL or after the descriptors ends a candidate.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  let i = 0;
  const n = value.length;
  while (i < n) {
    while (i < n && /[\s,]/.test(value[i]!)) i += 1;
    if (i >= n) break;
    let j = i;
    while (j < n && !/\s/.test(value[j]!)) j += 1;
    let url = value.slice(i, j);
    i = j;
    const start = i;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      for (; i < n && (depth > 0 || value[i] !== ','); i += 1) {
        if (value[i] === '(') depth += 1;
        else if (value[i] === ')') depth = Math.max(0, depth - 1);
      }
    }
    const descriptor = value.slice(start, i);
    // An empty URL leaves the descriptor behind ("srcset=' 150w, 300w'"): that is no image.
    if (!url || /^\d+(?:\.\d+)?[wx]$/i.test(url)) continue;
    const candidate: SrcsetCandidate = { url };
    const w = /(\d+(?:\.\d+)?)w\b/i.exec(descriptor);
    const x = /(\d+(?:\.\d+)?)x\b/i.exec(descriptor);
    if (w) candidate.width = Number(w[1]);
    else if (x) candidate.density = Number(x[1]);
    out.push(candidate);
  }
  return out;
}

interface Candidate {
  url: string;
  width: number | null;
  /** Lower wins when no widths tell candidates apart: lazy attributes beat src, src beats noscript. */
  rank: number;
}

/** The address an onerror handler assigns: this.src = '...'. Read as text, never run. */
const ERROR_HANDLER_SRC = /\bthis\.src\s*=\s*["']([^"']+)["']/;

const isPlaceholder = (url: string) => PLACEHOLDER_SRC.test(url) || SCRIPT_IN_URL.test(url);
/**
 * A lazy attribute names the real photo by definition: only an inline data: URL (or script a page wrote where a
 * URL belongs) is no photo there.
 */
const isInlineData = (url: string) => /^\s*data:/i.test(url) || SCRIPT_IN_URL.test(url);

/** A width or height attribute as a whole number; null when absent, malformed or negative. */
export function declaredSize(img: Element, attr: 'width' | 'height'): number | null {
  const v = Number.parseInt(img.getAttribute(attr) ?? '', 10);
  return Number.isFinite(v) && v >= 0 ? v : null;
}

/** A declared width that can scale a density descriptor: zero counts as none. */
const declaredWidth = (img: Element) => declaredSize(img, 'width') || null;

/**
 * A reader of an element's attributes that asks the DOM only for those the element has: an image is checked for
 * two dozen lazy-loading attributes and has a handful, and each DOM read costs more than a look in the name list.
 */
function attributeReader(el: Element): (name: string) => string | null {
  const present = el.getAttributeNames();
  return (name) => (present.includes(name) ? el.getAttribute(name) : null);
}

function srcsetCandidates(el: Element, base: string, rank: number, out: Candidate[], read: (name: string) => string | null = attributeReader(el)): void {
  for (const attr of SRCSET_ATTRS) {
    const value = read(attr);
    if (!value) continue;
    for (const c of parseSrcset(value)) {
      const url = resolveImageUrl(c.url, base);
      if (!url || (attr === 'srcset' ? isPlaceholder(c.url) : isInlineData(c.url))) continue;
      // "2x" of an image declared 400 wide is 800 wide; without a declared width the density itself ranks it.
      const width = c.width ?? (c.density ? c.density * (declaredWidth(el) ?? 1) : null);
      out.push({ url, width, rank });
    }
  }
}

/** The <img> inside a <noscript> next to (or around) the lazy image: an element in jsdom, raw text in browsers. */
function noscriptUrls(img: Element): string[] {
  const urls: string[] = [];
  const parent = img.parentElement;
  if (!parent) return urls;
  for (let ns = parent.firstElementChild; ns; ns = ns.nextElementSibling) {
    if (ns.tagName !== 'NOSCRIPT') continue;
    const inner = ns.getElementsByTagName('img')[0];
    if (inner) {
      const v = inner.getAttribute('src') ?? inner.getAttribute('data-src');
      if (v) urls.push(v);
      continue;
    }
    // Scripting on: the content is text. Read the src attribute out of it; nothing is parsed as HTML.
    const m = /<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/i.exec(ns.textContent ?? '');
    if (m?.[1]) urls.push(m[1].replace(/&amp;/g, '&'));
  }
  return urls;
}

/** Every URL the image may show, with widths where the page gives them. */
function imageCandidates(img: Element, base: string): Candidate[] {
  const out: Candidate[] = [];
  const attr = attributeReader(img);
  srcsetCandidates(img, base, 0, out, attr);
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  if (picture) {
    for (let source = picture.firstElementChild; source; source = source.nextElementSibling) {
      if (source.tagName !== 'SOURCE') continue;
      // Without widths to compare, a WebP/AVIF alternative ranks after the image's own JPEG: same photo, and the
      // older format is the one every reader can open.
      const modern = /image\/(?:webp|avif|jxl)/i.test(source.getAttribute('type') ?? '');
      srcsetCandidates(source, base, modern ? 2.5 : 0.5, out);
    }
  }
  // One rank for all lazy attributes: the first one listed wins the tie (bestImageUrl keeps the first lowest rank).
  for (const name of LAZY_SRC_ATTRS) {
    const v = attr(name);
    const url = v && !isInlineData(v) ? resolveImageUrl(v, base) : null;
    if (url) out.push({ url, width: null, rank: 1 });
  }
  const src = attr('src');
  const standIn = PLACEHOLDER_ATTRS.some((a) => attr(a)?.trim() === src?.trim());
  // Script where the URL belongs: the browser fails to load it and runs the error handler, which sets the photo.
  const shown = src && SCRIPT_IN_URL.test(src) ? ERROR_HANDLER_SRC.exec(attr('onerror') ?? '')?.[1] : standIn ? null : src;
  const srcUrl = shown && !isPlaceholder(shown) ? resolveImageUrl(shown, base) : null;
  if (srcUrl) out.push({ url: srcUrl, width: declaredWidth(img), rank: 2 });
  for (const v of noscriptUrls(img)) {
    const url = isPlaceholder(v) ? null : resolveImageUrl(v, base);
    if (url) out.push({ url, width: null, rank: 3 });
  }
  return out;
}

/** The URL an image shows at its largest, absolute http(s); null when it only has placeholders. */
export function bestImageUrl(img: Element, base: string): { url: string; width: number | null } | null {
  const candidates = imageCandidates(img, base);
  if (!candidates.length) return null;
  const sized = candidates.filter((c) => c.width !== null);
  // Widths from srcset are the browser's own choice list: take the largest. Without any, the lazy attribute
  // (the real image) beats src (often a low-resolution stand-in).
  const best = sized.length
    ? sized.reduce((a, b) => (b.width! > a.width! ? b : a))
    : candidates.reduce((a, b) => (b.rank < a.rank ? b : a));
  return { url: best.url, width: best.width };
}

/** imageTokens' recent answers: the lead-photo search compares each image with each hinted URL, again and again. */
const tokenCache = new Map<string, ReadonlySet<string>>();
/** URLs remembered at most (a page has far fewer images; the cache starts over past this). */
const TOKEN_CACHE_MAX = 2_000;

/** Distinctive tokens of an image URL: file names, ids and hashes, also from URLs nested in the query. */
export function imageTokens(url: string): ReadonlySet<string> {
  const known = tokenCache.get(url);
  if (known) return known;
  const tokens = readImageTokens(url);
  if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
  tokenCache.set(url, tokens);
  return tokens;
}

function readImageTokens(url: string): Set<string> {
  const tokens = new Set<string>();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return tokens;
  }
  const parts = [parsed.pathname];
  for (const value of parsed.searchParams.values()) if (/[/.]/.test(value)) parts.push(value);
  for (const part of parts) {
    let decoded = part;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      // Keep the raw text.
    }
    for (const token of decoded.toLowerCase().split(/[^a-z0-9]+/)) {
      if (token.length < MIN_IMAGE_TOKEN || COMMON_URL_WORDS.has(token)) continue;
      if (/^\d+x\d+$/.test(token) || /^(?:w|h|q)\d+$/.test(token)) continue;
      tokens.add(token);
    }
  }
  return tokens;
}

/**
 * Whether two URLs show the same photo, allowing other sizes, crops and CDN paths of it. `common` holds tokens
 * that many images of the page share (a site's image folder): they prove nothing.
 */
export function sameImage(a: string, b: string, common: ReadonlySet<string> = new Set()): boolean {
  if (a === b) return true;
  const ta = imageTokens(a);
  const tb = imageTokens(b);
  let shared = 0;
  let longShared = false;
  for (const t of ta) {
    if (!tb.has(t) || common.has(t)) continue;
    shared += 1;
    // A long token (a hash, an id, a descriptive file name part) is enough on its own; years and short words are not.
    if (t.length >= 8 || (t.length >= 6 && !/^\d+$/.test(t))) longShared = true;
  }
  return longShared || shared >= 2;
}

/** An id or hash in an image URL: long, with digits ("161118102423", "ea6b06bb8c83e7", "Qd5tPg9Tg4goHQ"). */
const ID_TOKEN = /^(?=.*\d)[a-z0-9]{8,}$/;
/**
 * Size and rendition marks at the end of a file name: "-980x713", "_1200x", "-w960", "-2160", ".fit-760w", the
 * mark WordPress adds to an edited image ("-e1552667995546"), a version ("-v2") and rendition names ("-superJumbo").
 */
const SIZE_SUFFIX = new RegExp(`[-_.](?:\\d+x\\d*|x\\d+|[wh]\\d+|\\d{3,4}w?|fit-\\d+w?|e\\d{10,13}|v\\d{1,2}|(?:${RENDITION_WORDS.join('|')})\\d*)$`);
const EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)$/;
/** An image extension inside a name: what follows is a rendition of the file named before it ("a.jpg.CROP.x.jpg"). */
const INNER_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)(?=\.)/;
/** The suffix a CMS gives a second upload of the same file name ("photo-1.jpg" beside "photo.jpg"). */
const DUPLICATE_SUFFIX = /-[1-9]$/;

const stripSizes = (stem: string) => {
  let out = stem;
  for (let guard = 0; guard < 3 && SIZE_SUFFIX.test(out); guard += 1) out = out.replace(SIZE_SUFFIX, '');
  return out;
};

/** The last segment of a URL's path ("photo-980x.jpg"); empty when the URL does not parse. */
export function fileName(url: string): string {
  try {
    return new URL(url).pathname.split('/').pop() ?? '';
  } catch {
    return '';
  }
}

/** The file name decoded and in lower case; empty when it does not decode. */
function plainFileName(url: string): string {
  try {
    return decodeURIComponent(fileName(url)).toLowerCase();
  } catch {
    return '';
  }
}

/** A file name without its extension and without the size marks a resizer adds. */
function fileStem(url: string): string {
  const stem = plainFileName(url);
  const inner = INNER_EXTENSION.exec(stem);
  if (inner) return stem.slice(0, inner.index);
  return stripSizes(stem.replace(EXTENSION, ''));
}

/** Same file stem, allowing one side to be a second upload of the other ("thermostat-1200-1" and "thermostat-2160"). */
function sameStem(a: string, b: string): boolean {
  if (a.length < MIN_IMAGE_TOKEN || b.length < MIN_IMAGE_TOKEN) return false;
  if (a === b) return true;
  const undup = (s: string) => (DUPLICATE_SUFFIX.test(s) ? stripSizes(s.replace(DUPLICATE_SUFFIX, '')) : null);
  return undup(a) === b || undup(b) === a;
}

/**
 * Stricter than sameImage: the two URLs are renditions of one file, not just pictures whose names share story
 * words ("lupita-nyongo-getty-01" and "lupita-nyongo-getty-4" are two photos). They share an id or hash, or their
 * file names are equal once size marks are set aside.
 */
export function sameRendition(a: string, b: string, common: ReadonlySet<string> = new Set()): boolean {
  if (a === b) return true;
  if (sameStem(fileStem(a), fileStem(b))) return true;
  const tb = imageTokens(b);
  // A hash (letters and digits) names one photo even when the page shows it in many crops; a number shared by
  // many images is the site's ("2147483647" in every resizer path).
  for (const t of imageTokens(a)) if (tb.has(t) && ID_TOKEN.test(t) && (!common.has(t) || /[a-z]/.test(t))) return true;
  return false;
}

/** Marks of a copy made for link previews ("photo-social.jpg", "photo_og.jpg", "photo-facebook.jpg"). */
const SOCIAL_COPY = /^[-_.](?:social|og|share|facebook|fb|twitter)[\w-]*$/;

/**
 * Whether `declared` is a link-preview copy of the very file `shown` names ("kerry-lausanne-social.jpg" for
 * "kerry-lausanne.jpg"): a crop made for cards, where the page shows the full-frame original.
 */
export function isSocialCopyOf(declared: string, shown: string): boolean {
  const a = plainFileName(declared).replace(EXTENSION, '');
  const b = plainFileName(shown).replace(EXTENSION, '');
  return b.length >= MIN_IMAGE_TOKEN && a.startsWith(b) && SOCIAL_COPY.test(a.slice(b.length));
}
