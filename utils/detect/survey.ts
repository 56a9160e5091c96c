// One survey of the page body for detection: how much prose there is and where it sits (one article, cards,
// comments), linked headlines, and the byline and date near the headline.
//
// Speed matters more than anything here (it runs on every page where auto-clean is on). Complex CSS selectors
// are slow in jsdom and are compiled anew for each document, so the survey uses tag-name lookups and short walks
// up or down from the few nodes that matter, each with a budget.
import {
  ARTICLE_BODY_MIN_PARAGRAPHS,
  ARTICLE_BODY_SHARE,
  BYLINE_CLASS,
  BYLINE_PROPS,
  BYLINE_TEXT,
  BYLINE_TEXT_MAX_CHARS,
  COMMENT_WORD,
  CONTAINER_MAX,
  CONTAINER_MAX_LINK_DENSITY,
  CONTAINER_MIN_TEXT,
  DATE_CLASS,
  DATE_PROPS,
  HEADER_LEVELS,
  HEADER_LEVEL_BUDGET,
  HEADINGS_MAX,
  MAYBE_CANDIDATE,
  PAGINATION_CLASS,
  PAGINATION_SCAN_MAX,
  PROSE_MAX_NODES,
  PROSE_MIN_CHARS,
  UNLIKELY_CANDIDATE,
} from './signals';

export interface PageSurvey {
  /** Readability's readerable measure: the sum of sqrt(length - PROSE_MIN_CHARS) over visible long paragraphs. */
  proseScore: number;
  /** Characters and count of long paragraphs outside links, list items and comments. */
  proseChars: number;
  paragraphs: number;
  /** Characters of long paragraphs inside comment or reply containers. */
  commentChars: number;
  /** Long paragraphs in the article container holding the most of them, and that container's share. */
  bestContainerParagraphs: number;
  bestContainerShare: number;
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
  pagination: boolean;
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

function isArticleContainer(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'article' || tag === 'main') return true;
  const prop = el.getAttribute('itemprop');
  if (prop === 'articleBody' || prop === 'text') return true;
  const role = el.getAttribute('role');
  return role === 'article' || role === 'main';
}

/** What encloses a long paragraph: read on one walk up to <body>. */
interface Ancestry {
  inLink: boolean;
  inListItem: boolean;
  inComment: boolean;
  /** The innermost article container. */
  container: Element | null;
}

function ancestry(node: Element, body: Element): Ancestry {
  const out: Ancestry = { inLink: false, inListItem: false, inComment: false, container: null };
  for (let el = node.parentElement; el && el !== body; el = el.parentElement) {
    const tag = el.localName;
    if (tag === 'a') out.inLink = true;
    else if (tag === 'li') out.inListItem = true;
    if (!out.container && isArticleContainer(el)) out.container = el;
    if (!out.inComment) {
      const cls = el.getAttribute('class');
      const id = el.id;
      if ((cls && COMMENT_WORD.test(cls)) || (id && COMMENT_WORD.test(id)) || el.getAttribute('itemprop') === 'comment') out.inComment = true;
    }
  }
  return out;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** A link to another page (not "#section", not javascript:). */
function isPageLink(a: Element): boolean {
  const href = a.getAttribute('href');
  return !!href && !href.startsWith('#') && !/^\s*javascript:/i.test(href);
}

/** Markers of a byline or a publication date on one element. */
function bylineOf(el: Element): string | null {
  const prop = el.getAttribute('itemprop');
  const rel = el.getAttribute('rel');
  const cls = el.getAttribute('class');
  const marked = (prop && BYLINE_PROPS.has(prop)) || rel === 'author' || (cls && BYLINE_CLASS.test(cls));
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > BYLINE_TEXT_MAX_CHARS) return null;
  if (marked) return text;
  // "By Jane Doe", "Von Hans Muster": a short element that opens with the word for "by".
  if (el.childElementCount <= 3 && BYLINE_TEXT.test(text)) return text;
  return null;
}

function dateOf(el: Element): string | null {
  if (el.localName === 'time') return el.getAttribute('datetime') ?? (el.textContent ?? '').trim();
  const prop = el.getAttribute('itemprop');
  if (prop && DATE_PROPS.has(prop)) return el.getAttribute('content') ?? el.getAttribute('datetime') ?? (el.textContent ?? '').trim();
  const cls = el.getAttribute('class');
  if (cls && DATE_CLASS.test(cls)) {
    const text = (el.textContent ?? '').trim();
    if (text && text.length <= BYLINE_TEXT_MAX_CHARS && /\d/.test(text)) return text;
  }
  return null;
}

/** Look for a byline and a date around the headline: up to HEADER_LEVELS ancestors, each searched with a budget. */
function headerFurniture(h1: Element | null, body: Element): { byline: string | null; time: string | null } {
  const out = { byline: null as string | null, time: null as string | null };
  if (!h1) return out;
  let anc: Element | null = h1;
  for (let level = 0; level < HEADER_LEVELS && anc && anc !== body; level++) {
    anc = anc.parentElement;
    if (!anc) break;
    // Depth-first from this ancestor, bounded: the header block is near the top of it.
    const stack: Element[] = [anc];
    let budget = HEADER_LEVEL_BUDGET;
    while (stack.length && budget-- > 0 && !(out.byline && out.time)) {
      const el = stack.pop()!;
      if (el !== anc) {
        if (!out.byline) out.byline = bylineOf(el);
        if (!out.time) out.time = dateOf(el);
      }
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    }
    if (out.byline && out.time) break;
    if (anc === body) break;
  }
  return out;
}

