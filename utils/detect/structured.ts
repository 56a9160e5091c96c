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
import { indexByTags, indexedByTags, type TagIndex } from './dom';

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

/** Reads the page's top-level items into `out`: an item, an array of items, a {"@graph": [...]} wrapper, or a
 *  WebPage that names its main entity (the entity is what the page is). Bounded in depth and in objects visited. */
function itemReader(out: StructuredTypes): (value: unknown, depth?: number) => void {
  let visited = 0;
  const read = (value: unknown, depth = 0): void => {
    if (depth > JSONLD_MAX_DEPTH || visited >= JSONLD_MAX_NODES || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) read(item, depth + 1);
      return;
    }
    visited++;
    const item = value as Record<string, unknown>;
    const raw = item['@type'];
    const types = (Array.isArray(raw) ? raw : [raw]).filter((t): t is string => typeof t === 'string').map(normalizeType);
    out.top.push(...types);
    if (types.length && item['datePublished'] !== undefined) out.hasDatePublished = true;
    read(item['@graph'], depth + 1);
    if (types.some((t) => PAGE_WRAPPER_TYPES.has(t))) read(item['mainEntity'], depth + 1);
  };
  return read;
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

/** The parsed value, boxed (JSON can be null or false), or null when the text is not JSON. */
function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return null;
  }
}

/** Text some sites wrap JSON-LD in. */
function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim();
}

/** `bodyTags`: the body's <main> and <article> elements when the caller has them already (see indexByTags). */
export function readStructuredTypes(doc: Document, bodyTags?: TagIndex): StructuredTypes {
  const out: StructuredTypes = { top: [], hasDatePublished: false, malformed: 0 };
  const readItem = itemReader(out);
  let read = 0;
  for (const script of doc.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    if (read++ >= JSONLD_MAX_SCRIPTS) break;
    const text = script.textContent ?? '';
    if (!text.trim()) continue;
    const parsed = text.length <= JSONLD_MAX_CHARS ? parseJson(unwrap(text)) : null;
    if (parsed) {
      readItem(parsed.value);
    } else {
      out.malformed++;
      // Nesting is unknown here, so every type named counts as top-level (publisher, image and the like are
      // neutral types; the classifier only reads article, collection, product, video and discussion types).
      out.top.push(...typesByPattern(text));
      if (/"datePublished"\s*:/.test(text.slice(0, JSONLD_MAX_CHARS))) out.hasDatePublished = true;
    }
  }

  // Microdata on the elements that carry a page's own item: <html>, <body>, <main>, <article> (a scan of every
  // element for [itemtype] is slow; items deeper down are parts, such as an author or an image).
  const body = doc.body;
  const holders: Element[] = [doc.documentElement, ...(body ? [body] : [])];
  // Looked up under the body (the parser puts every <main> and <article> there): the same lookups the survey makes
  // next, so the DOM answers them once.
  if (body) {
    const tags = bodyTags ?? indexByTags(body, ['main', 'article']);
    holders.push(...indexedByTags(tags, ['main', 'article'], MICRODATA_MAX_ITEMS - holders.length));
  }
  for (const el of holders) {
    if (el.hasAttribute('itemprop')) continue;
    const itemtype = el.getAttribute('itemtype') ?? '';
    for (const t of itemtype.split(/\s+/)) if (t) out.top.push(normalizeType(t));
  }
  return out;
}
