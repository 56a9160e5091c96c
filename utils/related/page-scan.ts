// One walk over the page before the See Also harvester asks anything: which elements carry widget or related
// markers, which are site furniture or navigation, where the links, headings and paragraphs are, and how much text
// each element holds. In jsdom (tests, command line, benchmark) every selector query, closest() or textContent is a
// walk of its own, and the harvester used to ask per element and per link; now such questions are Set or Map
// lookups, slices of the scan's lists, or a memoized climb.

import { FURNITURE_ROLES, FURNITURE_TAGS, FURNITURE_WORDS, RELATED_MARKERS, WIDGET_MARKERS } from './see-also-words';

/** Elements scanned at most for marker classes, per kind of marker (a bound on hostile pages). */
export const MAX_MARKER_SCAN = 50_000;
/** Roles that make an element (and all it holds) site navigation. */
const NAVIGATION_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'menu', 'menubar']);

/** What the walk learns about one element: its raw text and which gathered elements lie inside it. */
export interface ElementFacts {
  /** Length of the element's textContent, and of the whitespace it starts and ends with. */
  len: number;
  lead: number;
  trail: number;
  /** scan.anchors[linkStart, linkEnd) are the a[href] strictly inside the element. */
  linkStart: number;
  linkEnd: number;
  /** scan.headings[headingStart, headingEnd) are the headings strictly inside the element. */
  headingStart: number;
  headingEnd: number;
  /** scan.paragraphs[paraStart, paraEnd) are the <p> strictly inside the element. */
  paraStart: number;
  paraEnd: number;
  /** <img> elements strictly inside. */
  images: number;
  /** The element itself or its nearest ancestor that is an a[href] (what closest('a[href]') answers). */
  link: Element | null;
  /** Listed in shortTextParents already. */
  shortText: boolean;
}

export interface PageScan {
  /** Elements with class, id, data-widget-id or data-ob-template whose marker words name a paid widget (document order). */
  widgets: Element[];
  /** Elements with class, id, aria-label or data-component whose marker words say "related" (document order). */
  related: Element[];
  /** Elements with class or id whose marker words name a paid widget: a block holding one is sponsored. */
  sponsoredMarks: Element[];
  /** a[rel~="related" i] and [itemprop~="relatedLink"], in document order. */
  relatedLinks: Element[];
  /** Navigation roots: nav, role=navigation/banner/menu/menubar. */
  navigation: Set<Element>;
  /** Site furniture (FURNITURE_TAGS, FURNITURE_ROLES, FURNITURE_WORDS in class or id): links inside are never See Also. */
  furniture: Set<Element>;
  /** Every a[href], in document order (what querySelectorAll('a[href]') answers). */
  anchors: Element[];
  /** Every h1-h6 and [role="heading"], in document order. */
  headings: Element[];
  /** Every <p>, in document order. */
  paragraphs: Element[];
  /** Every <meta>, in document order. */
  metas: Element[];
  /** The first <h1> of the page, if any. */
  headline: Element | null;
  /** Parents of the body's text nodes whose trimmed text is 2 to `shortText` characters, in document order, once each. */
  shortTextParents: Element[];
  /** Facts of every element of the page (the page must not change while they are read). */
  facts: Map<Element, ElementFacts>;
}

/** The words the marker regexes read: class, id, aria-label, data-component and data-module, space-separated. */
export function markerText(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-module') ?? ''}`;
}

const hasToken = (list: string | null, token: string, caseless: boolean): boolean =>
  !!list && list.split(/[\t\n\f\r ]+/).some((t) => (caseless ? t.toLowerCase() === token.toLowerCase() : t === token));

/** re.test(text), remembered in `memo` (one memo per regex; the regexes have no g or y flag, so no state). */
function memoTest(re: RegExp, text: string, memo: Map<string, boolean>): boolean {
  let hit = memo.get(text);
  if (hit === undefined) memo.set(text, (hit = re.test(text)));
  return hit;
}

/**
 * Whether any of the attribute values matches a marker regex. The marker words never span a space and end at one,
 * so testing the values one by one answers as testing them joined; and the memo is keyed by the values as the DOM
 * returns them (the same string each time, its hash computed once), not by a string built per element, which
 * every lookup would have to hash anew: that cost more than the regexes.
 */
function anyMarked(re: RegExp, memo: Map<string, boolean>, ...values: (string | null)[]): boolean {
  for (const value of values) if (value !== null && value !== '' && memoTest(re, value, memo)) return true;
  return false;
}

