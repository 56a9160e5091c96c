// Page detection: news | article | other, with the signals that decided it.
// Fast by design (it runs on every page where auto-clean is on): a few querySelector calls, one JSON-LD read and
// one pass over the paragraphs. No Readability parse, no whole-page text extraction.
import type { Detection, DetectionSignal, PageKind } from '../article';
import {
  ARTICLE_MARKERS,
  ARTICLE_THRESHOLD,
  CARD_GRID_MIN_CARDS,
  CMS_LISTING_CLASSES,
  CMS_SINGLE_CLASSES,
  CMS_SINGLE_PREFIX,
  COLLECTION_TYPES,
  COMMENT_PROSE_SHARE,
  DATELINE_PATTERNS,
  DETAIL_MAX_CHARS,
  DISCUSSION_TYPES,
  DOC_OUTLINE_MIN_HEADINGS,
  GENERIC_ARTICLE_TYPES,
  LISTING_HEADLINES_PER_PARAGRAPH,
  LISTING_MIN_HEADLINES,
  MANY_HEADLINES,
  META_MAX,
  MUCH_PROSE_SCORE,
  NEWS_META_KEYS,
  NEWS_SITE_WORDS,
  NEWS_THRESHOLD,
  NEWS_TYPES,
  NO_PROSE_SCORE,
  NONNEWS_ARTICLE_TYPES,
  NONNEWS_SITE_WORDS,
  OG_NONARTICLE_TYPES,
  OG_TYPE_KEYS,
  PRODUCT_TYPES,
  PUBLISHED_KEYS,
  READERABLE_MIN_SCORE,
  SECTION_KEYS,
  SIGNALS,
  SITE_NAME_KEYS,
  type SignalName,
  VIDEO_TYPES,
} from './signals';
import { hasArticleBody, type PageSurvey, surveyPage } from './survey';
import { readStructuredTypes, type StructuredTypes } from './structured';
import { type Hit, parseHttpUrl, urlSignals } from './url';

export { ARTICLE_THRESHOLD, NEWS_THRESHOLD } from './signals';

/** The page's meta tags by lower-cased property, name or itemprop; the first value of each wins. */
type MetaMap = Map<string, string>;

function readMeta(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  const metas = doc.getElementsByTagName('meta');
  const count = Math.min(metas.length, META_MAX);
  for (let i = 0; i < count; i++) {
    const el = metas[i];
    if (!el) continue;
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (!key || map.has(key)) continue;
    const value = (el.getAttribute('content') ?? el.getAttribute('value') ?? '').trim();
    if (value) map.set(key, value);
  }
  return map;
}

function metaValue(meta: MetaMap, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}

function clip(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DETAIL_MAX_CHARS ? `${flat.slice(0, DETAIL_MAX_CHARS - 1)}…` : flat;
}

/** The address to judge: the page URL, or when that is not http(s) (a saved file), the page's canonical URL. */
function pageUrl(doc: Document, meta: MetaMap, url: string): URL | null {
  const direct = parseHttpUrl(url);
  if (direct) return direct;
  let canonical: string | null = null;
  for (const link of doc.getElementsByTagName('link')) {
    if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      canonical = link.getAttribute('href');
      break;
    }
  }
  return parseHttpUrl(canonical) ?? parseHttpUrl(meta.get('og:url'));
}

/** Structured data: an article type (news first) decides; without one, a discussion, product, video or collection. */
function structuredSignals(types: StructuredTypes): Hit[] {
  const hits: Hit[] = [];
  const find = (set: ReadonlySet<string>) => types.top.find((t) => set.has(t));
  const news = find(NEWS_TYPES);
  const nonNews = find(NONNEWS_ARTICLE_TYPES);
  const generic = find(GENERIC_ARTICLE_TYPES);
  const discussion = find(DISCUSSION_TYPES);
  const product = find(PRODUCT_TYPES);
  if (news) hits.push({ name: 'jsonld-news', detail: news });
  else if (nonNews) hits.push({ name: 'jsonld-nonnews-article', detail: nonNews });
  else if (generic && generic !== 'creativework') hits.push({ name: 'jsonld-article', detail: generic });
  const isArticle = hits.length > 0;
  // The negative types count only without an article type: an article may carry its comment thread, an embedded
  // video or the product it reviews as extra items.
  if (isArticle) {
    // nothing more to read
  } else if (discussion) hits.push({ name: 'jsonld-discussion', detail: discussion });
  else if (product) hits.push({ name: 'jsonld-product', detail: product });
  else {
    const video = find(VIDEO_TYPES);
    // WebSite and Organization sit on every page of many sites: only page-level collection types count.
    const collection = find(COLLECTION_TYPES);
    if (video) hits.push({ name: 'jsonld-video', detail: video });
    else if (collection) hits.push({ name: 'jsonld-collection', detail: collection });
  }
  if (types.malformed > 0) hits.push({ name: 'jsonld-malformed', detail: `${types.malformed} script(s)` });
  return hits;
}

