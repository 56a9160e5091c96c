import type { Removal } from '../article';
import { isAdLabel } from '../ads/labels';
import {
  BARE_URL,
  BIO_OPENING,
  BIO_PERSON,
  BIO_STRONG_VERB,
  BIO_WORDS,
  COMMENT_PITCHES,
  CONTACT_LINES,
  DATE_WORDS,
  HEAD_END_SHARE,
  LEGAL_LINES,
  LINK_ONLY_SHARE,
  LONE_CONTROLS,
  MAX_BIO_CHARS,
  MAX_DATE_LINE_CHARS,
  MAX_LEFTOVER_CHARS,
  MAX_RELATED_HEADING_CHARS,
  MAX_RELATED_PARAGRAPH_HEADING_CHARS,
  MIN_CAPS_TEASER_WORDS,
  MIN_HEADLINE_WORDS,
  MIN_LINK_LIST_ITEMS,
  NEWSLETTER_PITCHES,
  NUMERIC_DATE,
  QUESTION_PITCH,
  RELATED_HEADING,
  SHARE_FILLER,
  SHARE_WORDS,
  TAIL_START_SHARE,
  TEASER_LINK_SHARE,
  TEASER_PREFIX,
  TIMESTAMP_PART,
} from './patterns';
import { cleanLine } from '../text';

const tagSet = (names: string): ReadonlySet<string> => new Set(names.split(' '));

/** Blocks post-clean looks at: the smallest units a leftover can be. */
const CANDIDATE_TAGS = tagSet(
  'P DIV LI H1 H2 H3 H4 H5 H6 SPAN A SECTION ASIDE UL OL BUTTON FIGURE CENTER SMALL STRONG EM B I HEADER FOOTER',
);
/**
 * Inline candidates: removed only when they stand on a line of their own (blank up to a <br> or block). A
 * date or a link inside a sentence ("— Name (@handle) October 9, 2018", a footnote number) is part of it.
 */
const INLINE_TAGS = tagSet('SPAN A BUTTON SMALL STRONG EM B I TIME');
/** Containers removed when the removals leave them without text. */
const EMPTIABLE = tagSet('DIV SECTION ASIDE UL OL LI P SPAN CENTER HEADER FOOTER');
/** Media a leftover never holds: a block with one of these is kept whatever its text. */
const MEDIA = 'img, picture, video, table, iframe';
/** What keeps an emptied container: media and deliberate breaks. */
const KEEP_WHEN_EMPTY = `${MEDIA}, hr, br`;
/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT (the global NodeFilter is missing outside a window). */
const ELEMENTS_AND_TEXT = 0x1 | 0x4;
/**
 * Raw (uncollapsed) text length above which a block is not even looked at. Far above the longest leftover, so
 * indentation in the page's markup never hides one, while long article containers are skipped without reading
 * their text again.
 */
const MAX_RAW_CANDIDATE_CHARS = MAX_BIO_CHARS * 4;

function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((re) => re.test(text));
}

/** An element's text, whitespace collapsed. */
function textOf(el: Element): string {
  return cleanLine(el.textContent) ?? '';
}

function isShareBar(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  return (
    words.length > 0 && words.length <= 14 && words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => !SHARE_FILLER.has(w))
  );
}

/** Whether a bare address is the page's own (a print header): the document keeps the page URL. */
function isOwnAddress(el: Element, text: string): boolean {
  const key = (u: string) => u.replace(/^(https?:\/\/)?(www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
  const own = el.ownerDocument?.URL;
  return !!own && key(own) === key(text);
}

/**
 * The element is a line of its own: between it and the nearest line boundary on each side (the parent's edge, a
 * <br>, a block) there is only blank text.
 */
function standsAlone(el: Element): boolean {
  const blankUntilBoundary = (step: (n: Node) => Node | null): boolean => {
    for (let node = step(el); node; node = step(node)) {
      if (node.nodeType === 3) {
        if (/\S/.test(node.nodeValue ?? '')) return false;
      } else if (node.nodeType === 1) {
        const tag = (node as Element).tagName;
        if (tag === 'BR' || !INLINE_TAGS.has(tag)) return true;
        return false;
      }
    }
    return true;
  };
  return blankUntilBoundary((n) => n.previousSibling) && blankUntilBoundary((n) => n.nextSibling);
}

/** A line made only of dates, times and words like "Updated", "Posted", "at", in the corpus languages. */
function isDateLine(text: string): boolean {
  if (text.length > MAX_DATE_LINE_CHARS || !/\d/.test(text)) return false;
  if (NUMERIC_DATE.test(text)) return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  // A word of three letters or more (a month, "Updated"): "4:14 p.m." or a footnote number is not a date line.
  return TIMESTAMP_PART.test(text) && words.some((w) => w.length >= 3) && words.every((w) => DATE_WORDS.has(w));
}

/** Share of the block's text that sits inside links. */
function linkShare(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  if (el.tagName === 'A') return 1;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return Math.min(1, linked / textLength);
}

/** An all-capitals headline that is nothing but a link: an inline teaser for another story. */
function isCapsTeaser(el: Element, text: string): boolean {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text)) return false;
  // Words of two letters or more: coordinates ("41°17′S 174°27′E") are not a headline.
  if ((text.match(/\p{L}{2,}/gu) ?? []).length < MIN_CAPS_TEASER_WORDS) return false;
  return linkShare(el, text.length) >= LINK_ONLY_SHARE;
}

