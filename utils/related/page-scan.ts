// One pass over the page's elements before the See Also harvester asks anything: which elements carry widget or
// related markers, which are site furniture or navigation. In jsdom (tests, command line, benchmark) a selector query
// or closest() costs far more than reading a few attributes, and the harvester used to ask per element and per link;
// now every such question is a Set lookup or a memoized climb.

import { FURNITURE_ROLES, FURNITURE_TAGS, FURNITURE_WORDS, RELATED_MARKERS, WIDGET_MARKERS } from './see-also-words';

/** Elements scanned at most for marker classes, per kind of marker (a bound on hostile pages). */
export const MAX_MARKER_SCAN = 50_000;
/** Roles that make an element (and all it holds) site navigation. */
const NAVIGATION_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'menu', 'menubar']);

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
}

/** The words the marker regexes read: class, id, aria-label, data-component and data-module, space-separated. */
export function markerText(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-module') ?? ''}`;
}

const hasToken = (list: string | null, token: string, caseless: boolean): boolean =>
  !!list && list.split(/[\t\n\f\r ]+/).some((t) => (caseless ? t.toLowerCase() === token.toLowerCase() : t === token));

/** Read every element's marker attributes once (elements without attributes cost one call). */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { widgets: [], related: [], sponsoredMarks: [], relatedLinks: [], navigation: new Set(), furniture: new Set() };
  let widgetScanned = 0;
  let relatedScanned = 0;
  const all = doc.getElementsByTagName('*');
  for (let i = 0, n = all.length; i < n; i += 1) {
    const el = all[i]!;
    if (!el.hasAttributes()) continue;
    let cls: string | null = null;
    let id: string | null = null;
    let aria: string | null = null;
    let component: string | null = null;
    let module: string | null = null;
    let role: string | null = null;
    let widgetId = false;
    let outbrain = false;
    let linkMark = false;
    for (const name of el.getAttributeNames()) {
      switch (name) {
        case 'class': cls = el.getAttribute(name); break;
        case 'id': id = el.getAttribute(name); break;
        case 'aria-label': aria = el.getAttribute(name); break;
        case 'data-component': component = el.getAttribute(name); break;
        case 'data-module': module = el.getAttribute(name); break;
        case 'role': role = el.getAttribute(name); break;
        case 'data-widget-id': widgetId = true; break;
        case 'data-ob-template': outbrain = true; break;
        case 'rel':
        case 'itemprop': linkMark = true; break;
        default: break;
      }
    }
    if (role !== null) {
      if (NAVIGATION_ROLES.has(role)) scan.navigation.add(el);
      if (FURNITURE_ROLES.has(role)) scan.furniture.add(el);
    }
    if ((cls !== null || id !== null) && FURNITURE_WORDS.test(`${cls ?? ''} ${id ?? ''}`)) scan.furniture.add(el);
    if (linkMark) {
      if ((el.localName === 'a' && hasToken(el.getAttribute('rel'), 'related', true)) || hasToken(el.getAttribute('itemprop'), 'relatedLink', false)) {
        scan.relatedLinks.push(el);
      }
    }
    const hasClassOrId = cls !== null || id !== null;
    if (!hasClassOrId && aria === null && component === null && !widgetId && !outbrain) continue;
    const words = `${cls ?? ''} ${id ?? ''} ${aria ?? ''} ${component ?? ''} ${module ?? ''}`;
    if ((hasClassOrId || widgetId || outbrain) && widgetScanned < MAX_MARKER_SCAN) {
      widgetScanned += 1;
      if (WIDGET_MARKERS.test(`${words} ${outbrain ? 'outbrain' : ''}`)) scan.widgets.push(el);
    }
    if (hasClassOrId && WIDGET_MARKERS.test(words)) scan.sponsoredMarks.push(el);
    if ((hasClassOrId || aria !== null || component !== null) && relatedScanned < MAX_MARKER_SCAN) {
      relatedScanned += 1;
      if (RELATED_MARKERS.test(words)) scan.related.push(el);
    }
  }
  for (const tag of FURNITURE_TAGS) {
    const found = doc.getElementsByTagName(tag.toLowerCase());
    for (let i = 0; i < found.length; i += 1) if (found[i]!.tagName === tag) scan.furniture.add(found[i]!);
  }
  const navs = doc.getElementsByTagName('nav');
  for (let i = 0; i < navs.length; i += 1) scan.navigation.add(navs[i]!);
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
