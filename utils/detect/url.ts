// What the page address says: a dated story, a headline slug, a home page, a listing, a thread.
import {
  type AddSignal,
  DISCUSSION_URL_PATTERNS,
  HOME_PATHS,
  LISTING_SEGMENTS,
  LISTING_SEGMENTS_TAIL_ONLY,
  LOCALE_SEGMENT,
  MEDIA_OR_PRODUCT_URL_PATTERNS,
  NEWS_SECTION_WORDS,
  NONNEWS_PATH_SEGMENTS,
  PAGE_QUERY_PARAMS,
  FILTER_QUERY_PARAMS,
  SEARCH_QUERY_PARAMS,
  SLUG_MIN_WORDS,
  SLUG_SPLIT,
  SLUG_WORD,
  TRACKING_PARAM,
  URL_COMPACT_DATE,
  URL_DATE_PATTERNS,
  URL_ID_PATTERN,
  URL_YEAR_MAX,
  URL_YEAR_MIN,
} from './signals';

/** An http(s) URL, or null for anything else (file:, about:blank, garbage). Protocol-relative "//host/x" is https. */
export function parseHttpUrl(raw: string | null | undefined, base?: string): URL | null {
  if (!raw) return null;
  const text = raw.trim();
  try {
    const url = new URL(text.startsWith('//') ? `https:${text}` : text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function segmentsOf(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** Query parameters other than tracking ones. */
function meaningfulParams(url: URL): string[] {
  return [...url.searchParams.keys()].filter((k) => !TRACKING_PARAM.test(k));
}

function yearOk(year: string | undefined): boolean {
  const y = Number(year);
  return y >= URL_YEAR_MIN && y <= URL_YEAR_MAX;
}

function findDate(path: string): string | null {
  for (const pattern of URL_DATE_PATTERNS) {
    const m = pattern.exec(path);
    if (m && yearOk(m[1])) return m[0];
  }
  const compact = URL_COMPACT_DATE.exec(path);
  if (compact && yearOk(compact[1])) return compact[0];
  return null;
}

/** Words of a slug: "gunmen-storm-museum-in-tunisia" -> 5. File extensions and ids do not count. */
function slugWords(segment: string): number {
  const base = segment.replace(/\.\w{2,5}$/, '');
  return base.split(SLUG_SPLIT).filter((w) => w.length >= 2 && SLUG_WORD.test(w)).length;
}

/** A listing segment followed by no more than its name: /tag/x/, /author/jane/, /archive/ (page numbers aside). */
function listingSegment(lower: string[]): string | null {
  for (let i = 0; i < lower.length; i++) {
    const s = lower[i] ?? '';
    if (!LISTING_SEGMENTS.has(s)) continue;
    const rest = lower.slice(i + 1);
    const page = rest.lastIndexOf('page');
    if (page >= 0 && page === rest.length - 2 && /^\d+$/.test(rest[page + 1] ?? '')) rest.splice(page, 2);
    if (rest.length <= (LISTING_SEGMENTS_TAIL_ONLY.has(s) ? 0 : 1)) return `/${s}/`;
  }
  return null;
}

/** A search or a filtered list in the query: ?q=word, ?tag=x (with nothing that names an item beside it). */
function listingQuery(url: URL, params: string[]): string | null {
  const search = params.find((k) => SEARCH_QUERY_PARAMS.has(k.toLowerCase()) && (url.searchParams.get(k) ?? '').trim() !== '');
  if (search) return `?${search}=`;
  const filter = params.find((k) => FILTER_QUERY_PARAMS.has(k.toLowerCase()));
  if (filter && params.every((k) => FILTER_QUERY_PARAMS.has(k.toLowerCase()) || PAGE_QUERY_PARAMS.has(k.toLowerCase()))) return `?${filter}=`;
  return null;
}

/** A page number past the first ("2", "15"). */
function isLaterPage(value: string): boolean {
  return /^\d+$/.test(value) && Number(value) >= 2;
}

/** A later page of a list: /page/2 at the end of the path, or ?page=2 as the only parameter. */
function paginationOf(lower: string[], url: URL, params: string[]): string | null {
  const [number, page] = lower.slice(-2).reverse();
  if (page === 'page' && isLaterPage(number!)) return `/page/${number}`;
  if (params.length === 1) {
    const key = params[0]!;
    const value = url.searchParams.get(key) ?? '';
    if (PAGE_QUERY_PARAMS.has(key.toLowerCase()) && isLaterPage(value)) return `?${key}=${value}`;
  }
  return null;
}

/** The first pattern that matches, and what it matched. */
function firstMatch(patterns: readonly RegExp[], text: string): string | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

export function urlSignals(url: URL, add: AddSignal): void {
  const segments = segmentsOf(url);
  const lower = segments.map((s) => s.toLowerCase());
  const params = meaningfulParams(url);
  const path = url.pathname;
  const pathAndQuery = path + url.search;

  // Home page: nothing after the host (or only an edition's language), and no query that picks a page.
  const meaningful = lower.filter((s, i) => !(i === 0 && LOCALE_SEGMENT.test(s)));
  const home = params.length === 0 && (meaningful.length === 0 || (meaningful.length === 1 && HOME_PATHS.has(meaningful[0]!)));
  if (home) add('home-page', path || '/');

  // Listing: /tag/x, /category/x, /author/x, /search, ?q=, ?tag=; pagination: /page/2, ?page=2.
  const listing = listingSegment(lower) ?? listingQuery(url, params);
  if (listing && !home) add('listing-url', listing);
  const pagination = paginationOf(lower, url, params);
  if (pagination) add('pagination', pagination);

  const discussion = firstMatch(DISCUSSION_URL_PATTERNS, pathAndQuery);
  if (discussion !== undefined) add('discussion-url', discussion);
  const media = firstMatch(MEDIA_OR_PRODUCT_URL_PATTERNS, pathAndQuery);
  if (media !== undefined) add('media-or-product-url', media);

  const date = findDate(path);
  if (date) add('url-date', date);

  // A headline slug: the wordiest segment (some sites put an id last: /story/slug/123456).
  let bestSlug = '';
  let bestWords = 0;
  for (const s of segments) {
    const n = slugWords(s);
    if (n > bestWords) [bestSlug, bestWords] = [s, n];
  }
  if (bestWords >= SLUG_MIN_WORDS) add('url-slug', bestSlug);

  const id = URL_ID_PATTERN.exec(segments[segments.length - 1] ?? '');
  if (id && !date) add('url-id', id[1]);

  // A section before the last segment (a story inside it, not the section front).
  const section = lower.slice(0, -1).find((s) => NEWS_SECTION_WORDS.has(s));
  if (section) add('url-news-section', `/${section}/`);

  // A blog, docs or wiki path segment (a blog or docs host is found by its name, with the site name).
  const nonNews = lower.find((s) => NONNEWS_PATH_SEGMENTS.has(s));
  if (nonNews) add('nonnews-site', nonNews);
}