/** Why a short block anywhere in the article is a leftover, or null. */
function leftoverReason(el: Element, text: string, inHead: boolean): string | null {
  if (text.length > MAX_LEFTOVER_CHARS) return null;
  if (isAdLabel(text)) return 'ad label';
  if (matchesAny(COMMENT_PITCHES, text)) return 'comment pitch';
  if (matchesAny(NEWSLETTER_PITCHES, text)) return 'newsletter box';
  if (matchesAny(LONE_CONTROLS, text)) return 'lone control';
  if (isShareBar(text)) return 'share bar';
  if (matchesAny(LEGAL_LINES, text)) return 'legal line';
  // At the top, a printed address that is not a link (a link there is a cited tweet or source).
  if (BARE_URL.test(text) && ((inHead && linkShare(el, text.length) === 0) || isOwnAddress(el, text))) return 'bare address';
  if (isDateLine(text)) return 'date line';
  if (TEASER_PREFIX.test(text) && linkShare(el, text.length) >= TEASER_LINK_SHARE) return 'teaser link';
  if (isCapsTeaser(el, text)) return 'teaser link';
  return null;
}

/**
 * Pitches that name themselves in their first words: in the tail they may run to a bio's length ("If you enjoyed
 * this article, we have a proposition for you: ..."). Unanchored ones stay limited to short blocks.
 */
const ANCHORED_PITCHES = NEWSLETTER_PITCHES.filter((re) => re.source.startsWith('^'));

/** Why a block in the article's tail is a leftover (bios, contact lines, related lists), or null. */
function tailReason(el: Element, text: string): string | null {
  if (text.length <= MAX_LEFTOVER_CHARS && matchesAny(CONTACT_LINES, text)) return 'contact line';
  if (text.length <= MAX_BIO_CHARS) {
    if (QUESTION_PITCH.test(text) || matchesAny(ANCHORED_PITCHES, text)) return 'newsletter box';
    // "Falcon is a free SQL editor": a product, not a person; a first name alone needs a pronoun or a bio verb.
    if (BIO_OPENING.test(text) && BIO_WORDS.test(text) && (BIO_PERSON.test(text) || BIO_STRONG_VERB.test(text))) {
      return 'author bio';
    }
  }
  if (el.tagName === 'UL' || el.tagName === 'OL') {
    const items = Array.from(el.children).filter((li) => li.tagName === 'LI');
    const linkOnly = (li: Element) => {
      const t = textOf(li);
      return t.split(' ').length >= MIN_HEADLINE_WORDS && !BARE_URL.test(t) && linkShare(li, t.length) >= LINK_ONLY_SHARE;
    };
    if (items.length >= MIN_LINK_LIST_ITEMS && items.every(linkOnly)) return 'related list';
  }
  return null;
}

function sameHeadline(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) === key(b);
}

interface Block {
  el: Element;
  /** Characters of raw text before the block, in document order. */
  start: number;
  /** Raw text length of the block. */
  length: number;
}

