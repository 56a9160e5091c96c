// The article's image as schema.org describes it: ImageObject url, caption, creditText, copyrightHolder, author.

import { cleanCredit } from './caption-credit';

export interface JsonLdImage {
  url: string;
  caption: string;
  credit: string;
}

type Json = Record<string, unknown>;

/** Types whose `image` is the story's own picture. */
const ARTICLE_TYPES = /^(?:\w+:)?(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|ItemPage)$/;
/** Script blocks larger than this are not parsed (a hostile page could ship megabytes of JSON). */
const MAX_JSONLD_CHARS = 500_000;
/** How deep nested objects are followed. */
const MAX_JSONLD_DEPTH = 6;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Parse the page's JSON-LD blocks, flattening @graph and arrays. Broken blocks are skipped. */
export function parseJsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const push = (v: unknown, depth: number) => {
    if (depth > MAX_JSONLD_DEPTH) return;
    if (Array.isArray(v)) v.forEach((x) => push(x, depth + 1));
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) push(v['@graph'], depth + 1);
    }
  };
  // A tag-name walk with a plain type check: jsdom would parse a selector on every call.
  for (const script of doc.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > MAX_JSONLD_CHARS) continue;
    try {
      push(JSON.parse(text), 0);
    } catch {
      // Not valid JSON: ignored, as search engines do.
    }
  }
  return out;
}

/** A name out of a Person/Organization, a string, or a list of them. */
function nameOf(v: unknown, depth = 0): string {
  if (depth > 2) return '';
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.map((x) => nameOf(x, depth + 1)).filter(Boolean).join(', ');
  if (isObject(v)) return str(v.name);
  return '';
}

function imageFrom(v: unknown, depth = 0): JsonLdImage | null {
  if (depth > 2) return null;
  if (typeof v === 'string' && v.trim()) return { url: v.trim(), caption: '', credit: '' };
  if (Array.isArray(v)) {
    for (const x of v) {
      const found = imageFrom(x, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(v)) return null;
  const url = str(v.url) || str(v.contentUrl) || str(v['@id']);
  if (!url) return null;
  const credit = str(v.creditText) || nameOf(v.copyrightHolder) || nameOf(v.author) || nameOf(v.creator) ||
    str(v.copyrightNotice);
  return { url, caption: str(v.caption) || str(v.description), credit: credit ? cleanCredit(credit) : '' };
}

/** The article's image from JSON-LD objects (the metadata stage's, or parsed here when it has none). */
export function jsonLdImage(objects: readonly Record<string, unknown>[]): JsonLdImage | null {
  for (const o of objects) {
    if (!typesOf(o).some((t) => ARTICLE_TYPES.test(t))) continue;
    const found = imageFrom(o.image) ?? imageFrom(o.primaryImageOfPage) ?? imageFrom(o.thumbnailUrl);
    if (found) return found;
  }
  return null;
}
