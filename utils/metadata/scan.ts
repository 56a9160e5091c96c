// One walk over the page that finds the elements which may show the byline, the date or the story's source, with
// their position relative to the headline. Read-only.
import {
  AUTHOR_HREF, BYLINE_HINTS, DATE_HINTS, MEDIA_CREDIT, NOT_PUBLISHED_DATE, NOT_STORY_META, NOT_STORY_SELF, NOT_STORY_TAGS, SOURCE_HINTS, storyRank,
} from './selectors';
import { isHiddenWith } from './text';

/** Elements walked at most; the header of a story is near the top of even the largest pages. */
const MAX_SCAN_ELEMENTS = 40_000;
/** Candidates of each kind kept at most (a listing page can have thousands of dates). */
const MAX_CANDIDATES = 400;
/** Within this many elements after the headline a candidate is near it. */
const NEAR_AFTER_HEADLINE = 400;
/** Before the headline (bylines and dates placed above it) the window is shorter. */
const NEAR_BEFORE_HEADLINE = 120;
/** Score units lost per element of distance from the headline, after and before it. */
const DISTANCE_COST_AFTER = 1 / 40;
const DISTANCE_COST_BEFORE = 1 / 15;
/** Extra cost for a candidate above the headline, and for one far from it. */
const ABOVE_HEADLINE_COST = 4;
const FAR_COST = 25;
/** Without a headline, a candidate loses this per element from the top of the page. */
const NO_HEADLINE_COST = 1 / 400;
/** Weight of a link to an author page (a weaker hint than byline markup). */
const AUTHOR_LINK_WEIGHT = 2;
/** One unit of hint weight is worth this many score units. */
export const WEIGHT_UNIT = 10;

export interface Candidate {
  el: Element;
  weight: number;
  index: number;
  /** A byline candidate only because it links to an author-like page. */
  hrefOnly?: boolean;
}

export interface PageScan {
  /** Story containers by rank (see storyRank), in page order. */
  stories: { el: Element; rank: number }[];
  headline: Element | null;
  /** Position of the headline in the walk, -1 when there is none. */
  headlineIndex: number;
  bylines: Candidate[];
  dates: Candidate[];
  sources: Candidate[];
}

/** The attributes the scan reads, taken once per element (only those the element has: jsdom reads are costly). */
interface Attrs {
  /** class, id, data-testid and data-component together: the names hints are matched against. */
  names: string;
  itemprop: string;
  rel: string;
  href: string;
  role: string;
  property: string;
  datetime: boolean;
}

function readAttrs(el: Element, present: readonly string[]): Attrs {
  const a: Attrs = { names: '', itemprop: '', rel: '', href: '', role: '', property: '', datetime: false };
  let names = '';
  for (const name of present) {
    switch (name) {
      case 'class':
      case 'id':
      case 'data-testid':
      case 'data-component':
        names += ` ${el.getAttribute(name)}`;
        break;
      case 'itemprop':
      case 'rel':
      case 'href':
      case 'role':
      case 'property':
        a[name] = el.getAttribute(name) ?? '';
        break;
      case 'datetime':
      case 'pubdate':
        a.datetime = true;
        break;
    }
  }
  a.names = names;
  return a;
}

