// Page detection: news | article | other, with the signals that decided it.
// Fast by design (it runs on every page where auto-clean is on): a few querySelector calls, one JSON-LD read and
// one pass over the paragraphs. No Readability parse, no whole-page text extraction.
import type { Detection, DetectionSignal, PageKind } from '../article';
import {
  type AddSignal,
  ARTICLE_THRESHOLD,
  CARD_GRID_MIN_CARDS,
  CMS_LISTING_CLASSES,
  CMS_SINGLE_CLASSES,
  CMS_SINGLE_PREFIX,
  COMMENT_PROSE_SHARE,
  DATELINE_PATTERNS,
  DETAIL_MAX_CHARS,
  DOC_OUTLINE_MIN_HEADINGS,
  LISTING_HEADLINES_PER_PARAGRAPH,
  LISTING_MIN_HEADLINES,
  MANY_HEADLINES,
  META_MAX,
  MUCH_PROSE_SCORE,
  NEWS_META_KEYS,
  NEWS_SITE_WORDS,
  NEWS_THRESHOLD,
  NO_PROSE_SCORE,
  NONNEWS_SITE_WORDS,
  OG_NONARTICLE_TYPES,
  PUBLISHED_KEYS,
  READERABLE_MIN_SCORE,
  SECTION_KEYS,
  SIGNALS,
  SITE_NAME_KEYS,
  type SignalName,
  STRUCTURED_TYPE_SIGNALS,
} from './signals';
import { bodyTagIndex, type PageSurvey, surveyPage } from './survey';
import { readStructuredTypes, type StructuredTypes } from './structured';
import { parseHttpUrl, urlSignals } from './url';
import { cleanLine } from '../text';

export { ARTICLE_THRESHOLD, NEWS_THRESHOLD } from './signals';

/** The page's meta tags by lower-cased property, name or itemprop; the first value of each wins. */
type MetaMap = Map<string, string>;

