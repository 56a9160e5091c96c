// The page's own "See also" / "Related" links. Runs on the pipeline's clone before anything is removed; the
// pipeline then removes `blocks` (the related blocks and any sponsored widgets) so they do not repeat in the body.

import type { SeeAlsoLink } from '../article';
import { isHiddenByMarkup, readableText } from '../media/dom-text';
import { VISUALLY_HIDDEN_WORDS } from '../media/lead-image-rules';
import { AncestorIndex, markerText, scanPage, type ElementFacts, type PageScan } from './page-scan';
import {
  COMMENT_URL,
  GENERIC_HEADINGS,
  HEADING_CANDIDATE_TAGS,
  LINK_TITLE_CLASS_WORDS,
  LINK_TITLE_ITEMPROP,
  LINK_TITLE_TAGS,
  LIST_PATH,
  LISTING_HEADINGS,
  RELATED_HEADINGS,
  RELATED_MARKERS,
  SERVICE_HOST,
  SHARE_URL,
  SPONSORED_HEADINGS,
  STOP_WORDS,
  WIDGET_MARKERS,
} from './see-also-words';
import { readableTexts } from './readable';
import { pageKey, resolveHttpUrl } from './url';

export interface SeeAlsoHarvest {
  heading: string | null;
  links: SeeAlsoLink[];
  /** The blocks the links came from (and sponsored widgets), removed from the body before extraction. */
  blocks: Element[];
}

// Tunables.
/** A heading longer than this is a sentence, not a block heading. */
const MAX_HEADING_CHARS = 60;
/** How many ancestors up from a heading we look for the links it heads. */
const MAX_HEADING_CLIMB = 5;
/** A related block with more links than this is a navigation or listing area. */
const MAX_BLOCK_LINKS = 30;
/** A related block with more text than this holds more than links. */
const MAX_BLOCK_CHARS = 4_000;
/** Share of a block's text (heading aside) that must be link text: cards may carry a teaser line or a date. */
const MIN_LINK_DENSITY = 0.4;
/** A paragraph without links longer than this is story text: a block holding one is not a link block. */
const PROSE_PARAGRAPH_CHARS = 250;
/** Extra characters (bullets, dates) a link's wrapper may hold and still be that link's block. */
const LINK_WRAPPER_SLACK = 60;
/** At most this many See Also links are returned. */
const MAX_LINKS = 40;
/** A generic heading ("More from UK") heads related links only when this share of them shares words with the story. */
const GENERIC_MIN_OVERLAP = 0.34;
/** Topic words are compared by their first letters, so "sign" and "signs", "plague" and "plagues" meet. */
const STEM_LENGTH = 5;
/** Shortest word that carries a topic. */
const MIN_TOPIC_WORD = 4;
/** A section link's path has at most this many segments ("/guides/deals/")... */
const MAX_SECTION_DEPTH = 2;
/** ...and its title at most this many words ("Science & Health"). */
const MAX_SECTION_WORDS = 4;

/**
 * related: the page's own related links; generic: a list that is related only when on topic ("Recommended");
 * listing: the site's section or popularity lists ("More from UK", "Most read"), never See Also but removed;
 * sponsored: paid widgets, never See Also but removed.
 */
export type Kind = 'related' | 'generic' | 'listing' | 'sponsored';

interface Block {
  kind: Kind;
  /** Elements removed from the page: one container, or a heading and the sibling rows that follow it. */
  elements: Element[];
  heading: string | null;
  anchors: Element[];
  /** Title overrides for link-level blocks ("SEE ALSO: Title" -> "Title"). */
  titles?: Map<Element, string>;
  /** The markup calls it related (class, id, rel): a generic heading over it still heads related links. */
  marked?: boolean;
  /** A related link standing inside story prose: counted, but its paragraph stays. */
  inline?: boolean;
}

// Real heading elements (h1-h6, role=heading: the page scan's `headings`): a block holding one besides its own
// heading holds more than one block.


