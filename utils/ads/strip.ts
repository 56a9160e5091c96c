// Remove ads from a (cloned) document: elements the filter selectors name, then ad-label blocks and the small
// wrappers that hold only a label and an empty slot. Never the story: a match that holds the story's paragraphs,
// a large share of the page's text, or a headline with paragraphs is left alone.
// Small and DOM-only: the content script imports it; the filter engine (engine.ts) stays out of it.
import type { Removal } from '../article';
import { complexCompounds, compoundNeeds, hasArgumentCompounds, splitSelectorList, subjectCompound, type CompoundNeeds } from './css';
import { isAdLabel, mayBeInAdLabel } from './labels';
import { MAX_LABEL_CHARS } from './ad-labels';
import { CONTAINER_STOP_SELECTOR, INLINE_TAGS, NEVER_REMOVE_TAGS, PAGE_CONTAINER_TAGS } from './safety';

// --- Story guard -------------------------------------------------------------------------------------------------
/** A <p> with at least this many characters counts as story text when locating the story. */
const STORY_PARAGRAPH_MIN_CHARS = 80;
/** The story is the deepest element holding at least this share of all paragraph text; it and its ancestors stay. */
const STORY_PARAGRAPH_SHARE = 0.5;
/** A match holding more than this share of the body's text is not an ad... */
const MAX_MATCH_TEXT_SHARE = 0.3;
/** ...unless the page is so short that any block is a large share of it. */
const MIN_GUARDED_TEXT_CHARS = 300;
/** A match holding an <h1> and at least this many paragraphs is a story, not an ad. */
const STORY_MIN_PARAGRAPHS = 3;
/** A match holding this many story-length paragraphs is article text, not an ad. */
const MAX_MATCH_STORY_PARAGRAPHS = 2;
/** Inside the story, a match holding a <p> of at least this many characters (not a label) holds a sentence of it. */
const STORY_SENTENCE_MIN_CHARS = 40;

// --- Label containers --------------------------------------------------------------------------------------------
/** A label's wrapper may hold at most this many elements (the label, an empty slot, an iframe, a pixel...). */
const MAX_CONTAINER_ELEMENTS = 40;
/** ...and at most this many images (an ad creative); more is a gallery. */
const MAX_CONTAINER_IMAGES = 1;

// --- Records -----------------------------------------------------------------------------------------------------
/** Characters of a selector or of text kept in a Removal record. */
const RECORD_CHARS = 120;

/** Characters of text that are not whitespace: the measure of "how much text" used by the guards. */
function textChars(el: Element): number {
  // Control characters, spaces and no-break spaces do not count (a native replace beats a loop over the characters).
  return (el.textContent ?? '').replace(/[\x00-\x20\u00a0]+/g, '').length;
}

function normalized(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** "div#top-ad.ad-slot.wide", short. */
function describe(el: Element): string {
  let s = el.localName;
  if (el.id) s += `#${el.id}`;
  // The first two distinct classes, as classList lists them (read from the attribute: classList is slow in jsdom).
  const classes = [...new Set((el.getAttribute('class') ?? '').split(CLASS_SEPARATORS).filter(Boolean))];
  for (const c of classes.slice(0, 2)) s += `.${c}`;
  return s.slice(0, RECORD_CHARS);
}

/**
 * The deepest element holding at least STORY_PARAGRAPH_SHARE of the paragraph text, or null without paragraphs.
 * `paragraphs`: the body's <p> elements in document order (from the page index: a lookup by tag would walk the
 * whole tree again).
 */
function findStory(body: Element, paragraphs: readonly Element[]): Element | null {
  const held = new Map<Element, number>();
  let total = 0;
  for (const p of paragraphs) {
    const chars = textChars(p);
    if (chars < STORY_PARAGRAPH_MIN_CHARS) continue;
    total += chars;
    for (let el: Element | null = p.parentElement; el && el !== body; el = el.parentElement) {
      held.set(el, (held.get(el) ?? 0) + chars);
    }
  }
  if (total === 0) return null;
  let story: Element | null = null;
  let storyDepth = -1;
  for (const [el, chars] of held) {
    if (chars < total * STORY_PARAGRAPH_SHARE) continue;
    let depth = 0;
    for (let a = el.parentElement; a; a = a.parentElement) depth += 1;
    if (depth > storyDepth) {
      story = el;
      storyDepth = depth;
    }
  }
  return story;
}

function storyParagraphs(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) if (textChars(p) >= STORY_PARAGRAPH_MIN_CHARS) n += 1;
  return n;
}