function metaSignals(meta: MetaMap, types: StructuredTypes, url: URL | null): Hit[] {
  const hits: Hit[] = [];
  const ogType = metaValue(meta, OG_TYPE_KEYS)?.toLowerCase() ?? null;
  if (ogType) {
    if (ogType === 'article' || ogType.startsWith('article')) hits.push({ name: 'og-article', detail: ogType });
    else if (ogType.startsWith('video')) hits.push({ name: 'og-video', detail: ogType });
    else if (ogType.startsWith('product') || ogType === 'og:product') hits.push({ name: 'og-product', detail: ogType });
    else if (ogType === 'website') hits.push({ name: 'og-website', detail: ogType });
    else if (OG_NONARTICLE_TYPES.has(ogType)) hits.push({ name: 'og-nonarticle', detail: ogType });
  }
  const published = metaValue(meta, PUBLISHED_KEYS);
  if (published) hits.push({ name: 'published-time', detail: published });
  else if (types.hasDatePublished) hits.push({ name: 'published-time', detail: 'datePublished' });
  const section = metaValue(meta, SECTION_KEYS);
  if (section && (published || types.hasDatePublished)) hits.push({ name: 'news-section-meta', detail: section });
  const newsKey = NEWS_META_KEYS.find((k) => meta.has(k));
  if (newsKey) hits.push({ name: 'news-meta', detail: newsKey });

  const siteName = metaValue(meta, SITE_NAME_KEYS) ?? '';
  const host = url?.hostname.replace(/^www\./, '') ?? '';
  const named = `${siteName} ${host.replace(/[.-]/g, ' ')}`;
  const nonNews = NONNEWS_SITE_WORDS.exec(named);
  const newsWord = NEWS_SITE_WORDS.exec(named);
  if (nonNews) hits.push({ name: 'nonnews-site', detail: nonNews[0] });
  else if (newsWord) hits.push({ name: 'news-site-name', detail: siteName || host });
  return hits;
}