const compile = (sources: readonly string[]) => new RegExp(`^(?:${sources.join('|')})$`, 'iu');
const RELATED_RE = compile(RELATED_HEADINGS);
const GENERIC_RE = compile(GENERIC_HEADINGS);
const SPONSORED_RE = compile(SPONSORED_HEADINGS);
const LISTING_RE = compile(LISTING_HEADINGS);
/** A related heading anywhere in a text: a link's text without one cannot carry its own See Also label. */
const RELATED_ANYWHERE_RE = new RegExp(`(?:${RELATED_HEADINGS.join('|')})`, 'iu');

/** "See Also:" -> "see also": lowercase, outer punctuation and symbols trimmed, spaces collapsed. */
function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/’/g, "'");
}

/** What a short text announces, if it is a block heading at all. */
export function classifyHeading(text: string): Kind | null {
  if (!text || text.length > MAX_HEADING_CHARS) return null;
  const h = normalizeHeading(text);
  if (!h) return null;
  if (SPONSORED_RE.test(h)) return 'sponsored';
  if (LISTING_RE.test(h)) return 'listing';
  if (RELATED_RE.test(h)) return 'related';
  if (GENERIC_RE.test(h)) return 'generic';
  return null;
}

/** Meta tags (property or name, any case) whose text tells what the story is about. */
const TOPIC_META_NAMES = ['og:title', 'twitter:title', 'description', 'og:description', 'keywords', 'news_keywords'];
/** Up to this many elements, "inside one of them?" asks each one (contains()) rather than climbing from the element. */
const FEW_TAKEN = 12;
/** readableText's "skip nothing". */
const NO_SKIP: ReadonlySet<Element> = new Set();
/** Tags whose text is never a heading. */
const NON_TEXT_PARENTS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'TITLE']);
/** Every block of the page (found in this order: widgets, heading blocks, link-level, marked), with link targets. */
export function runHarvester(doc: Document, pageUrl: string) {
  const selfKey = pageKey(pageUrl);
  const body = doc.body;
  const root = doc.documentElement;
  const scan: PageScan = scanPage(doc, MAX_HEADING_CHARS);
  const headline = scan.headline;
  let topic: Set<string> | null = null;
  /** Elements already taken by a block (its container or rows). */
  const taken = new Set<Element>();
  /** Every ancestor of a taken element: "does this contain a taken block?" in one lookup, not a scan (pages with
   * thousands of link lists made the scan quadratic). */
  const holdsTaken = new Set<Element>();
  const found: Block[] = [];
  /** Resolved href of each accepted anchor, checked against the furniture inside its own block. */
  const hrefs = new Map<Element, string>();
  const navigation = new AncestorIndex(scan.navigation);
  const furniture = new AncestorIndex(scan.furniture);
  /** validHref's answer before the furniture check, per link (it does not depend on the block). */
  const targets = new Map<Element, string | null>();
  /** Readable text per element: the page does not change while the harvester reads it. */
  const texts = new Map<Element, string>();
  let headingSet: Set<Element> | null = null;

  // What selector queries would answer, from the page scan: the page's links, headings and paragraphs are listed
  // in document order, and an element's descendants among them are one slice of the list.
  const facts = (el: Element): ElementFacts => scan.facts.get(el)!;
  const anchorsIn = (el: Element): Element[] => {
    const f = facts(el);
    return scan.anchors.slice(f.linkStart, f.linkEnd);
  };
  const linkCount = (el: Element): number => {
    const f = facts(el);
    return f.linkEnd - f.linkStart;
  };
  const headingsIn = (el: Element): Element[] => {
    const f = facts(el);
    return scan.headings.slice(f.headingStart, f.headingEnd);
  };
  const paragraphsIn = (el: Element): Element[] => {
    const f = facts(el);
    return scan.paragraphs.slice(f.paraStart, f.paraEnd);
  };
  /** el.matches('a[href]') */
  const isAnchor = (el: Element): boolean => facts(el).link === el;
  /** el.matches('h1, h2, h3, h4, h5, h6, [role="heading"]') */
  const isHeading = (el: Element): boolean => (headingSet ??= new Set(scan.headings)).has(el);

  /** readableText(el), each element's text gathered once. */
  const readable = readableTexts();

  /** The text of a possible heading: exact when it is short enough to be one, else some longer prefix. */
  function headingText(el: Element): string {
    const known = texts.get(el);
    if (known !== undefined) return known;
    const t = readableText(el, NO_SKIP, MAX_HEADING_CHARS);
    // Up to the limit the answer is the whole text; past it, a prefix that only says "too long".
    if (t.length <= MAX_HEADING_CHARS) texts.set(el, t);
    return t;
  }

  /** A heading of a block, not the title of a card: it has text and is neither inside nor around a link. */
  function isBlockHeading(el: Element): boolean {
    return facts(el).link === null && linkCount(el) === 0 && readable(el).length > 0;
  }

  /** `box` holds an image, or a link that is not `inner` (a child of `box`) or inside it. */
  function holdsImageOrLinkBeside(box: Element, inner: Element): boolean {
    return facts(box).images > 0 || linkCount(box) - linkCount(inner) - (isAnchor(inner) ? 1 : 0) > 0;
  }

  /** The element's textContent, trimmed, is at most MAX_HEADING_CHARS long. */
  function isShort(el: Element): boolean {
    const f = facts(el);
    return f.lead === f.len || f.len - f.lead - f.trail <= MAX_HEADING_CHARS;
  }

  /** Inside site navigation (nav, role=navigation/banner/menu/menubar), wherever it stands. */
  function inNavigation(el: Element): boolean {
    if (scan.navigation.size <= FEW_TAKEN) {
      for (const root of scan.navigation) if (root.contains(el)) return true;
      return false;
    }
    return navigation.inside(el);
  }

  /** True when `el` is a taken element or lies inside one. */
  function insideTaken(el: Element): boolean {
    if (taken.size === 0) return false;
    // A few taken blocks: ask each (contains() climbs inside the DOM implementation, cheaper than parentElement).
    if (taken.size <= FEW_TAKEN) {
      for (const block of taken) if (block.contains(el)) return true;
      return false;
    }
    for (let node: Element | null = el; node; node = node.parentElement) if (taken.has(node)) return true;
    return false;
  }

  function isTaken(el: Element): boolean {
    return insideTaken(el) || holdsTaken.has(el);
  }

  function take(block: Block): void {
    found.push(block);
    for (const el of block.elements) {
      taken.add(el);
      for (let up = el.parentElement; up && !holdsTaken.has(up); up = up.parentElement) holdsTaken.add(up);
    }
  }

  /** An article link: http(s), not this page, not share/comment/tag/author/home, not inside furniture below `root`. */
  function validHref(a: Element, root: Element | null): string | null {
    let href = targets.get(a);
    if (href === undefined) {
      href = target(a);
      targets.set(a, href);
    }
    if (href === null) return null;
    // Furniture strictly between the link and `root` (or anywhere above the link when there is no root).
    const box = furniture.nearestRoot(a.parentElement);
    if (!box) return href;
    if (root && box !== root && !root.contains(box) && root.contains(a)) return href;
    if (root && box === root && root.contains(a)) return href;
    return null;
  }

  /** The link's resolved target when it may be a story: http(s), not this page, not share/comment/tag/author/home. */
  function target(a: Element): string | null {
    const raw = a.getAttribute('href');
    if (!raw || raw.trim().startsWith('#')) return null;
    const rel = (a.getAttribute('rel') ?? '').toLowerCase();
    if (/\bsponsored\b/.test(rel)) return null;
    // Against the page's own URL: the pipeline removes any <base> first.
    const href = resolveHttpUrl(raw, pageUrl);
    if (!href || SHARE_URL.test(raw) || SHARE_URL.test(href) || COMMENT_URL.test(href)) return null;
    const url = new URL(href);
    if (SERVICE_HOST.test(url.hostname)) return null;
    // Tag, author and section listings, and the home page (with or without tracking parameters), are not stories.
    if (LIST_PATH.test(url.pathname) || url.pathname === '/') return null;
    if (pageKey(href) === selfKey) return null;
    return href;
  }

  function validAnchors(root: Element, exclude: Element | null): Element[] {
    const out: Element[] = [];
    for (const a of anchorsIn(root)) {
      if ((exclude && exclude.contains(a)) || isHiddenByMarkup(a)) continue;
      const href = validHref(a, root);
      if (href === null) continue;
      hrefs.set(a, href);
      out.push(a);
    }
    return out;
  }

  /** A container of links, not of story: few enough links, mostly link text, no prose paragraph, no headline. */
  function isLinkBlock(el: Element, heading: Element | null): boolean {
    if (el === body || el === root) return false;
    if (headline && el.contains(headline)) return false;
    const anchors = anchorsIn(el);
    if (anchors.length > MAX_BLOCK_LINKS) return false;
    const total = (heading ? readableText(el, new Set([heading])) : readable(el)).length;
    if (total > MAX_BLOCK_CHARS) return false;
    let linkChars = 0;
    for (const a of anchors) if (!(heading && heading.contains(a))) linkChars += readable(a).length;
    if (total > 0 && linkChars / total < MIN_LINK_DENSITY) return false;
    for (const p of paragraphsIn(el)) {
      if (linkCount(p) === 0 && readable(p).length > PROSE_PARAGRAPH_CHARS) return false;
    }
    return true;
  }

  /** A sibling row in a run of links after a heading: it holds a link and little else. */
  function isLinkRow(el: Element): boolean {
    if (!validAnchors(el, null).length) return false;
    return isLinkBlock(el, null);
  }

  /**
   * A child of `box` (besides the one holding `top`) that is an empty widget slot: no text, image, link or frame,
   * and named like a mount point (an id, a data attribute or a widget word), not like a divider.
   */
  function hasEmptySlot(box: Element, top: Element): boolean {
    for (const child of box.children) {
      if (child.contains(top) || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BR|HR|LINK|META)$/.test(child.tagName)) continue;
      if (readable(child) || child.querySelector('img, a[href], iframe, svg, video, picture')) continue;
      for (const el of [child, ...child.querySelectorAll('*')]) {
        const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
        if (DECORATION_WORDS.test(names)) continue;
        if (el.id || [...el.attributes].some((a) => a.name.startsWith('data-')) || SLOT_WORDS.test(names)) return true;
      }
    }
    return false;
  }

  /**
   * A heading inside one teaser card (a kicker like "Nutrition" next to the card's single link), not over a block:
   * the smallest wrapper below `container` that holds a link points to one page only.
   */
  function inCard(heading: Element, container: Element): boolean {
    for (let el = heading.parentElement; el && el !== container; el = el.parentElement) {
      const links = anchorsIn(el);
      if (!links.length) continue;
      return new Set([...links].map((a) => a.getAttribute('href'))).size === 1;
    }
    return false;
  }

  /**
   * Whether story prose follows an element (then a heading-like line over it is a subheading, not an empty block):
   * the next element with text is a paragraph, or a long text that is not a box of its own with a heading.
   */
  function followedByText(el: Element): boolean {
    for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const text = readable(sib);
      if (!text) continue;
      if (/^(?:P|BLOCKQUOTE|UL|OL)$/.test(sib.tagName)) return true;
      return text.length > PROSE_PARAGRAPH_CHARS / 2 && !headingsIn(sib).some(isBlockHeading);
    }
    return false;
  }

  /** The element or an ancestor is a heading (closest() over the heading selector). */
  function inHeading(el: Element): boolean {
    for (let node: Element | null = el; node; node = node.parentElement) if (isHeading(node)) return true;
    return false;
  }

  /** Short texts near the leaves of the tree that read as block headings. */
  function headingCandidates(): Element[] {
    const out = new Set<Element>();
    // The scan listed the parents of the body's short texts; text nodes of one parent climb alike.
    for (const parent of scan.shortTextParents) {
      if (NON_TEXT_PARENTS.has(parent.tagName)) continue;
      let el: Element = parent;
      // Climb while the ancestor says nothing more ("<h3><span>See also</span></h3>" is one heading).
      for (let k = 0; k < 3; k += 1) {
        const up: Element | null = el.parentElement;
        if (!up || up === body || !isShort(up)) break;
        // Stop below a box that also holds an image or a link of its own: that box is the block, not its heading.
        if (holdsImageOrLinkBeside(up, el)) break;
        el = up;
      }
      if (HEADING_CANDIDATE_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading') out.add(el);
    }
    return [...out];
  }

  /** Blocks introduced by a heading: the heading's container, or the run of link rows right after it. */
  function findHeadingBlocks(): void {
    for (const h of headingCandidates()) {
      // The words first: most candidates are no heading, and reading them is cheaper than the ancestry checks.
      const text = headingText(h);
      const kind = classifyHeading(text);
      if (!kind || isTaken(h) || inNavigation(h)) continue;
      // A heading that is a link itself ("<h3><a>More from UK</a></h3>") counts only inside a real heading element
      // and when the link says nothing else; a bare "Read more" link is a teaser button, not a heading.
      const ownLink = facts(h).link ?? anchorsIn(h).find((a) => headingText(a) === text) ?? null;
      if (ownLink && (headingText(ownLink) !== text || !(inHeading(ownLink) || isHeading(h)))) continue;
      const top = ownLink && !ownLink.contains(h) ? ownLink : h;
      const block = blockFromHeading(top, kind, text);
      if (block) take(block);
      else if (headingText(top) === text && !top.closest('p, li, td') && !followedByText(top)) {
        // A See Also heading over nothing (its list is filled by a script that never ran): remove the heading
        // alone, so it does not stand in the body. Never counted.
        take({ kind: 'listing', elements: [top], heading: text, anchors: [] });
      }
    }
  }

  function blockFromHeading(h: Element, kind: Kind, text: string): Block | null {
    // The "heading" found is already a box (a section saying nothing but its heading) holding an empty slot.
    if (kind !== 'sponsored' && /^(?:DIV|SECTION|ASIDE)$/.test(h.tagName) && hasEmptySlot(h, h)) {
      return { kind: 'listing', elements: [h], heading: text, anchors: [] };
    }
    let top: Element = h;
    let container: Element | null = h.parentElement;
    for (let depth = 0; container && depth < MAX_HEADING_CLIMB; depth += 1) {
      if (container === body || holdsOtherBlocks(container, top)) break;
      if (validAnchors(container, top).length || (kind === 'sponsored' && container.querySelector('a[href], iframe'))) break;
      // A wrapper with text of its own but no links: the heading words stand in prose, not over a block.
      if (readable(container).length > text.length + LINK_WRAPPER_SLACK) break;
      // The heading's own box holds an empty slot that a script was to fill: the block is empty on this page.
      // Remove the shell (it says nothing but the heading) and look no further up.
      if (kind !== 'sponsored' && hasEmptySlot(container, top)) {
        return { kind: 'listing', elements: [container], heading: text, anchors: [] };
      }
      top = container;
      container = container.parentElement;
    }
    const shared = !container || container === body || holdsOtherBlocks(container, top);
    if (shared) {
      // A sponsored heading over an empty slot (the widget's script never ran): remove the heading's own block.
      return kind === 'sponsored' && top !== h ? { kind, elements: [top], heading: text, anchors: [] } : siblingRun(top, kind, text);
    }
    if (kind === 'sponsored') return { kind, elements: [container!], heading: text, anchors: [] };
    if (isLinkBlock(container!, top)) {
      // Only links after the heading belong to it.
      const anchors = validAnchors(container!, top).filter((a) => top.compareDocumentPosition(a) & 4);
      if (anchors.length) return { kind, elements: [container!], heading: text, anchors, marked: RELATED_MARKERS.test(markerText(container!)) };
    }
    return siblingRun(top, kind, text);
  }

  /** The container holds the headline, another heading or a block already found: it is wider than one block. */
  function holdsOtherBlocks(container: Element, top: Element): boolean {
    if (headline && container.contains(headline)) return true;
    for (const other of headingsIn(container)) {
      if (!top.contains(other) && !other.contains(top) && isBlockHeading(other) && !inCard(other, container)) return true;
    }
    return taken.has(container) || holdsTaken.has(container);
  }

  /** "Read more:" as a paragraph, then one paragraph per link, inside the story's own container. */
  function siblingRun(top: Element, kind: Kind, text: string): Block | null {
    const elements: Element[] = [top];
    const anchors: Element[] = [];
    for (let sib = top.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const sibText = readable(sib);
      const sibIsLink = isAnchor(sib);
      const hasLink = linkCount(sib) > 0 || sibIsLink;
      if (!sibText && !hasLink) continue;
      if ((isHeading(sib) && isBlockHeading(sib)) || headingsIn(sib).some(isBlockHeading) || isTaken(sib)) break;
      if (sibText.length <= MAX_HEADING_CHARS && classifyHeading(sibText) && !hasLink) break;
      const own = sibIsLink ? validHref(sib, null) : null;
      if (own) hrefs.set(sib, own);
      const rowAnchors = own ? [sib] : validAnchors(sib, null);
      if (!rowAnchors.length || !(sibIsLink || isLinkRow(sib))) break;
      elements.push(sib);
      anchors.push(...rowAnchors);
    }
    if (!anchors.length) return null;
    return { kind, elements, heading: text, anchors };
  }

  /** Links that carry their own heading: "<strong>SEE ALSO</strong>: Title", "Title <span>Read more</span>". */
  function findLinkLevel(): void {
    for (const a of scan.anchors) {
      // The words first: few links carry a related phrase, and reading them is cheaper than the ancestry checks.
      const full = readable(a);
      if (!full || full.length > 400 || !RELATED_ANYWHERE_RE.test(full.toLowerCase().replace(/’/g, "'"))) continue;
      if (isTaken(a) || inNavigation(a)) continue;
      let phrase: string | null = null;
      let title = '';
      const colon = /^(.{2,40}?)\s*[:：|–—]\s*(.+)$/u.exec(full);
      if (colon && classifyHeading(colon[1]!) === 'related') {
        phrase = colon[1]!;
        title = colon[2]!;
      } else {
        for (const child of a.querySelectorAll('*')) {
          const t = headingText(child);
          if (!t || t === full || t.length > MAX_HEADING_CHARS || classifyHeading(t) !== 'related') continue;
          phrase = t;
          title = readableText(a, new Set([child]));
          break;
        }
      }
      title = title.replace(/^[\s:：|–—-]+/u, '').trim();
      if (!phrase || !title) continue;
      const href = validHref(a, null);
      if (!href) continue;
      hrefs.set(a, href);
      // The link's own box: climb while the wrapper holds no other link and little more text.
      let box: Element = a;
      for (let up = a.parentElement; up && up !== body; up = up.parentElement) {
        if (linkCount(up) > 1 || readable(up).length > full.length + LINK_WRAPPER_SLACK) break;
        box = up;
      }
      take({ kind: 'related', elements: [box], heading: phrase, anchors: [a], titles: new Map([[a, title]]) });
    }
  }

  /** The first short heading-like text inside a block, outside its links. */
  function blockHeading(el: Element): string | null {
    for (const h of el.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"], [class*="title" i], [class*="heading" i], [class*="header" i]')) {
      if (facts(h).link || linkCount(h) > 0) continue;
      const t = headingText(h);
      if (t && t.length <= MAX_HEADING_CHARS) return t;
    }
    return null;
  }

  /** Blocks marked up as related (class, id, aria-label, rel=related, schema.org relatedLink). */
  function findMarked(): void {
    const marked: Element[] = [...scan.related];
    const inline: Element[] = [];
    for (const a of scan.relatedLinks) {
      const group = a.closest('ul, ol, section, aside, div');
      if (group && !marked.includes(group) && isLinkBlock(group, null)) marked.push(group);
      else if (!group || !marked.includes(group)) inline.push(a);
    }
    for (const a of inline) {
      if (!isAnchor(a) || isTaken(a)) continue;
      const href = validHref(a, null);
      if (!href) continue;
      hrefs.set(a, href);
      found.push({ kind: 'related', elements: [a], heading: null, anchors: [a], marked: true, inline: true });
    }
    for (const el of marked) {
      if (isTaken(el) || inNavigation(el) || !isLinkBlock(el, null)) continue;
      const anchors = validAnchors(el, null);
      if (!anchors.length) continue;
      const heading = blockHeading(el);
      // Marked related with a heading of its own that we cannot read ("Story Timeline", "Guides"): count it only
      // when its links are about the story.
      const kind: Kind = heading ? (classifyHeading(heading) ?? 'generic') : 'related';
      take({ kind, elements: [el], heading, anchors: kind === 'sponsored' ? [] : anchors, marked: !heading || kind !== 'generic' });
    }
  }

  /** Paid recommendation widgets by their markup: never See Also, always removed. */
  function findWidgets(): void {
    for (const el of scan.widgets) {
      if (insideTaken(el)) continue;
      // A sponsored article's own wrapper may carry the word too: never take the story with it.
      if (el === body || (headline && el.contains(headline))) continue;
      let prose = 0;
      for (const p of paragraphsIn(el)) if (readable(p).length > PROSE_PARAGRAPH_CHARS) prose += 1;
      if (prose > 1) continue;
      take({ kind: 'sponsored', elements: [el], heading: null, anchors: [] });
    }
  }

  /** Sponsored markup or headings inside a block make the whole block sponsored. */
  function demoteSponsored(): void {
    for (const block of found) {
      if (block.kind === 'sponsored') continue;
      const inside = block.elements.some(
        (el) => WIDGET_MARKERS.test(markerText(el)) || scan.sponsoredMarks.some((mark) => mark !== el && el.contains(mark)),
      );
      if (inside) block.kind = 'sponsored';
    }
  }

  function topicStems(): Set<string> {
    if (topic) return topic;
    const parts: string[] = [doc.title, headline?.textContent ?? ''];
    // One look at the page's <meta> elements (a selector per name would be parsed and run six times).
    const metas = scan.metas.map((el) => ({
      el,
      property: el.getAttribute('property')?.toLowerCase(),
      name: el.getAttribute('name')?.toLowerCase(),
    }));
    for (const name of TOPIC_META_NAMES) {
      const el = metas.find((m) => m.property === name || m.name === name)?.el;
      parts.push(el?.getAttribute('content') ?? el?.getAttribute('value') ?? '');
    }
    topic = stems(parts.join(' '));
    return topic;
  }

  /** A generic list ("More from UK") is related only when its links are about the story's subject. */
  function isOnTopic(titles: string[]): boolean {
    if (!titles.length) return false;
    const topic = topicStems();
    const hits = titles.filter((t) => [...stems(t)].some((s) => topic.has(s))).length;
    return hits / titles.length >= GENERIC_MIN_OVERLAP;
  }

  findWidgets();
  findHeadingBlocks();
  findLinkLevel();
  findMarked();
  demoteSponsored();
  return { found, hrefs, isOnTopic };
}

