// One survey of the page body for detection: how much prose there is and where it sits (one article, cards,
// comments), linked headlines, and the byline and date near the headline.
//
// Speed matters more than anything here (it runs on every page where auto-clean is on). Complex CSS selectors
// are slow in jsdom and are compiled anew for each document, so the survey uses tag-name lookups and short walks
// up or down from the few nodes that matter, each with a budget.
import {
  ARTICLE_BODY_MIN_CHARS,
  ARTICLE_BODY_MIN_PARAGRAPHS,
  ARTICLE_BODY_SHARE,
  SECTION_HEADING_TAGS,
  BYLINE_CLASS,
  CARD_GRID_MIN_CARDS,
  BYLINE_PROPS,
  BYLINE_TEXT,
  BYLINE_TEXT_MAX_CHARS,
  BYLINE_TEXT_TAGS,
  BR_TEXT_BLOCKS,
  CJK_CHAR_WEIGHT,
  CJK_CHARS,
  COMMENT_WORD,
  CONTAINER_MAX,
  CONTAINER_MAX_LINK_DENSITY,
  CONTAINER_MIN_TEXT,
  DATE_CLASS,
  DATE_PROPS,
  HEADER_LEVELS,
  HEADER_LEVEL_BUDGET,
  HEADINGS_MAX,
  LISTING_MIN_HEADLINES,
  MAYBE_CANDIDATE,
  PROSE_MAX_NODES,
  PROSE_MIN_CHARS,
  UNLIKELY_CANDIDATE,
} from './signals';
import { cleanLine } from '../text';
import { elementsByTags, indexBodyByTags, indexedByTags, type TagIndex, trimmedText } from './dom';

export interface PageSurvey {
  /** Readability's readerable measure: the sum of sqrt(length - PROSE_MIN_CHARS) over visible long paragraphs. */
  proseScore: number;
  /** Characters and count of long paragraphs outside links, list items and comments. */
  proseChars: number;
  paragraphs: number;
  /** Characters of long paragraphs inside comment or reply containers. */
  commentChars: number;
  /** One article container holds most of the long paragraphs (ARTICLE_BODY_SHARE, and enough of them). */
  articleBody: boolean;
  /** Long paragraphs in the article container holding the most of them. */
  bodyParagraphs: number;
  /** An <article>, <main> or articleBody that reads as one text: enough characters, few of them in links. */
  textContainer: { tag: string; chars: number; linkDensity: number } | null;
  /** <article> elements that hold no share of the page's prose worth the name (teaser cards). */
  cards: number;
  /** Headings that are or hold a link to another page. */
  linkedHeadlines: number;
  /** Headings that carry an anchor (id or a "#" link): the outline of a document. */
  anchoredHeadings: number;
  byline: string | null;
  headerTime: string | null;
  /** The start of the first few long paragraphs (for datelines). */
  openings: string[];
}

/** Openings kept for dateline checks, and their length. */
const OPENINGS_MAX = 3;
const OPENING_CHARS = 120;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** An element that wraps one article (not <main>: that wraps whatever the page is about, listings included). */
function isArticleContainer(el: Element): boolean {
  if (el.localName === 'article') return true;
  const prop = el.getAttribute('itemprop');
  if (prop === 'articleBody' || prop === 'text') return true;
  return el.getAttribute('role') === 'article';
}

/** What encloses a long paragraph: IN_* flags, and the innermost article container. */
interface Ancestry {
  flags: number;
  container: Element | null;
}
const IN_LINK = 1;
const IN_LIST_ITEM = 2;
const IN_COMMENT = 4;

const TOP: Ancestry = { flags: 0, container: null };

/** A comment or reply container, by class or id word or itemprop. */
function isCommentBox(el: Element): boolean {
  const cls = el.getAttribute('class');
  const id = el.id;
  return (!!cls && COMMENT_WORD.test(cls)) || (!!id && COMMENT_WORD.test(id)) || el.getAttribute('itemprop') === 'comment';
}