/** True when `el` is or holds a paragraph long enough to be a sentence, and not an ad label. */
function holdsSentence(el: Element): boolean {
  const paragraphs = el.localName === 'p' ? [el] : Array.from(el.getElementsByTagName('p'));
  return paragraphs.some((p) => textChars(p) >= STORY_SENTENCE_MIN_CHARS && !isAdLabel(p.textContent ?? ''));
}

/** What the guards know of the page, read at the first filter match (before anything is removed). */
interface PageGuard {
  story: Element | null;
  /** Text characters of the body as it was before the first removal (see bodyChars). */
  bodyChars: number | null;
  /** Text characters of the matches removed so far. */
  removedChars: number;
  /** Text characters of the last match guardReason let go. */
  lastChars: number;
}

/**
 * The body's text characters before the first removal, read only when a large match needs it: the text now plus
 * what the removals took (they are disjoint subtrees, and the count is a sum over text nodes, so this is exact).
 */
function bodyChars(body: Element, guard: PageGuard): number {
  guard.bodyChars ??= textChars(body) + guard.removedChars;
  return guard.bodyChars;
}

/** Why a filter match must stay, or null when it may go. */
function guardReason(el: Element, body: Element, guard: PageGuard): string | null {
  const { story } = guard;
  if (el === body || !body.contains(el) || NEVER_REMOVE_TAGS.has(el.tagName)) return 'page container';
  if (story && el.contains(story)) return 'holds the story';
  if (inRunningText(el)) return 'inside a sentence';
  const chars = textChars(el);
  if (chars > MIN_GUARDED_TEXT_CHARS && chars > bodyChars(body, guard) * MAX_MATCH_TEXT_SHARE) return 'large share of the text';
  const paragraphs = el.getElementsByTagName('p').length;
  if (paragraphs >= STORY_MIN_PARAGRAPHS && el.getElementsByTagName('h1').length > 0) return 'headline with paragraphs';
  if (storyParagraphs(el) >= MAX_MATCH_STORY_PARAGRAPHS) return 'story paragraphs';
  if (story && story.contains(el) && holdsSentence(el)) return 'sentence of the story';
  guard.lastChars = chars;
  return null;
}

/**
 * What the page's elements carry, gathered in one pass (uBlock's habit): selectors that cannot match are skipped,
 * and the rest are tried only on the elements that carry their class, id or attribute. jsdom answers a selector
 * query with a walk over the whole tree; el.matches() on a few candidates is far cheaper.
 */
interface PageIndex {
  body: Element;
  /** The root and head, read once: in jsdom every read of a document property rebuilds its named-item map after a
   *  removal (a walk of the whole page), so the document is not touched again once stripping starts. */
  around: Element[];
  classes: Map<string, Element[]>;
  ids: Map<string, Element[]>;
  attributes: Map<string, Element[]>;
  /** Local name -> elements. */
  tags: Map<string, Element[]>;
  /** Document order of every element. */
  order: Map<Element, number>;
  /** The class and id attributes as written, for the elements that have them. */
  classText: Map<Element, string>;
  idText: Map<Element, string>;
  /** Attribute name -> element -> its value lower-cased (null: absent), filled as the superset tests read them. */
  lowered: Map<string, Map<Element, string | null>>;
}