/** Every element with its raw text offset and length, in document order, in one walk (no textContent per element). */
function measure(content: Element): { blocks: Block[]; total: number } {
  const blocks: Block[] = [];
  // The element being walked and its ancestors, innermost last; each gets its length when the walk leaves it.
  const open: Block[] = [];
  let offset = 0;
  const closeUntil = (parent: Node | null) => {
    while (open.length && open[open.length - 1]!.el !== parent) {
      const done = open.pop()!;
      done.length = offset - done.start;
    }
  };
  // A tree walker, not recursion: a hostile page's nesting must not overflow the stack.
  const walker = content.ownerDocument.createTreeWalker(content, ELEMENTS_AND_TEXT);
  for (let node: Node | null = content; node; node = walker.nextNode()) {
    closeUntil(node.parentNode);
    if (node.nodeType === 3) {
      offset += node.nodeValue?.length ?? 0;
    } else {
      const block: Block = { el: node as Element, start: offset, length: 0 };
      blocks.push(block);
      open.push(block);
    }
  }
  closeUntil(null);
  return { blocks, total: offset };
}

/** The heading right before a removed related list, when it names such a list ("More great stories"). */
function relatedHeadingBefore(el: Element): Element | null {
  const prev = el.previousElementSibling;
  if (!prev || prev.querySelector(MEDIA)) return null;
  const text = textOf(prev);
  const headingLike = /^H[2-6]$/.test(prev.tagName) || (prev.tagName === 'P' && text.length <= MAX_RELATED_PARAGRAPH_HEADING_CHARS);
  return headingLike && text.length <= MAX_RELATED_HEADING_CHARS && RELATED_HEADING.test(text) ? prev : null;
}

/**
 * Remove what extraction left behind: ad labels, comment and newsletter pitches, share bars, lone controls, legal
 * lines, date lines, teaser links, the headline repeated at the top; in the article's tail also author bios,
 * contact lines and related-story lists. Works on the extracted content element in place (a detached tree, as
 * Readability returns it); returns what it removed.
 */
export function postClean(content: Element, title: string | null): Removal[] {
  const removed: Removal[] = [];
  const remove = (el: Element, reason: string, text: string) => {
    removed.push({ stage: 'postclean', reason, what: `${el.tagName.toLowerCase()}: ${text.slice(0, 60)}` });
    el.remove();
  };

  if (title) {
    const first = content.querySelector('h1, h2, h3, p');
    if (first && /^H[1-3]$/.test(first.tagName) && sameHeadline(textOf(first), title)) {
      remove(first, 'repeated headline', textOf(first));
    }
  }

  const { blocks, total } = measure(content);
  const tailStart = total * TAIL_START_SHARE;
  const headEnd = total * HEAD_END_SHARE;
  const parents = new Set<Element>();
  // Outermost first: once a block goes, its descendants go with it (`gone` skips them without a tree search).
  const gone = new Set<Element>();
  for (const [index, { el, start, length }] of blocks.entries()) {
    const parent = el.parentElement;
    if (parent && gone.has(parent)) {
      gone.add(el);
      continue;
    }
    if (el === content || length === 0 || length > MAX_RAW_CANDIDATE_CHARS || !CANDIDATE_TAGS.has(el.tagName)) continue;
    // A wrapper around a single block with all of its text: that block is judged next, on the same text.
    const only = el.childElementCount === 1 ? blocks[index + 1] : undefined;
    if (only && only.length === length && CANDIDATE_TAGS.has(only.el.tagName) && !INLINE_TAGS.has(only.el.tagName)) continue;
    // An inline element is part of a sentence unless it stands on its own line; alone in a candidate block, it was
    // judged with that block (same text).
    const siblings = () => el.previousElementSibling || el.nextElementSibling;
    if (INLINE_TAGS.has(el.tagName) && !(parent && standsAlone(el) && (siblings() || !CANDIDATE_TAGS.has(parent.tagName)))) {
      continue;
    }
    const text = textOf(el);
    if (!text) continue;
    const reason = leftoverReason(el, text, start < headEnd) ?? (start >= tailStart ? tailReason(el, text) : null);
    if (!reason || el.querySelector(MEDIA)) continue;
    const heading = reason === 'related list' ? relatedHeadingBefore(el) : null;
    if (heading) {
      gone.add(heading);
      if (heading.parentElement) parents.add(heading.parentElement);
      remove(heading, 'related heading', textOf(heading));
    }
    gone.add(el);
    if (parent) parents.add(parent);
    remove(el, reason, text);
  }

  // Containers emptied by the removals above, climbing from each removed block's parent.
  for (let el of parents) {
    while (el !== content && !gone.has(el) && EMPTIABLE.has(el.tagName) && !textOf(el) && !el.querySelector(KEEP_WHEN_EMPTY)) {
      const up = el.parentElement;
      gone.add(el);
      el.remove();
      if (!up) break;
      el = up;
    }
  }
  return removed;
}