/** The ancestry of an element's contents, memoized per element: paragraphs share most of their ancestors. */
function ancestryOf(el: Element | null, body: Element, memo: Map<Element, Ancestry>): Ancestry {
  // Walk up iteratively to the nearest memoized ancestor, then fill in downwards (no recursion: deep pages).
  const chain: Element[] = [];
  let up: Element | null = el;
  while (up && up !== body && !memo.has(up)) {
    chain.push(up);
    up = up.parentElement;
  }
  let acc = up && up !== body ? memo.get(up)! : TOP;
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i]!;
    const tag = node.localName;
    let flags = acc.flags | (tag === 'a' ? IN_LINK : tag === 'li' ? IN_LIST_ITEM : 0);
    if (!(flags & IN_COMMENT) && isCommentBox(node)) flags |= IN_COMMENT;
    acc = { flags, container: isArticleContainer(node) ? node : acc.container };
    memo.set(node, acc);
  }
  return acc;
}

/** Length of a text in alphabet-equivalent characters: a Han, kana or Hangul character counts CJK_CHAR_WEIGHT. */
export function proseLength(text: string): number {
  const cjk = text.match(CJK_CHARS)?.length;
  if (!cjk) return text.length;
  return Math.round(text.length + cjk * (CJK_CHAR_WEIGHT - 1));
}

function textLength(el: Element): number {
  return proseLength(cleanLine(el.textContent) ?? '');
}

/** A link to another page (not "#section", not javascript:). */
function isPageLink(a: Element): boolean {
  const href = a.getAttribute('href');
  return !!href && !href.startsWith('#') && !/^\s*javascript:/i.test(href);
}

function shortText(el: Element): string | null {
  const text = cleanLine(el.textContent) ?? '';
  return text && text.length <= BYLINE_TEXT_MAX_CHARS ? text : null;
}

/** A byline on one element: marked by class, rel or itemprop, or a short line opening with "By". */
function bylineOf(el: Element): string | null {
  const prop = el.getAttribute('itemprop');
  const cls = el.getAttribute('class');
  if ((prop && BYLINE_PROPS.has(prop)) || el.getAttribute('rel') === 'author' || (cls && BYLINE_CLASS.test(cls))) return shortText(el);
  // Read text only of small inline-ish elements: textContent of a big block costs as much as its whole subtree.
  if (el.childElementCount <= 3 && BYLINE_TEXT_TAGS.has(el.localName)) {
    const text = shortText(el);
    if (text && BYLINE_TEXT.test(text)) return text;
  }
  return null;
}

/** A publication date on one element: <time>, itemprop datePublished, or a date-classed short text with digits. */
function dateOf(el: Element): string | null {
  if (el.localName === 'time') return el.getAttribute('datetime') ?? shortText(el);
  const prop = el.getAttribute('itemprop');
  if (prop && DATE_PROPS.has(prop)) return el.getAttribute('content') ?? el.getAttribute('datetime') ?? shortText(el);
  const cls = el.getAttribute('class');
  if (cls && DATE_CLASS.test(cls) && el.childElementCount <= 3) {
    const text = shortText(el);
    if (text && /\d/.test(text)) return text;
  }
  return null;
}

const HEADING_TAG = /^h[1-6]$/;
/** Node.DOCUMENT_POSITION_FOLLOWING (no global Node in every runtime this runs in). */
const FOLLOWING = 4;

/** Look for a byline and a date around the headline: its siblings, then its parent's siblings, and so on up to
 *  HEADER_LEVELS levels; each level searches the subtrees it has not seen yet, with a budget of elements. */
function headerFurniture(h1: Element | null, body: Element): { byline: string | null; time: string | null } {
  const out = { byline: null as string | null, time: null as string | null };
  if (!h1) return out;
  let from: Element = h1;
  for (let level = 0; level < HEADER_LEVELS; level++) {
    const anc: Element | null = from.parentElement;
    // (The headline sits inside the body, and the walk stops once it has searched the body.)
    if (!anc) break;
    const stack: Element[] = [];
    for (let child = anc.lastElementChild; child; child = child.previousElementSibling) if (child !== from) stack.push(child);
    let budget = HEADER_LEVEL_BUDGET;
    while (stack.length && budget-- > 0) {
      const el = stack.pop()!;
      // A heading after the headline starts the next section (or a teaser card): the header block is over.
      if (HEADING_TAG.test(el.localName) && h1.compareDocumentPosition(el) & FOLLOWING) break;
      if (!out.byline) out.byline = bylineOf(el);
      if (!out.time) out.time = dateOf(el);
      if (out.byline && out.time) return out;
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    }
    if (anc === body) break;
    from = anc;
  }
  return out;
}