function bodySignals(doc: Document, survey: PageSurvey): Hit[] {
  const hits: Hit[] = [];
  const body = doc.body;
  if (!body) return [{ name: 'no-body' }];

  if (survey.proseScore > READERABLE_MIN_SCORE) {
    hits.push({ name: 'readerable', detail: `score ${survey.proseScore.toFixed(0)}` });
    if (survey.proseScore > MUCH_PROSE_SCORE && survey.paragraphs > 0) hits.push({ name: 'much-prose', detail: `${survey.paragraphs} paragraphs` });
  } else if (survey.textContainer) {
    // The text is there, in lists, tables or short paragraphs (a docs page): the container speaks for it below.
  } else if (survey.proseScore < NO_PROSE_SCORE) {
    hits.push({ name: 'no-prose', detail: `score ${survey.proseScore.toFixed(1)}` });
  } else {
    hits.push({ name: 'little-prose', detail: `score ${survey.proseScore.toFixed(1)}` });
  }

  const articleBody = hasArticleBody(survey);
  if (articleBody) hits.push({ name: 'article-body', detail: `${survey.bestContainerParagraphs} paragraphs` });
  const text = survey.textContainer;
  if (text) hits.push({ name: 'text-container', detail: `<${text.tag}> ${text.chars} chars, ${Math.round(100 * text.linkDensity)}% links` });
  const oneText = articleBody || text !== null;
  if (survey.anchoredHeadings >= DOC_OUTLINE_MIN_HEADINGS) hits.push({ name: 'doc-outline', detail: `${survey.anchoredHeadings} anchored headings` });

  // A thread: most long paragraphs sit in comments, and no article text outweighs them (a blog post whose text is
  // in lists keeps its comments below its own length).
  const totalProse = survey.proseChars + survey.commentChars;
  const outweighed = text !== null && survey.commentChars < COMMENT_PROSE_SHARE * text.chars;
  if (!articleBody && !outweighed && survey.commentChars > 0 && survey.commentChars / totalProse >= COMMENT_PROSE_SHARE) {
    hits.push({ name: 'comment-thread', detail: `${Math.round((100 * survey.commentChars) / totalProse)}% of prose in comments` });
  }

  // Listing: many linked headlines for the amount of prose; or a grid of <article> cards.
  // Both say the same thing (teasers), so only the stronger one counts.
  if (!oneText && survey.linkedHeadlines >= LISTING_MIN_HEADLINES && survey.linkedHeadlines > LISTING_HEADLINES_PER_PARAGRAPH * survey.paragraphs) {
    hits.push({ name: 'teaser-listing', detail: `${survey.linkedHeadlines} headline links, ${survey.paragraphs} paragraphs` });
  } else if (!oneText && survey.cards >= CARD_GRID_MIN_CARDS) {
    hits.push({ name: 'card-grid', detail: `${survey.cards} <article> cards` });
  } else if (!articleBody && survey.linkedHeadlines >= MANY_HEADLINES) {
    hits.push({ name: 'many-headlines', detail: `${survey.linkedHeadlines} headline links` });
  }

  const classes = [...body.classList].map((c) => c.toLowerCase());
  const single = classes.find((c) => CMS_SINGLE_CLASSES.has(c) || CMS_SINGLE_PREFIX.test(c));
  const listing = classes.find((c) => CMS_LISTING_CLASSES.has(c));
  if (listing && !single) hits.push({ name: 'cms-listing', detail: listing });
  else if (single) hits.push({ name: 'cms-single', detail: single });

  if (survey.byline) hits.push({ name: 'byline', detail: survey.byline });
  if (survey.headerTime) hits.push({ name: 'header-time', detail: survey.headerTime });
  const dateline = survey.openings.find((opening) => DATELINE_PATTERNS.some((re) => re.test(opening)));
  if (dateline) hits.push({ name: 'dateline', detail: dateline.slice(0, 40) });
  return hits;
}

function toSignal(hit: Hit): DetectionSignal {
  const detail = clip(hit.detail);
  return detail === undefined ? { name: hit.name, weight: SIGNALS[hit.name].weight } : { name: hit.name, weight: SIGNALS[hit.name].weight, detail };
}

/** Decide the kind from the signals seen. Exported for tests and tools that re-weigh. */
export function classify(names: readonly SignalName[]): { kind: PageKind; score: number; newsScore: number } {
  let score = 0;
  let newsScore = 0;
  for (const name of names) {
    score += SIGNALS[name].weight;
    newsScore += SIGNALS[name].news;
  }
  const kind: PageKind = score < ARTICLE_THRESHOLD ? 'other' : newsScore >= NEWS_THRESHOLD ? 'news' : 'article';
  return { kind, score: Math.round(score * 100) / 100, newsScore: Math.round(newsScore * 100) / 100 };
}

export function detectPage(doc: Document, url: string): Detection {
  if (!doc.body || !doc.documentElement) {
    const signals = [toSignal({ name: 'no-body' })];
    return { kind: 'other', score: signals[0]?.weight ?? 0, signals };
  }
  const meta = readMeta(doc);
  const page = pageUrl(doc, meta, url);
  const types = readStructuredTypes(doc);
  const survey = surveyPage(doc);
  const hits: Hit[] = [...structuredSignals(types), ...metaSignals(meta, types, page), ...(page ? urlSignals(page) : []), ...bodySignals(doc, survey)];

  // One signal of each name: the first one seen (a blog path and a blog site name say the same thing).
  const seen = new Set<SignalName>();
  const unique = hits.filter((h) => (seen.has(h.name) ? false : (seen.add(h.name), true)));
  if (!unique.some((h) => ARTICLE_MARKERS.has(h.name))) unique.push({ name: 'no-article-metadata' });
  const { kind, score } = classify(unique.map((h) => h.name));
  return { kind, score, signals: unique.map(toSignal) };
}