function readMeta(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  const metas = doc.getElementsByTagName('meta');
  const count = Math.min(metas.length, META_MAX);
  for (let i = 0; i < count; i++) {
    const el = metas[i]!;
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
  const flat = cleanLine(text) ?? '';
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

/** Structured data: the first kind of type found decides, in STRUCTURED_TYPE_SIGNALS order (article types first:
 *  an article may carry its comment thread, an embedded video or the product it reviews as extra items). */
function structuredSignals(types: StructuredTypes, add: AddSignal): void {
  for (const [set, name] of STRUCTURED_TYPE_SIGNALS) {
    const type = types.top.find((t) => set.has(t));
    // CreativeWork is every type's parent: found first among the generic types, it says nothing.
    if (type && type !== 'creativework') {
      add(name, type);
      break;
    }
  }
  if (types.malformed > 0) add('jsonld-malformed', `${types.malformed} script(s)`);
}

function metaSignals(meta: MetaMap, types: StructuredTypes, url: URL | null, add: AddSignal): void {
  const ogType = meta.get('og:type')?.toLowerCase();
  if (ogType) {
    if (ogType.startsWith('article')) add('og-article', ogType);
    else if (ogType.startsWith('video')) add('og-video', ogType);
    else if (ogType.startsWith('product') || ogType === 'og:product') add('og-product', ogType);
    else if (ogType === 'website') add('og-website', ogType);
    else if (OG_NONARTICLE_TYPES.has(ogType)) add('og-nonarticle', ogType);
  }
  const published = metaValue(meta, PUBLISHED_KEYS) ?? (types.hasDatePublished ? 'datePublished' : null);
  if (published) add('published-time', published);
  const section = metaValue(meta, SECTION_KEYS);
  if (section && published) add('news-section-meta', section);
  const newsKey = NEWS_META_KEYS.find((k) => meta.has(k));
  if (newsKey) add('news-meta', newsKey);

  const siteName = metaValue(meta, SITE_NAME_KEYS) ?? '';
  const host = url?.hostname.replace(/^www\./, '') ?? '';
  const named = `${siteName} ${host.replace(/[.-]/g, ' ')}`;
  const nonNews = NONNEWS_SITE_WORDS.exec(named);
  if (nonNews) add('nonnews-site', nonNews[0]);
  else if (NEWS_SITE_WORDS.test(named)) add('news-site-name', siteName || host);
}

function bodySignals(body: HTMLElement, survey: PageSurvey, add: AddSignal): void {
  const { proseScore, paragraphs, commentChars, linkedHeadlines } = survey;
  if (proseScore > READERABLE_MIN_SCORE) {
    add('readerable', `score ${proseScore.toFixed(0)}`);
    if (proseScore > MUCH_PROSE_SCORE && paragraphs > 0) add('much-prose', `${paragraphs} paragraphs`);
  } else if (survey.textContainer) {
    // The text is there, in lists, tables or short paragraphs (a docs page): the container speaks for it below.
  } else {
    add(proseScore < NO_PROSE_SCORE ? 'no-prose' : 'little-prose', `score ${proseScore.toFixed(1)}`);
  }

  const articleBody = survey.articleBody;
  if (articleBody) add('article-body', `${survey.bodyParagraphs} paragraphs`);
  const text = survey.textContainer;
  if (text) add('text-container', `<${text.tag}> ${text.chars} chars, ${Math.round(100 * text.linkDensity)}% links`);
  const oneText = articleBody || text !== null;
  if (survey.anchoredHeadings >= DOC_OUTLINE_MIN_HEADINGS) add('doc-outline', `${survey.anchoredHeadings} anchored headings`);

  // A thread: most long paragraphs sit in comments, and no article text outweighs them (a blog post whose text is
  // in lists keeps its comments below its own length).
  const totalProse = survey.proseChars + commentChars;
  const outweighed = text !== null && commentChars < COMMENT_PROSE_SHARE * text.chars;
  if (!articleBody && !outweighed && commentChars > 0 && commentChars / totalProse >= COMMENT_PROSE_SHARE) {
    add('comment-thread', `${Math.round((100 * commentChars) / totalProse)}% of prose in comments`);
  }

  // Listing: many linked headlines for the amount of prose; or a grid of <article> cards.
  // Both say the same thing (teasers), so only the stronger one counts.
  if (!oneText && linkedHeadlines >= LISTING_MIN_HEADLINES && linkedHeadlines > LISTING_HEADLINES_PER_PARAGRAPH * paragraphs) {
    add('teaser-listing', `${linkedHeadlines} headline links, ${paragraphs} paragraphs`);
  } else if (!oneText && survey.cards >= CARD_GRID_MIN_CARDS) {
    add('card-grid', `${survey.cards} <article> cards`);
  } else if (!articleBody && linkedHeadlines >= MANY_HEADLINES) {
    add('many-headlines', `${linkedHeadlines} headline links`);
  }

  const classes = [...body.classList].map((c) => c.toLowerCase());
  const single = classes.find((c) => CMS_SINGLE_CLASSES.has(c) || CMS_SINGLE_PREFIX.test(c));
  const listing = classes.find((c) => CMS_LISTING_CLASSES.has(c));
  if (listing && !single) add('cms-listing', listing);
  else if (single) add('cms-single', single);

  if (survey.byline) add('byline', survey.byline);
  if (survey.headerTime) add('header-time', survey.headerTime);
  const dateline = survey.openings.find((opening) => DATELINE_PATTERNS.some((re) => re.test(opening)));
  if (dateline) add('dateline', dateline.slice(0, 40));
}

function toSignal(name: SignalName, rawDetail?: string): DetectionSignal {
  const signal: DetectionSignal = { name, weight: SIGNALS[name][0] };
  const detail = clip(rawDetail);
  if (detail !== undefined) signal.detail = detail;
  return signal;
}

/** Decide the kind from the signals seen. Exported for tests and tools that re-weigh. */
export function classify(names: readonly SignalName[]): { kind: PageKind; score: number; newsScore: number } {
  let score = 0;
  let newsScore = 0;
  for (const name of names) {
    const [weight, news] = SIGNALS[name];
    score += weight;
    newsScore += news;
  }
  const kind: PageKind = score < ARTICLE_THRESHOLD ? 'other' : newsScore >= NEWS_THRESHOLD ? 'news' : 'article';
  return { kind, score: Math.round(score * 100) / 100, newsScore: Math.round(newsScore * 100) / 100 };
}

export function detectPage(doc: Document, url: string): Detection {
  // A document with a body has a root element too.
  if (!doc.body) {
    const signal = toSignal('no-body');
    return { kind: 'other', score: signal.weight, signals: [signal] };
  }
  // Signals by name with their detail, in the order seen. One of each name: the first one wins (a blog path and a
  // blog site name say the same thing).
  const found = new Map<SignalName, string | undefined>();
  const add: AddSignal = (name, detail) => {
    if (!found.has(name)) found.set(name, detail);
  };
  const meta = readMeta(doc);
  const page = pageUrl(doc, meta, url);
  // The body's elements by tag, read once for the structured-data holders and the survey.
  const bodyTags = bodyTagIndex(doc.body);
  const types = readStructuredTypes(doc, bodyTags);
  structuredSignals(types, add);
  metaSignals(meta, types, page, add);
  if (page) urlSignals(page, add);
  bodySignals(doc.body, surveyPage(doc.body, bodyTags), add);

  const names = [...found.keys()];
  if (!names.some((name) => SIGNALS[name][2])) {
    names.push('no-article-metadata');
  }
  const { kind, score } = classify(names);
  return { kind, score, signals: names.map((name) => toSignal(name, found.get(name))) };
}
