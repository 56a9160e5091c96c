// What the page's structured data (JSON-LD, microdata) says it is. Never throws: broken JSON is read by pattern.
import {
  JSONLD_MAX_CHARS,
  JSONLD_MAX_DEPTH,
  JSONLD_MAX_NODES,
  JSONLD_MAX_SCRIPTS,
  JSONLD_TYPE_PATTERN,
  MICRODATA_MAX_ITEMS,
  PAGE_WRAPPER_TYPES,
  TYPE_PREFIX,
} from './signals';

export interface StructuredTypes {
  /** Lower-cased types of the page's top-level items: each script's objects, @graph members, WebPage.mainEntity. */
  top: string[];
  /** A top-level item carries datePublished. */
  hasDatePublished: boolean;
  /** Scripts that did not parse as JSON (their types were read by pattern). */
  malformed: number;
}

/** "http://schema.org/NewsArticle" -> "newsarticle". */
export function normalizeType(raw: string): string {
  return raw.trim().replace(TYPE_PREFIX, '').toLowerCase();
}

function typesOf(value: unknown): string[] {
  if (typeof value === 'string') return [normalizeType(value)];
  if (Array.isArray(value)) return value.filter((t): t is string => typeof t === 'string').map(normalizeType);
  return [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Collector {
  readonly out: StructuredTypes = { top: [], hasDatePublished: false, malformed: 0 };
  private visited = 0;

  /** One top-level value: an item, an array of items, or a {"@graph": [...]} wrapper. */
  addTop(value: unknown, depth = 0): void {
    if (depth > JSONLD_MAX_DEPTH || this.visited >= JSONLD_MAX_NODES) return;
    if (Array.isArray(value)) {
      for (const item of value) this.addTop(item, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    this.visited++;
    const types = typesOf(value['@type']);
    this.out.top.push(...types);
    if (types.length && value['datePublished'] !== undefined) this.out.hasDatePublished = true;
    if (value['@graph'] !== undefined) this.addTop(value['@graph'], depth + 1);
    // A WebPage that names its main entity: the entity is what the page is.
    if (types.some((t) => PAGE_WRAPPER_TYPES.has(t)) && value['mainEntity'] !== undefined) this.addTop(value['mainEntity'], depth + 1);
  }
}

/** Types named in JSON-LD text that does not parse. */
function typesByPattern(text: string): string[] {
  const found: string[] = [];
  for (const match of text.slice(0, JSONLD_MAX_CHARS).matchAll(JSONLD_TYPE_PATTERN)) {
    if (match[1]) found.push(normalizeType(match[1]));
    else if (match[2]) for (const part of match[2].matchAll(/"([^"]{1,80})"/g)) found.push(normalizeType(part[1] ?? ''));
  }
  return found;
}

/** Text some sites wrap JSON-LD in. */
function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim();
}

export function readStructuredTypes(doc: Document): StructuredTypes {
  const collector = new Collector();
  let read = 0;
  for (const script of doc.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    if (read++ >= JSONLD_MAX_SCRIPTS) break;
    const text = script.textContent ?? '';
    if (!text.trim()) continue;
    let parsed: unknown;
    let ok = false;
    if (text.length <= JSONLD_MAX_CHARS) {
      try {
        parsed = JSON.parse(unwrap(text));
        ok = true;
      } catch {
        ok = false;
      }
    }
    if (ok) {
      collector.addTop(parsed);
    } else {
      collector.out.malformed++;
      // Nesting is unknown here, so every type named counts as top-level (publisher, image and the like are
      // neutral types; the classifier only reads article, collection, product, video and discussion types).
      collector.out.top.push(...typesByPattern(text));
      if (/"datePublished"\s*:/.test(text.slice(0, JSONLD_MAX_CHARS))) collector.out.hasDatePublished = true;
    }
  }

  // Microdata on the elements that carry a page's own item: <html>, <body>, <main>, <article> (a scan of every
  // element for [itemtype] is slow; items deeper down are parts, such as an author or an image).
  const holders: Element[] = [doc.documentElement, ...(doc.body ? [doc.body] : [])];
  for (const tag of ['main', 'article']) {
    const found = doc.getElementsByTagName(tag);
    for (let i = 0; i < found.length && holders.length < MICRODATA_MAX_ITEMS; i++) holders.push(found[i]!);
  }
  for (const el of holders) {
    if (!el || el.hasAttribute('itemprop')) continue;
    const itemtype = el.getAttribute('itemtype') ?? '';
    for (const t of itemtype.split(/\s+/)) if (t) collector.out.top.push(normalizeType(t));
  }
  return collector.out;
}
