// The article's image as schema.org describes it: ImageObject url, caption, creditText, copyrightHolder, author.

import { isObject } from '../metadata/jsonld';
import { cleanCredit } from './caption-credit';

export interface JsonLdImage {
  url: string;
  caption: string;
  credit: string;
}

/**
 * Types whose `image` is the story's own picture: Article, NewsArticle and its Reportage, Analysis, Opinion,
 * Background and Review kinds, ScholarlyArticle, TechArticle, BlogPosting, LiveBlogPosting, Report,
 * SocialMediaPosting, WebPage, ItemPage; with or without a prefix ("schema:").
 */
const ARTICLE_TYPES = /^(?:\w+:)?(?:(?:(?:Reportage|Analysis|Opinion|Background|Review)?News|Scholarly|Tech)?Article|(?:Live)?BlogPosting|Report|SocialMediaPosting|(?:Web|Item)Page)$/;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** A name out of a Person/Organization, a string, or a list of them. */
function nameOf(v: unknown, depth = 0): string {
  if (depth > 2) return '';
  if (Array.isArray(v)) return v.map((x) => nameOf(x, depth + 1)).filter(Boolean).join(', ');
  return str(isObject(v) ? v.name : v);
}

function imageFrom(v: unknown, depth = 0): JsonLdImage | null {
  if (depth > 2) return null;
  if (str(v)) return { url: str(v), caption: '', credit: '' };
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

/** The article's image from the page's JSON-LD objects (as the metadata stage read them). */
export function jsonLdImage(objects: readonly Record<string, unknown>[]): JsonLdImage | null {
  for (const o of objects) {
    const t = o['@type'];
    if (!(Array.isArray(t) ? t : [t]).some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) continue;
    const found = imageFrom(o.image) ?? imageFrom(o.primaryImageOfPage) ?? imageFrom(o.thumbnailUrl);
    if (found) return found;
  }
  return null;
}