function push(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

/** Class list separators (ASCII whitespace, as the DOM splits class attributes). */
const CLASS_SEPARATORS = /[\t\n\f\r ]+/;

function indexPage(doc: Document, body: Element): PageIndex {
  const around = [doc.documentElement, doc.head, body].filter((el): el is HTMLElement => !!el);
  const index: PageIndex = {
    body, around, classes: new Map(), ids: new Map(), attributes: new Map(), tags: new Map(), order: new Map(), classText: new Map(),
    idText: new Map(), lowered: new Map(),
  };
  // A copied array: indexing jsdom's live collection costs more than copying it.
  const all = Array.from(body.getElementsByTagName('*'));
  for (let i = 0, n = all.length; i < n; i++) {
    const el = all[i]!;
    index.order.set(el, i);
    push(index.tags, el.localName, el);
    for (const name of el.getAttributeNames()) {
      push(index.attributes, name, el);
      if (name === 'id') {
        const id = el.getAttribute('id') ?? '';
        index.idText.set(el, id);
        push(index.ids, id, el);
      } else if (name === 'class') {
        const text = el.getAttribute('class') ?? '';
        index.classText.set(el, text);
        const tokens = text.split(CLASS_SEPARATORS);
        for (let t = 0; t < tokens.length; t++) {
          const c = tokens[t]!;
          // A class written twice lists the element once (a scan of a few tokens beats a Set per element).
          if (c && tokens.indexOf(c) === t) push(index.classes, c, el);
        }
      }
    }
  }
  return index;
}

function tagged(index: PageIndex, tag: string): Element[] {
  return index.tags.get(tag) ?? [];
}

/** Could some token of `tokens` satisfy `[attr op value]`? Whitespace in the value: cannot tell, so yes. */
function someToken(tokens: Iterable<string>, op: string, value: string): boolean {
  if (/\s/.test(value)) return true;
  for (const token of tokens) {
    if (op === '^=' ? token.startsWith(value) : op === '$=' ? token.endsWith(value) : op === '*=' ? token.includes(value) : token === value) {
      return true;
    }
  }
  return false;
}

function compoundMayMatch(needs: CompoundNeeds, index: PageIndex): boolean {
  if (needs.tag && tagged(index, needs.tag).length === 0) return false;
  if (needs.classes.some((c) => !index.classes.has(c))) return false;
  if (needs.ids.some((id) => !index.ids.has(id))) return false;
  for (const { name, op, value } of needs.attributes) {
    if (!index.attributes.has(name)) return false;
    if (!op || op === '|=') continue;
    if (name === 'class' && !someToken(index.classes.keys(), op === '=' || op === '~=' ? '~=' : op, value)) return false;
    if (name === 'id' && !someToken(index.ids.keys(), op === '~=' ? '=' : op, value)) return false;
  }
  return true;
}

/** An attribute as written, or null: class and id of the body's elements from the index (no DOM call). */
function attributeText(index: PageIndex, el: Element, name: string): string | null {
  if (index.order.has(el) && (name === 'class' || name === 'id')) return (name === 'class' ? index.classText : index.idText).get(el) ?? null;
  return el.getAttribute(name);
}

/** An attribute's value lower-cased, or null: read and lower-cased once per element and name. */
function loweredAttribute(index: PageIndex, el: Element, name: string): string | null {
  let values = index.lowered.get(name);
  if (!values) index.lowered.set(name, (values = new Map()));
  let value = values.get(el);
  if (value === undefined) {
    value = attributeText(index, el, name)?.toLowerCase() ?? null;
    values.set(el, value);
  }
  return value;
}

/** A superset test of `[name op value]` on one element (values compared without case: never wrongly false). */
function attributeMayHold(index: PageIndex, el: Element, name: string, op: string, value: string): boolean {
  const a = loweredAttribute(index, el, name);
  if (a === null) return false;
  if (!op || !value) return true;
  const v = value.toLowerCase();
  switch (op) {
    case '=': return a === v;
    case '^=': return a.startsWith(v);
    case '$=': return a.endsWith(v);
    case '*=': return a.includes(v);
    case '~=': return a.split(CLASS_SEPARATORS).includes(v);
    case '|=': return a === v || a.startsWith(`${v}-`);
    default: return true;
  }
}

/** A superset test of a compound's needs on one element (classes, ids and attribute values read from the index). */
function elementMayBe(needs: CompoundNeeds, el: Element, index: PageIndex): boolean {
  if (needs.tag && el.localName.toLowerCase() !== needs.tag) return false;
  if (needs.classes.length) {
    const tokens = (attributeText(index, el, 'class') ?? '').split(CLASS_SEPARATORS);
    if (!needs.classes.every((c) => tokens.includes(c))) return false;
  }
  if (needs.ids.length) {
    const id = attributeText(index, el, 'id');
    if (!needs.ids.every((i) => i === id)) return false;
  }
  return needs.attributes.every(({ name, op, value }) => attributeMayHold(index, el, name, op, value));
}

/**
 * The shortest index list (by class, id, attribute name or tag) that holds every element meeting `needs`, or null
 * when `needs` names nothing the index lists.
 */
function narrowest(needs: CompoundNeeds, index: PageIndex): Element[] | null {
  let smallest: Element[] | null = null;
  const consider = (list: Element[] = []) => {
    if (!smallest || list.length < smallest.length) smallest = list;
  };
  for (const c of needs.classes) consider(index.classes.get(c));
  for (const id of needs.ids) consider(index.ids.get(id));
  for (const { name } of needs.attributes) consider(index.attributes.get(name));
  if (needs.tag) consider(tagged(index, needs.tag));
  return smallest;
}

/**
 * Could some element satisfy the compound's needs? Body elements from the index; `aroundBody` adds the root, head
 * and body themselves (an ancestor compound may name them: "body.home .ad").
 */
function someElementMayBe(needs: CompoundNeeds, index: PageIndex, aroundBody: boolean): boolean {
  const smallest = narrowest(needs, index);
  if (!smallest) return true;
  if (smallest.some((el) => elementMayBe(needs, el, index))) return true;
  if (!aroundBody) return false;
  return index.around.some((el) => elementMayBe(needs, el, index));
}

/**
 * The body's elements a selector list selects now, in document order, or null when the list is not valid CSS here.
 * Each complex selector is tried on the elements its subject's class, id, attribute or tag points to; the few it
 * cannot narrow (`*`, pseudo-classes alone, syntax compoundNeeds does not read) are queried as before.
 */
function selectNow(selector: string, index: PageIndex): Element[] | null {
  const { body } = index;
  let valid: boolean | null = null;
  /** Parsing the whole list once: an invalid list is skipped whole, as querySelectorAll would skip it. */
  const isValid = () => {
    if (valid === null) {
      try {
        body.matches(selector);
        valid = true;
      } catch {
        valid = false;
      }
    }
    return valid;
  };
  const found = new Set<Element>();
  let queried = false;
  for (const { complex, needs, around, inside } of readSelector(selector)) {
    if (needs && !compoundMayMatch(needs, index)) continue;
    // "[href='https://shop.example/'] img": no such link on the page, no need to try every image.
    if (needs && !around.every((n) => someElementMayBe(n, index, true))) continue;
    if (needs && !inside.every((n) => someElementMayBe(n, index, false))) continue;
    const smallest = needs && narrowest(needs, index);
    if (!needs || !smallest) {
      if (!isValid()) return null;
      for (const el of body.querySelectorAll(complex)) found.add(el);
      queried = true;
      continue;
    }
    for (const el of smallest) {
      if (found.has(el) || !needs.attributes.every(({ name, op, value }) => attributeMayHold(index, el, name, op, value))) continue;
      if (!el.isConnected) continue;
      if (!isValid()) return null;
      // The whole list, already parsed, rather than this complex alone (which would be parsed again).
      if (el.matches(selector)) found.add(el);
    }
  }
  const list = [...found];
  if (list.length < 2) return list;
  if (queried || list.some((el) => !index.order.has(el))) {
    return list.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }
  return list.sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

/** False only when no element of the page can be the selector's subject; unknown syntax is always tried. */
function mayMatch(selector: string, index: PageIndex): boolean {
  return readSelector(selector).some(({ needs }) => needs === null || compoundMayMatch(needs, index));
}

interface ComplexNeeds {
  complex: string;
  /** What its subject needs, or null when it cannot be narrowed (then it is queried). */
  needs: CompoundNeeds | null;
  /** What its other compounds need of some element of the page (ancestors, siblings): none there, no match. */
  around: CompoundNeeds[];
  /** What the subject's :has() arguments need of some element of the body. */
  inside: CompoundNeeds[];
}

/** Parsed selectors, kept across pages: a site's filter list repeats from page to page. */
const selectorCache = new Map<string, ComplexNeeds[]>();
/** Parsed selectors kept at most; the cache starts over past it. */
const SELECTOR_CACHE_MAX = 20_000;

function readSelector(selector: string): ComplexNeeds[] {
  let parts = selectorCache.get(selector);
  if (!parts) {
    parts = splitSelectorList(selector).map((complex) => {
      const scoped = /:scope/i.test(complex);
      const compounds = complexCompounds(complex);
      const known = (list: string[]) => list.map(compoundNeeds).filter((n): n is CompoundNeeds => n !== null);
      return {
        complex,
        needs: scoped ? null : compoundNeeds(subjectCompound(complex)),
        around: scoped ? [] : known(compounds.slice(0, -1)),
        inside: scoped ? [] : known(compounds.flatMap(hasArgumentCompounds)),
      };
    });
    if (selectorCache.size >= SELECTOR_CACHE_MAX) selectorCache.clear();
    selectorCache.set(selector, parts);
  }
  return parts;
}

function stripBySelectors(index: PageIndex, selectors: readonly string[], removed: Removal[]): void {
  const { body } = index;
  const candidates = [...new Set(selectors)].filter((s) => typeof s === 'string' && s.trim() && mayMatch(s, index));
  if (candidates.length === 0) return;
  // Where the story is and how much text the page has: read once, and only when some filter matched.
  let page: PageGuard | null = null;
  for (const selector of candidates) {
    const matches = selectNow(selector, index);
    if (!matches) continue; // not valid CSS here (a newer pseudo-class, a typo in the list): skip it, never throw
    for (const el of matches) {
      if (!el.isConnected) continue; // went with an ancestor
      // Read before the first removal, so the index's paragraphs are still the body's.
      page ??= { story: findStory(body, tagged(index, 'p')), bodyChars: null, removedChars: 0, lastChars: 0 };
      if (guardReason(el, body, page)) continue;
      page.removedChars += page.lastChars;
      removed.push({ stage: 'ads', reason: `filter ${selector.slice(0, RECORD_CHARS)}`, what: describe(el) });
      el.remove();
    }
  }
}

/** A text node or an inline element with words of its own beside `el` (whitespace and empty tags do not count). */
function hasTextNeighbour(el: Element): boolean {
  for (const dir of ['previousSibling', 'nextSibling'] as const) {
    for (let n = el[dir]; n; n = n[dir]) {
      if (n.nodeType === 3) {
        if ((n.nodeValue ?? '').trim()) return true;
        continue;
      }
      if (n.nodeType !== 1) continue;
      if (INLINE_TAGS.has((n as Element).tagName) && (n.textContent ?? '').trim()) return true;
      if (!INLINE_TAGS.has((n as Element).tagName)) break;
    }
  }
  return false;
}

/** True when `el` flows inside a sentence: it, or an inline ancestor wrapping it (<strong><a>), has text beside it. */
function inRunningText(el: Element): boolean {
  for (let n: Element | null = el; n && INLINE_TAGS.has(n.tagName); n = n.parentElement) {
    if (hasTextNeighbour(n)) return true;
  }
  return false;
}

/** The largest wrapper around a label whose text is still only labels and whose other content is an empty slot. */
function labelContainer(label: Element, body: Element): Element {
  let el = label;
  for (let parent = el.parentElement; parent && parent !== body; parent = parent.parentElement) {
    if (PAGE_CONTAINER_TAGS.has(parent.tagName) || parent.localName === 'article') break;
    if (parent.getElementsByTagName('*').length > MAX_CONTAINER_ELEMENTS) break;
    if (parent.getElementsByTagName('img').length > MAX_CONTAINER_IMAGES) break;
    if (parent.querySelector(CONTAINER_STOP_SELECTOR)) break;
    if (!isAdLabel(normalized(parent))) break;
    el = parent;
  }
  return el;
}

/** Some character that is not white space (what trim() removes): a test that copies no string. */
const NOT_BLANK = /\S/;

function stripLabels(walker: TreeWalker, body: Element, removed: Removal[]): void {
  const checked = new Set<Element>();
  const labels: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The node's own words first: most text cannot be part of a label, and then its parent need not be read.
    const value = node.nodeValue ?? '';
    if (value.length > MAX_LABEL_CHARS * 4 || !NOT_BLANK.test(value) || !mayBeInAdLabel(value)) continue;
    const parent = node.parentElement;
    if (!parent || checked.has(parent)) continue;
    checked.add(parent);
    if (parent.localName === 'script' || parent.localName === 'style') continue;
    const text = parent.textContent ?? '';
    if (text.length > MAX_LABEL_CHARS * 4) continue; // cheap reject before normalizing
    if (isAdLabel(text)) labels.push(parent);
  }
  for (const label of labels) {
    if (!label.isConnected || label === body || PAGE_CONTAINER_TAGS.has(label.tagName)) continue;
    const container = labelContainer(label, body);
    if (inRunningText(container)) continue;
    const text = normalized(container).slice(0, RECORD_CHARS);
    const reason = container === label ? 'ad label' : 'ad label and its empty slot';
    removed.push({ stage: 'labels', reason, what: `${describe(container)}: ${text}` });
    container.remove();
  }
}

/** Remove elements matching the page's cosmetic filter selectors and ad-label blocks from a (cloned) document. */
export function stripAds(doc: Document, selectors: readonly string[]): Removal[] {
  const body = doc.body;
  if (!body) return [];
  const removed: Removal[] = [];
  // Everything read from the document itself before the first removal (see PageIndex.around).
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  stripBySelectors(indexPage(doc, body), selectors, removed);
  stripLabels(walker, body, removed);
  return removed;
}