function tokens(value: string | null): string[] {
  return (value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** The byline weight from markup alone, without the author-page link hint. */
function markupBylineWeight(tag: string, a: Attrs): number {
  let weight = 0;
  if (a.itemprop) {
    const itemprop = tokens(a.itemprop);
    if (itemprop.includes('author') || itemprop.includes('creator')) weight = 4;
  }
  if (a.rel && tokens(a.rel).includes('author')) weight = Math.max(weight, 3);
  if (a.names) for (const hint of BYLINE_HINTS) if (hint.pattern.test(a.names)) weight = Math.max(weight, hint.weight);
  if (tag === 'address') weight = Math.max(weight, 1);
  return weight;
}

function dateWeight(tag: string, a: Attrs): number {
  if (a.itemprop) {
    const itemprop = tokens(a.itemprop);
    if (itemprop.includes('datepublished') || itemprop.includes('datecreated')) return 4;
    if (itemprop.includes('datemodified')) return 0;
  }
  if (a.names && NOT_PUBLISHED_DATE.test(a.names) && !/publish/i.test(a.names)) return 0;
  // Custom elements with a datetime attribute (<relative-time>, <local-time>) are <time> in all but name.
  if (tag === 'time' || a.datetime) return a.datetime ? 3 : 2;
  if (a.names.trim() && DATE_HINTS.test(a.names)) return 1.5;
  return 0;
}

/** Elements after the headline whose own text is tried as a date even without a date hint, and their weight. */
const PLAIN_DATE_WINDOW = 60;
const PLAIN_DATE_WEIGHT = 1;
/** Own text longer than this is prose, not a date line. */
const MAX_PLAIN_DATE_CHARS = 80;

function ownTextHasDigit(el: Element): boolean {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) text += child.nodeValue ?? '';
  text = text.trim();
  return text.length > 0 && text.length <= MAX_PLAIN_DATE_CHARS && /\d/.test(text);
}

/**
 * The scan reads elements this far before and after the headline (its metadata sits around it); past them only
 * the walk goes on, cheaply, to find the headline. Wider than the NEAR_* windows, where scores start to fall.
 */
const SCAN_BEFORE_HEADLINE = 120;
const SCAN_AFTER_HEADLINE = 400;
/** Without a headline, the elements read from the top of the page. */
const SCAN_WITHOUT_HEADLINE = 6_000;

/** Markup that names the author or the date anywhere on the page (microdata). */
function hasStrongHint(el: Element): boolean {
  return el.hasAttribute('itemprop');
}

/**
 * Every element of the page in document order with its tag, read once (jsdom makes each DOM call costly, and
 * element lists by tag name each walk the whole tree): the metadata harvest takes its lists from here.
 */
export interface PageElements {
  all: Element[];
  /** localName of each element of `all`. */
  tags: string[];
  /** Position of <body> in `all` (its elements follow it), -1 when there is none. */
  bodyAt: number;
  /**
   * The document's <html> and <body>, read once: a jsdom Document looks every property up among its named
   * elements first (a walk of the whole tree), so `doc.body` is costly.
   */
  root: Element | null;
  body: HTMLElement | null;
}

export function pageElements(doc: Document): PageElements {
  const all: Element[] = [];
  const tags: string[] = [];
  // Iterative (a hostile page may nest deeper than the stack allows), child links only: the cheapest walk in jsdom.
  const root = doc.documentElement;
  const stack: Element[] = root ? [root] : [];
  while (stack.length) {
    const el = stack.pop()!;
    all.push(el);
    tags.push(el.localName);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  // As document.body: the first <body> (or <frameset>) child of <html>, found without asking the document again.
  let body: HTMLElement | null = null;
  for (let child = root?.firstElementChild ?? null; child && !body; child = child.nextElementSibling) {
    if (child.localName === 'body' || child.localName === 'frameset') body = child as HTMLElement;
  }
  return { all, tags, bodyAt: body ? all.indexOf(body) : -1, root, body };
}

/** The elements of one tag, in page order. */
export function byTag(page: PageElements, tag: string, from = 0): Element[] {
  const out: Element[] = [];
  for (let i = from; i < page.tags.length; i++) if (page.tags[i] === tag) out.push(page.all[i]!);
  return out;
}

/** Read the body around the headline (all of it up to a cap without one) and collect the candidates. */
export function scanPage(doc: Document, headline: Element | null, page: PageElements = pageElements(doc)): PageScan {
  const scan: PageScan = { stories: [], headline, headlineIndex: -1, bylines: [], dates: [], sources: [] };
  const body = page.body;
  if (!body || page.bodyAt < 0) return scan;
  const read = (el: Element, index: number) => {
    const tag = el.localName;
    const present = el.getAttributeNames();
    const afterHeadline = scan.headlineIndex >= 0 && index >= scan.headlineIndex && index - scan.headlineIndex <= PLAIN_DATE_WINDOW;
    if (present.length === 0) {
      if (tag === 'article' || tag === 'main') scan.stories.push({ el, rank: tag === 'article' ? 3 : 5 });
      else if (tag === 'time') scan.dates.push({ el, weight: 2, index });
      else if (tag === 'address') scan.bylines.push({ el, weight: 1, index, hrefOnly: false });
      // Right under the headline, any short text with a number may be the date ("December 14, 2016").
      else if (afterHeadline && ownTextHasDigit(el) && scan.dates.length < MAX_CANDIDATES) scan.dates.push({ el, weight: PLAIN_DATE_WEIGHT, index });
      return;
    }
    const a = readAttrs(el, present);
    const rank = storyRank(el, tag, a.names, a.itemprop || a.property, a.role);
    if (rank >= 0 && scan.stories.length < MAX_CANDIDATES) scan.stories.push({ el, rank });
    const markup = markupBylineWeight(tag, a);
    const b = tag === 'a' && AUTHOR_HREF.test(a.href) ? Math.max(markup, AUTHOR_LINK_WEIGHT) : markup;
    if (b > 0 && scan.bylines.length < MAX_CANDIDATES) scan.bylines.push({ el, weight: b, index, hrefOnly: markup === 0 });
    let d = dateWeight(tag, a);
    if (d === 0 && afterHeadline && ownTextHasDigit(el)) d = PLAIN_DATE_WEIGHT;
    if (d > 0 && scan.dates.length < MAX_CANDIDATES) scan.dates.push({ el, weight: d, index });
    if (a.names.length > 3 && SOURCE_HINTS.test(a.names) && !MEDIA_CREDIT.test(a.names) && scan.sources.length < MAX_CANDIDATES) {
      // "caption-source", "image-source": a photo credit, not the story's source.
      scan.sources.push({ el, weight: 1, index });
    }
  };
  // Indices count from the body's first element (1), as a walk of the body would.
  const start = page.bodyAt + 1;
  const end = Math.min(page.all.length, start + MAX_SCAN_ELEMENTS);
  const at = headline ? page.all.indexOf(headline, start) : -1;
  if (!headline || at < 0) {
    if (headline) return scan;
    for (let i = start; i < Math.min(end, start + SCAN_WITHOUT_HEADLINE); i++) read(page.all[i]!, i - start + 1);
    return scan;
  }
  scan.headlineIndex = at - start + 1;
  // Around the headline every element is read; above it also microdata, which names the author or the date
  // wherever it is (in a block of hidden tags at the top of the body, often). Far below: comments and teasers.
  const from = Math.max(start, at - SCAN_BEFORE_HEADLINE);
  const to = Math.min(end, at + SCAN_AFTER_HEADLINE + 1);
  for (let i = start; i < from; i++) if (hasStrongHint(page.all[i]!)) read(page.all[i]!, i - start + 1);
  for (let i = from; i < to; i++) read(page.all[i]!, i - start + 1);
  // The story containers that hold the headline begin before the window: they count too.
  for (let up = page.all[from]?.parentElement ?? null; up && up !== body; up = up.parentElement) {
    if (!up.contains(headline)) continue;
    const rank = storyRank(up, up.localName, `${up.getAttribute('class') ?? ''} ${up.id}`, up.getAttribute('itemprop') ?? up.getAttribute('property') ?? '', up.getAttribute('role') ?? '');
    if (rank >= 0) scan.stories.unshift({ el: up, rank });
  }
  return scan;
}

/** Score of a candidate: its weight, less what its distance from the headline costs. */
export function candidateScore(c: Candidate, headlineIndex: number): number {
  let score = c.weight * WEIGHT_UNIT;
  if (headlineIndex < 0) return score - c.index * NO_HEADLINE_COST;
  const distance = c.index - headlineIndex;
  if (distance >= 0) score -= distance <= NEAR_AFTER_HEADLINE ? distance * DISTANCE_COST_AFTER : FAR_COST;
  else score -= -distance <= NEAR_BEFORE_HEADLINE ? ABOVE_HEADLINE_COST - distance * DISTANCE_COST_BEFORE : FAR_COST;
  return score;
}

/** Candidates this close to the headline are the story's own even when a wrapper's class sounds like a widget. */
const TRUSTED_NEAR_HEADLINE = 40;

/**
 * Navigation, sidebars, comments, teaser lists, captions and hidden parts: no story metadata there. Wrappers that
 * contain the headline are the story's own and are not judged by their class names ("tag-politics" on a WordPress
 * article); neither are the wrappers of a candidate right next to the headline ("entry-meta social-comments").
 */
export function outsideStory(el: Element, headline: Element | null = null, distance = Infinity): boolean {
  // The ancestry read once (tags and attribute names), then judged: each DOM read costs.
  const chain: Element[] = [];
  const tags: string[] = [];
  const attrs: string[][] = [];
  let inArticle = false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName;
    if (tag === 'BODY') break;
    const present = node.getAttributeNames();
    chain.push(node);
    tags.push(tag);
    attrs.push(present);
    if (tag === 'ARTICLE' || (present.includes('itemprop') && node.getAttribute('itemprop') === 'articleBody')) inArticle = true;
  }
  const trusted = Math.abs(distance) <= TRUSTED_NEAR_HEADLINE;
  let aboveHeadline = false;
  for (let i = 0; i < chain.length; i++) {
    const node = chain[i]!;
    const present = attrs[i]!;
    const tag = tags[i]!.toUpperCase();
    // An article's own aside or footer often holds its byline and date (a meta column); elsewhere they are sidebars.
    if (NOT_STORY_TAGS.has(tag) && !((tag === 'FOOTER' || tag === 'ASIDE') && inArticle)) return true;
    if (node !== el && isHiddenWith(node, present)) return true;
    if (headline && !aboveHeadline && node !== el && node.contains(headline)) aboveHeadline = true;
    if (aboveHeadline || trusted) continue;
    if (!present.length) continue;
    const names = `${present.includes('class') ? (node.getAttribute('class') ?? '') : ''} ${present.includes('id') ? node.id : ''}`;
    // The element's own name may mix hints ("author-share", "byline has-social-tools"): only the strong ones count.
    if (names.trim() && (node === el ? NOT_STORY_SELF : NOT_STORY_META).test(names)) return true;
  }
  return false;
}

/** Candidates best first (score ties keep page order). */
export function ranked(list: readonly Candidate[], headlineIndex: number): Candidate[] {
  return list
    .map((c) => ({ c, score: candidateScore(c, headlineIndex) }))
    .sort((a, b) => b.score - a.score || a.c.index - b.c.index)
    .map((x) => x.c);
}

/** Levels above an element checked for a caption or photo-credit wrapper. */
const MEDIA_WRAPPER_DEPTH = 4;

/** The element is (inside) a caption or a photo credit: an agency named there credits only the picture. */
export function inMediaCredit(el: Element): boolean {
  let depth = 0;
  for (let node: Element | null = el; node && node.tagName !== 'BODY' && depth <= MEDIA_WRAPPER_DEPTH; node = node.parentElement, depth++) {
    if (node.tagName === 'FIGURE' || node.tagName === 'FIGCAPTION' || node.tagName === 'PICTURE') return true;
    const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (names.trim() && MEDIA_CREDIT.test(names)) return true;
  }
  return false;
}