/** Elements looked at inside a heading for its link. */
const HEADING_SCAN_MAX = 12;

/** Whether a heading is a link to another page (a teaser), carries an anchor (a document's outline), or neither. */
function headingLinks(h: Element, body: Element): 'linked' | 'anchored' | null {
  let anchored = h.id !== '';
  // Links inside the heading: a short walk of its descendants.
  const stack: Element[] = [h];
  for (let budget = HEADING_SCAN_MAX; stack.length && budget > 0; budget--) {
    const el = stack.pop()!;
    if (el.localName === 'a') {
      if (isPageLink(el)) return 'linked';
      if ((el.getAttribute('href') ?? '').startsWith('#')) anchored = true;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  // A heading inside a link card: <a href><h3>...</h3></a>, up to three levels up.
  let up: Element | null = h.parentElement;
  for (let i = 0; i < 3 && up && up !== body; i++, up = up.parentElement) {
    if (up.localName === 'a' && isPageLink(up)) return 'linked';
  }
  return anchored ? 'anchored' : null;
}

/** A container of LISTING_MIN_HEADLINES linked headlines or more (teasers). */
function holdsHeadlineListing(container: Element, body: Element): boolean {
  let count = 0;
  for (const h of elementsByTags(container, SECTION_HEADING_TAGS, Infinity)) {
    if (headingLinks(h, body) === 'linked' && ++count >= LISTING_MIN_HEADLINES) return true;
  }
  return false;
}

/** Whether an element holds a <p> long enough to be prose (stops at the first). */
function holdsLongParagraph(el: Element): boolean {
  for (const p of el.getElementsByTagName('p')) if (trimmedText(p).length >= PROSE_MIN_CHARS) return true;
  return false;
}

/** The tags the survey looks up under the body (see bodyTagIndex). */
const SURVEY_TAGS: readonly string[] = ['p', 'pre', 'br', 'main', 'article', 'h1', ...SECTION_HEADING_TAGS];

/** The body's elements of the tags the survey (and the structured-data reader) look up, in one walk. */
export function bodyTagIndex(body: Element): TagIndex {
  return indexBodyByTags(body, SURVEY_TAGS);
}

export function surveyPage(body: HTMLElement, tags: TagIndex = bodyTagIndex(body)): PageSurvey {
  const survey: PageSurvey = {
    proseScore: 0,
    proseChars: 0,
    paragraphs: 0,
    commentChars: 0,
    articleBody: false,
    bodyParagraphs: 0,
    textContainer: null,
    cards: 0,
    linkedHeadlines: 0,
    anchoredHeadings: 0,
    byline: null,
    headerTime: null,
    openings: [],
  };

  // Paragraphs, plus the blocks that hold text in <br>-separated lines (old layouts), as Readability's test does.
  // Tag-name lookups, not querySelectorAll: they skip building a selector engine for the document.
  const nodes = new Set(indexedByTags(tags, ['p', 'pre'], PROSE_MAX_NODES));
  const breaks = tags.get('br') ?? [];
  for (let i = 0; i < breaks.length && nodes.size < PROSE_MAX_NODES; i++) {
    const parent = breaks[i]!.parentElement;
    if (!parent || nodes.has(parent)) continue;
    // A <div> counts as Readability's test counts it. A <section> or <article> counts only when its text is not in
    // paragraphs: one that holds long <p>s too would count the whole story again as one huge paragraph.
    if (parent.localName === 'div' || (BR_TEXT_BLOCKS.has(parent.localName) && !holdsLongParagraph(parent))) nodes.add(parent);
  }

  const perContainer = new Map<Element, { chars: number; paragraphs: number }>();
  const memo = new Map<Element, Ancestry>();

  for (const node of nodes) {
    const text = trimmedText(node);
    if (text.length * CJK_CHAR_WEIGHT < PROSE_MIN_CHARS) continue;
    const length = proseLength(text);
    if (length < PROSE_MIN_CHARS) continue;
    if (isHidden(node)) continue;
    const matchString = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (UNLIKELY_CANDIDATE.test(matchString) && !MAYBE_CANDIDATE.test(matchString)) continue;
    const where = ancestryOf(node.parentElement, body, memo);
    if (where.flags & IN_COMMENT) {
      survey.commentChars += length;
      continue;
    }
    if (where.flags & IN_LIST_ITEM && node.localName === 'p') continue;
    // Readability's measure counts linked teasers too; the counts below do not (a teaser is not article text).
    survey.proseScore += Math.sqrt(length - PROSE_MIN_CHARS);
    if (where.flags & IN_LINK) continue;
    survey.proseChars += length;
    survey.paragraphs++;
    if (survey.openings.length < OPENINGS_MAX) survey.openings.push(text.slice(0, OPENING_CHARS));
    if (where.container) {
      const entry = perContainer.get(where.container) ?? { chars: 0, paragraphs: 0 };
      entry.chars += length;
      entry.paragraphs++;
      perContainer.set(where.container, entry);
    }
  }
  // The article container holding the most prose: the article body when it holds most of it.
  let best: Element | null = null;
  let bestShare = 0;
  for (const [el, entry] of perContainer) {
    const share = survey.proseChars ? entry.chars / survey.proseChars : 0;
    if (share > bestShare) {
      bestShare = share;
      survey.bodyParagraphs = entry.paragraphs;
      best = el;
    }
  }
  survey.articleBody =
    bestShare >= ARTICLE_BODY_SHARE && (survey.bodyParagraphs >= ARTICLE_BODY_MIN_PARAGRAPHS || bestShare * survey.proseChars >= ARTICLE_BODY_MIN_CHARS);

  // Article containers read as a whole: one with much text and few links is one article (lists and tables of a
  // doc page count too), whatever its paragraphs look like.
  const articles = tags.get('article') ?? [];
  // Only needed when the paragraphs did not already show one article holding the prose.
  const candidates: Element[] = [];
  if (!survey.articleBody) {
    if (best) candidates.push(best);
    for (const list of [tags.get('main') ?? [], articles]) {
      for (let i = 0; i < list.length && candidates.length < CONTAINER_MAX; i++) {
        const el = list[i]!;
        // Outermost articles only: a nested one is a part (a comment, a card) of the one around it.
        if (!candidates.includes(el) && !el.parentElement?.closest('article')) candidates.push(el);
      }
    }
  }
  for (const el of candidates) {
    // A container of several <article> cards or linked headlines is a listing, not one text.
    if (el.getElementsByTagName('article').length >= CARD_GRID_MIN_CARDS) continue;
    if (holdsHeadlineListing(el, body)) continue;
    const chars = textLength(el);
    if (chars < CONTAINER_MIN_TEXT) continue;
    let linkChars = 0;
    for (const a of el.getElementsByTagName('a')) linkChars += textLength(a);
    const linkDensity = linkChars / chars;
    if (linkDensity > CONTAINER_MAX_LINK_DENSITY) continue;
    if (!survey.textContainer || chars > survey.textContainer.chars) survey.textContainer = { tag: el.localName, chars, linkDensity };
  }

  // Cards: <article> elements other than the one holding the prose (and its ancestors or descendants).
  for (const el of articles) {
    if (best && (el === best || el.contains(best) || best.contains(el))) continue;
    survey.cards++;
  }

  // Headings: linked headlines (teasers) and anchored headings (a document's outline).
  for (const h of indexedByTags(tags, SECTION_HEADING_TAGS, HEADINGS_MAX)) {
    const kind = headingLinks(h, body);
    if (kind === 'linked') survey.linkedHeadlines++;
    else if (kind === 'anchored') survey.anchoredHeadings++;
  }

  // Byline and date near the headline (the first <h1> inside the article, else the page's first).
  const h1 = (best ? best.getElementsByTagName('h1')[0] : undefined) ?? tags.get('h1')?.[0] ?? null;
  const furniture = headerFurniture(h1, body);
  survey.byline = furniture.byline;
  survey.headerTime = furniture.time;
  if (!survey.headerTime && best) {
    const time = best.getElementsByTagName('time')[0];
    if (time) survey.headerTime = time.getAttribute('datetime') ?? trimmedText(time);
  }

  return survey;
}