export function surveyPage(doc: Document): PageSurvey {
  const survey: PageSurvey = {
    proseScore: 0,
    proseChars: 0,
    paragraphs: 0,
    commentChars: 0,
    bestContainerParagraphs: 0,
    bestContainerShare: 0,
    textContainer: null,
    cards: 0,
    linkedHeadlines: 0,
    anchoredHeadings: 0,
    byline: null,
    headerTime: null,
    pagination: false,
    openings: [],
  };
  const body = doc.body;
  if (!body) return survey;

  // Paragraphs, plus the blocks that hold text in <br>-separated lines (old layouts), as Readability's test does.
  const nodes = new Set<Element>();
  for (const el of body.querySelectorAll('p, pre')) {
    if (nodes.size >= PROSE_MAX_NODES) break;
    nodes.add(el);
  }
  if (nodes.size < PROSE_MAX_NODES) {
    for (const br of body.querySelectorAll('div > br')) {
      if (nodes.size >= PROSE_MAX_NODES) break;
      if (br.parentElement) nodes.add(br.parentElement);
    }
  }

  const perContainer = new Map<Element, { chars: number; paragraphs: number }>();
  for (const node of nodes) {
    const text = (node.textContent ?? '').trim();
    const length = text.length;
    if (length < PROSE_MIN_CHARS) continue;
    if (isHidden(node)) continue;
    const matchString = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (UNLIKELY_CANDIDATE.test(matchString) && !MAYBE_CANDIDATE.test(matchString)) continue;
    const where = ancestry(node, body);
    if (where.inComment) {
      survey.commentChars += length;
      continue;
    }
    if (where.inListItem && node.localName === 'p') continue;
    // Readability's measure counts linked teasers too; the counts below do not (a teaser is not article text).
    survey.proseScore += Math.sqrt(length - PROSE_MIN_CHARS);
    if (where.inLink) continue;
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
  let best: Element | null = null;
  for (const [el, entry] of perContainer) {
    const share = survey.proseChars ? entry.chars / survey.proseChars : 0;
    if (share > survey.bestContainerShare) {
      survey.bestContainerShare = share;
      survey.bestContainerParagraphs = entry.paragraphs;
      best = el;
    }
  }

  // Article containers read as a whole: one with much text and few links is one article (lists and tables of a
  // doc page count too), whatever its paragraphs look like.
  const articles = body.getElementsByTagName('article');
  const candidates: Element[] = [];
  if (best) candidates.push(best);
  for (const el of [...body.getElementsByTagName('main'), ...Array.from(articles)]) {
    if (candidates.length >= CONTAINER_MAX) break;
    if (!candidates.includes(el) && !el.parentElement?.closest('article')) candidates.push(el);
  }
  for (const el of candidates) {
    // A container of several <article> cards is a listing, not one text.
    if (el.getElementsByTagName('article').length >= 3) continue;
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
  let seen = 0;
  for (const tag of ['h2', 'h3', 'h4']) {
    for (const h of body.getElementsByTagName(tag)) {
      if (seen++ >= HEADINGS_MAX) break;
      const inner = h.getElementsByTagName('a');
      let linked = false;
      let anchored = h.id !== '';
      for (const a of inner) {
        if (isPageLink(a)) linked = true;
        else if ((a.getAttribute('href') ?? '').startsWith('#')) anchored = true;
      }
      if (!linked) {
        // A heading inside a link card: <a href><h3>...</h3></a>, up to three levels up.
        let up: Element | null = h.parentElement;
        for (let i = 0; i < 3 && up && up !== body; i++, up = up.parentElement) {
          if (up.localName === 'a' && isPageLink(up)) {
            linked = true;
            break;
          }
        }
      }
      if (linked) survey.linkedHeadlines++;
      else if (anchored) survey.anchoredHeadings++;
    }
  }

  // Byline and date near the headline (the first <h1> inside the article, else the page's first).
  const h1 = (best ?? body).getElementsByTagName('h1')[0] ?? body.getElementsByTagName('h1')[0] ?? null;
  const furniture = headerFurniture(h1, body);
  survey.byline = furniture.byline;
  survey.headerTime = furniture.time;
  if (!survey.headerTime && best) {
    const time = best.getElementsByTagName('time')[0];
    if (time) survey.headerTime = time.getAttribute('datetime') ?? (time.textContent ?? '').trim();
  }

  // Pagination of a list: page-number navigation outside the article.
  let scanned = 0;
  for (const tag of ['nav', 'ul', 'ol']) {
    if (survey.pagination) break;
    for (const el of body.getElementsByTagName(tag)) {
      if (scanned++ >= PAGINATION_SCAN_MAX) break;
      const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
      if (PAGINATION_CLASS.test(label) && !(best && best.contains(el))) {
        survey.pagination = true;
        break;
      }
    }
  }
  return survey;
}

/** One article container holds most of the prose. */
export function hasArticleBody(survey: PageSurvey): boolean {
  return survey.bestContainerShare >= ARTICLE_BODY_SHARE && survey.bestContainerParagraphs >= ARTICLE_BODY_MIN_PARAGRAPHS;
}