/** Names of empty elements scripts mount widgets into ("POSTQUARE_WIDGET_1", "js-recirc-slot"). */
const SLOT_WORDS = /widget|embed|slot|placeholder|mount|recirc|recommend|related|module|container|feed/i;
/** Names of empty elements that only decorate (dividers, icons). */
const DECORATION_WORDS = /divider|rule|line|icon|separator|spacer|border|arrow|chevron|clear/i;

/** Topic stems of a text: words of 4+ letters, accents folded, stop words out; CJK as character pairs. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const word of folded.match(/\p{L}+/gu) ?? []) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(word)) {
      for (let i = 0; i + 1 < word.length; i += 1) out.add(word.slice(i, i + 2));
      continue;
    }
    if (word.length < MIN_TOPIC_WORD || STOP_WORDS.has(word)) continue;
    // A plural "s" off first, so "signs" and "sign" share a stem.
    out.add(word.replace(/(?<=\p{L}{3})s$/u, '').slice(0, STEM_LENGTH));
  }
  return out;
}

/** A link's title as shown: its headline element if it has one, screen-reader labels left out. */
function linkText(a: Element): string {
  // One walk over the link's elements, in document order: screen-reader labels, and the title elements.
  const hidden = new Set<Element>();
  const titles: Element[] = [];
  const stack: Element[] = [];
  for (let child = a.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length) {
    const el = stack.pop()!;
    const cls = el.getAttribute('class');
    if (cls !== null && VISUALLY_HIDDEN_WORDS.test(cls)) hidden.add(el);
    const lower = cls?.toLowerCase() ?? '';
    if (
      LINK_TITLE_TAGS.has(el.localName) ||
      el.getAttribute('itemprop') === LINK_TITLE_ITEMPROP ||
      (lower && LINK_TITLE_CLASS_WORDS.some((w) => lower.includes(w)))
    ) {
      titles.push(el);
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  const inner = titles.find((el) => readableText(el, hidden).length >= 3);
  return readableText(inner ?? a, hidden);
}

/** For a link without text (a thumbnail): its title attribute or image alt, used only when no text link says more. */
function fallbackTitle(a: Element): string {
  return (a.getAttribute('title') ?? a.querySelector('img[alt]')?.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
}

/** A section or category link ("Science & Health" -> /science-and-health/): its text is its last path segment. */
function isSectionLink(href: string, title: string): boolean {
  const words = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/&/g, ' and ').match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';
  const segments = new URL(href).pathname.split('/').filter(Boolean);
  // Story slugs often repeat the headline too: only a short title on a shallow path is a section.
  if (segments.length > MAX_SECTION_DEPTH || title.split(/\s+/).length > MAX_SECTION_WORDS) return false;
  const segment = segments.pop() ?? '';
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Keep the raw segment.
  }
  return !!title && words(decoded) === words(title);
}

/**
 * Find the page's own related-article links: blocks headed "See also", "Related", "More on this story", "Lire
 * aussi", "Mehr zum Thema"... (and their equivalents), blocks marked up as related, and links that carry such a
 * heading themselves. Sponsored widgets never count but are returned in `blocks` so the pipeline removes them.
 */
export function harvestSeeAlso(doc: Document, url: string): SeeAlsoHarvest {
  if (!doc.body) return { heading: null, links: [], blocks: [] };
  const h = runHarvester(doc, url);
  const order = (a: Block, b: Block) => (a.elements[0]!.compareDocumentPosition(b.elements[0]!) & 4 ? -1 : 1);
  const blocks = [...h.found].sort(order);
  const links = new Map<string, SeeAlsoLink>();
  /** The link each kept entry came from: its title attribute or image alt stands in when it has no text. */
  const fallbacks = new Map<string, Element>();
  let heading: string | null = null;
  for (const block of blocks) {
    if (block.kind === 'sponsored' || block.kind === 'listing') continue;
    const entries = block.anchors
      .filter((a) => h.hrefs.has(a))
      .map((a) => ({ a, href: h.hrefs.get(a)!, title: block.titles?.get(a) ?? linkText(a) }))
      .filter((e) => !isSectionLink(e.href, e.title));
    if (block.kind === 'generic' && !block.marked && !h.isOnTopic(entries.filter((e) => e.title).map((e) => e.title))) continue;
    let added = false;
    for (const { a, href, title } of entries) {
      const key = pageKey(href);
      const known = links.get(key);
      if (known) {
        if (!known.title && title) known.title = title;
        continue;
      }
      if (links.size >= MAX_LINKS) break;
      links.set(key, { title, href });
      fallbacks.set(key, a);
      added = true;
    }
    if (added && heading === null && block.heading) heading = block.heading.replace(/\s+/g, ' ').trim();
  }
  return {
    heading,
    links: [...links.entries()]
      .map(([key, l]) => (l.title ? l : { ...l, title: fallbacks.has(key) ? fallbackTitle(fallbacks.get(key)!) : '' }))
      .filter((l) => l.title),
    blocks: blocks.filter((b) => !b.inline).flatMap((b) => b.elements),
  };
}
