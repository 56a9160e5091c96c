/** What the page says about itself, read before anything is removed. Every string is page-derived data. */
export interface PageMetadata {
  title: string | null;
  site: string | null;
  byline: string | null;
  /** ISO 8601 */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Wire agency named by JSON-LD (sourceOrganization, author, creditText), byline or dateline. */
  agency: string | null;
  /** Parsed JSON-LD objects of the page (flattened @graph), for other stages. */
  jsonLd: Record<string, unknown>[];
}

// PLACEHOLDER until the metadata helper lands.
export function harvestMetadata(doc: Document, _url: string): PageMetadata {
  const meta = (name: string) =>
    doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim() || null;
  return {
    title: meta('og:title') ?? (doc.title.trim() || null),
    site: meta('og:site_name'),
    byline: meta('author'),
    published: meta('article:published_time'),
    lang: doc.documentElement.getAttribute('lang'),
    dir: null,
    excerpt: meta('og:description') ?? meta('description'),
    agency: null,
    jsonLd: [],
  };
}
