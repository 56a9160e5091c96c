// JSON-LD blocks of a page, parsed as data (JSON.parse only, never eval), flattened, and the article found.

export type JsonObject = Record<string, unknown>;

/** A larger script is not metadata (some sites inline whole app states as ld+json). */
const MAX_JSONLD_CHARS = 2_000_000;
/** All JSON-LD blocks of a page together are read up to this many characters. */
const MAX_JSONLD_TOTAL_CHARS = 4_000_000;
/** At most this many objects are kept from all blocks: a page cannot make the harvest slow. */
const MAX_JSONLD_OBJECTS = 500;
/** Nesting deeper than this is not followed when flattening @graph and arrays. */
const MAX_JSONLD_DEPTH = 6;

/** schema.org types of a story or a post, strongest first. */
const ARTICLE_TYPES: readonly string[] = [
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'LiveBlogPosting', 'Article', 'BlogPosting', 'SocialMediaPosting', 'DiscussionForumPosting',
  'ScholarlyArticle', 'TechArticle', 'Report', 'Review', 'CreativeWork',
];
/** Page types that may carry the same fields when no article object exists. */
const PAGE_TYPES: readonly string[] = ['WebPage', 'ItemPage', 'AboutPage', 'CollectionPage', 'MediaObject', 'VideoObject'];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Repairs for common breakage: HTML comments or CDATA around the JSON, raw line breaks in strings, trailing commas. */
function repairJson(text: string): string {
  return text
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,\s*([}\]])/g, '$1')
    .replace(/;\s*$/, '');
}

function parseBlock(text: string): unknown {
  if (text.length > MAX_JSONLD_CHARS) return null;
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(repairJson(text));
    } catch {
      return null;
    }
  }
}

/** Every object of every JSON-LD block, with @graph and top-level arrays flattened. Never throws. */
export function readJsonLd(doc: Document, scripts: ArrayLike<Element> = doc.getElementsByTagName('script')): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (out.length >= MAX_JSONLD_OBJECTS || depth > MAX_JSONLD_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    const graph = value['@graph'];
    if (Array.isArray(graph) || isObject(graph)) {
      // The container may itself be typed (rare); keep it only when it is.
      if (value['@type']) out.push(value);
      visit(graph, depth + 1);
      return;
    }
    out.push(value);
  };
  let budget = MAX_JSONLD_TOTAL_CHARS;
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    const type = (script.getAttribute('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (type !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    budget -= text.length;
    if (budget < 0) break;
    visit(parseBlock(text), 0);
  }
  return out;
}

/** The @type of an object as a list of names ("schema:NewsArticle" and full IRIs reduced to the name). */
export function typesOf(obj: JsonObject): string[] {
  const raw = obj['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

function rank(obj: JsonObject): number {
  const types = typesOf(obj);
  let best = Infinity;
  for (const t of types) {
    const i = ARTICLE_TYPES.indexOf(t);
    if (i >= 0) best = Math.min(best, i);
    else if (/Article$/.test(t)) best = Math.min(best, ARTICLE_TYPES.indexOf('Article'));
    else if (PAGE_TYPES.includes(t)) best = Math.min(best, ARTICLE_TYPES.length + PAGE_TYPES.indexOf(t));
  }
  return best;
}

/** The object that describes the story: article types before page types; among equals the one about this URL. */
export function findArticle(objects: readonly JsonObject[], url: string): JsonObject | null {
  let best: JsonObject | null = null;
  let bestRank = Infinity;
  const here = stripUrl(url);
  for (const obj of objects) {
    let r = rank(obj);
    if (r === Infinity) {
      // A WebPage often holds the article as mainEntity.
      continue;
    }
    const about = [obj['url'], obj['@id'], idOf(obj['mainEntityOfPage'])].map((v) => (typeof v === 'string' ? stripUrl(v) : ''));
    if (here && about.includes(here)) r -= 0.5;
    if (r < bestRank) {
      best = obj;
      bestRank = r;
    }
  }
  if (best && rank(best) >= ARTICLE_TYPES.length && isObject(best['mainEntity'])) {
    const main = best['mainEntity'] as JsonObject;
    if (rank(main) < ARTICLE_TYPES.length) return main;
  }
  return best;
}

function stripUrl(value: string): string {
  return value.replace(/^https?:\/\/(www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
}

function idOf(value: unknown): unknown {
  return isObject(value) ? (value['@id'] ?? value['url']) : value;
}

/** Follow {"@id": ...} references to the object of that id elsewhere on the page. */
export function resolveRef(value: unknown, objects: readonly JsonObject[]): unknown {
  if (!isObject(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string' || Object.keys(value).some((k) => k !== '@id' && k !== '@type')) return value;
  return objects.find((o) => o !== value && o['@id'] === id) ?? value;
}

/** A list of the values of a field (a single value, an array, or nothing). */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A person or organisation reference reduced to {name, type}. */
export interface JsonAgent {
  name: string;
  isOrganization: boolean;
}

export function agentsOf(value: unknown, objects: readonly JsonObject[]): JsonAgent[] {
  const out: JsonAgent[] = [];
  for (const item of listOf(value)) {
    const ref = resolveRef(item, objects);
    if (typeof ref === 'string') {
      if (ref.trim()) out.push({ name: ref, isOrganization: false });
      continue;
    }
    if (!isObject(ref)) continue;
    const name = textOf(ref['name']) ?? joinNames(ref['givenName'], ref['familyName']);
    if (!name) continue;
    const types = typesOf(ref);
    out.push({ name, isOrganization: types.some((t) => /Organization|NewsMediaOrganization|Corporation|Brand|Agency/.test(t)) });
  }
  return out;
}

function joinNames(given: unknown, family: unknown): string | null {
  const parts = [textOf(given), textOf(family)].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/** A plain string out of a JSON-LD value (strings, numbers, {"@value": ...}, first of a list). */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item);
      if (text) return text;
    }
    return null;
  }
  if (isObject(value)) return textOf(value['@value'] ?? value['name']);
  return null;
}

export { isObject };