/** Character codes around printable ASCII (none of it whitespace). */
const SPACE = 0x20;
const DEL = 0x7f;

const HEADING_NAMES: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** FURNITURE_TAGS by local name: only elements of these names need their tag name read. */
const FURNITURE_NAMES: ReadonlySet<string> = new Set([...FURNITURE_TAGS].map((tag) => tag.toLowerCase()));

/**
 * One walk over the whole page (elements and text, in document order) that gathers everything the harvester asks
 * about: every element's marker attributes (read once), the page's links, headings, paragraphs and metas, and per
 * element its raw text length and which of those lie inside it. In jsdom each selector query or textContent is a
 * walk of its own; afterwards those questions are a Map lookup and a slice. `shortText` bounds the text nodes
 * whose parents are listed (heading candidates).
 */
export function scanPage(doc: Document, shortText = 0): PageScan {
  const scan: PageScan = {
    widgets: [], related: [], sponsoredMarks: [], relatedLinks: [], navigation: new Set(), furniture: new Set(),
    anchors: [], headings: [], paragraphs: [], metas: [], headline: null, shortTextParents: [], facts: new Map(),
  };
  const root = doc.documentElement;
  if (!root) return scan;
  const body = doc.body;
  const { anchors, headings, paragraphs, facts } = scan;
  let widgetScanned = 0;
  let relatedScanned = 0;
  /** Open elements (the one being walked and its ancestors) and their facts, innermost last. */
  const openEls: Element[] = [];
  const open: ElementFacts[] = [];
  /** Depth of the body in `open` while the walk is inside it, else -1. */
  let bodyDepth = -1;
  let lastParent: Element | null = null;
  // Many elements share a class list: each marker regex runs once per distinct string it is asked about.
  const widgetMemo = new Map<string, boolean>();
  const relatedMemo = new Map<string, boolean>();
  const furnitureMemo = new Map<string, boolean>();

  const close = (): Element => {
    const el = openEls.pop()!;
    const f = open.pop()!;
    f.linkEnd = anchors.length;
    f.headingEnd = headings.length;
    f.paraEnd = paragraphs.length;
    if (openEls.length < bodyDepth + 1) bodyDepth = -1;
    const up = open[open.length - 1];
    if (up) {
      // Text of a concatenation: whitespace runs on across a part that is whitespace only.
      up.lead = up.lead === up.len ? up.len + f.lead : up.lead;
      up.trail = f.trail === f.len ? f.len + up.trail : f.trail;
      up.len += f.len;
      up.images += f.images;
    }
    return el;
  };

  const enter = (el: Element): void => {
    const name = el.localName;
    const parentFacts = open[open.length - 1];
    let link = parentFacts?.link ?? null;
    let href = false;
    let role: string | null = null;
    if (el.hasAttributes()) {
      let cls: string | null = null;
      let id: string | null = null;
      let aria: string | null = null;
      let component: string | null = null;
      let module: string | null = null;
      let widgetId = false;
      let outbrain = false;
      let linkMark = false;
      for (const attr of el.getAttributeNames()) {
        switch (attr) {
          case 'class': cls = el.getAttribute(attr); break;
          case 'id': id = el.getAttribute(attr); break;
          case 'aria-label': aria = el.getAttribute(attr); break;
          case 'data-component': component = el.getAttribute(attr); break;
          case 'data-module': module = el.getAttribute(attr); break;
          case 'role': role = el.getAttribute(attr); break;
          case 'data-widget-id': widgetId = true; break;
          case 'data-ob-template': outbrain = true; break;
          case 'href': href = true; break;
          case 'rel':
          case 'itemprop': linkMark = true; break;
          default: break;
        }
      }
      if (role !== null) {
        if (NAVIGATION_ROLES.has(role)) scan.navigation.add(el);
        if (FURNITURE_ROLES.has(role)) scan.furniture.add(el);
      }
      if (anyMarked(FURNITURE_WORDS, furnitureMemo, cls, id)) scan.furniture.add(el);
      if (linkMark) {
        if ((name === 'a' && hasToken(el.getAttribute('rel'), 'related', true)) || hasToken(el.getAttribute('itemprop'), 'relatedLink', false)) {
          scan.relatedLinks.push(el);
        }
      }
      const hasClassOrId = cls !== null || id !== null;
      if (hasClassOrId || aria !== null || component !== null || widgetId || outbrain) {
        const widgetWords = anyMarked(WIDGET_MARKERS, widgetMemo, cls, id, aria, component, module);
        if ((hasClassOrId || widgetId || outbrain) && widgetScanned < MAX_MARKER_SCAN) {
          widgetScanned += 1;
          // Outbrain's template attribute names the widget without any marker word.
          if (widgetWords || outbrain) scan.widgets.push(el);
        }
        if (hasClassOrId && widgetWords) scan.sponsoredMarks.push(el);
        if ((hasClassOrId || aria !== null || component !== null) && relatedScanned < MAX_MARKER_SCAN) {
          relatedScanned += 1;
          if (anyMarked(RELATED_MARKERS, relatedMemo, cls, id, aria, component, module)) scan.related.push(el);
        }
      }
    }
    if (name === 'nav' || FURNITURE_NAMES.has(name)) {
      // getElementsByTagName('nav'): an HTML <nav> or a foreign element of that exact name; furniture tags are HTML.
      const tag = el.tagName;
      if (tag === 'NAV' || tag === 'nav') scan.navigation.add(el);
      if (FURNITURE_TAGS.has(tag)) scan.furniture.add(el);
    }
    if (name === 'a' && href) {
      anchors.push(el);
      link = el;
    } else if (name === 'p') {
      paragraphs.push(el);
    } else if (name === 'meta') {
      scan.metas.push(el);
    } else if (name === 'img' && parentFacts) {
      parentFacts.images += 1;
    }
    if (HEADING_NAMES.has(name) || role === 'heading') headings.push(el);
    if (name === 'h1' && !scan.headline) scan.headline = el;
    const f: ElementFacts = {
      len: 0, lead: 0, trail: 0, images: 0, link, shortText: false,
      linkStart: anchors.length, linkEnd: 0, headingStart: headings.length, headingEnd: 0,
      paraStart: paragraphs.length, paraEnd: 0,
    };
    facts.set(el, f);
    openEls.push(el);
    open.push(f);
    if (el === body) bodyDepth = openEls.length - 1;
  };

  // An explicit stack, not recursion: a hostile page's nesting must not overflow it.
  let node: Node | null = root;
  while (node) {
    const type = node.nodeType;
    if (type === 1) {
      enter(node as Element);
      const first: Node | null = node.firstChild;
      if (first) {
        node = first;
        continue;
      }
      close();
    } else if (type === 3) {
      const value = (node as Text).data;
      const len = value.length;
      // Printable ASCII at an end is not whitespace: trimming (a copy) is only needed past it.
      const first = value.charCodeAt(0);
      const lead = first > SPACE && first < DEL ? 0 : len - value.trimStart().length;
      const last = value.charCodeAt(len - 1);
      const trail = lead === len ? len : last > SPACE && last < DEL ? 0 : len - value.trimEnd().length;
      const up = open[open.length - 1]!;
      up.lead = up.lead === up.len ? up.len + lead : up.lead;
      up.trail = trail === len ? len + up.trail : trail;
      up.len += len;
      const trimmed = len - lead - (lead === len ? 0 : trail);
      if (bodyDepth >= 0 && trimmed >= 2 && trimmed <= shortText) {
        const parent = openEls[openEls.length - 1]!;
        if (parent !== lastParent) {
          lastParent = parent;
          const f = open[open.length - 1]!;
          if (!f.shortText) {
            f.shortText = true;
            scan.shortTextParents.push(parent);
          }
        }
      }
    }
    // Next: the sibling, or the sibling of the nearest open ancestor that has one.
    while (node) {
      if (node === root) {
        node = null;
        break;
      }
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = close();
    }
  }
  return scan;
}

/**
 * "Is this element inside one of `roots`?" for many elements of one page: each answer is remembered for every
 * element on the way up, so a page costs about one climb per element in all. The page must not change meanwhile.
 */
export class AncestorIndex {
  private readonly nearest = new Map<Element, Element | null>();

  constructor(private readonly roots: ReadonlySet<Element>) {}

  /** The nearest element of `roots` that is `el` or holds it, or null. */
  nearestRoot(el: Element | null): Element | null {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let node = el; node; node = node.parentElement) {
      const known = this.nearest.get(node);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(node);
      if (this.roots.has(node)) {
        found = node;
        break;
      }
    }
    for (const node of path) this.nearest.set(node, found);
    return found;
  }

  /** True when `el` is, or lies inside, one of the roots. */
  inside(el: Element): boolean {
    return this.nearestRoot(el) !== null;
  }
}
