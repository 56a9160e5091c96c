// Which <meta> names and properties carry which field, strongest first. Keys are lower case; a meta element is keyed
// by its name, property, itemprop or http-equiv attribute.

export const TITLE_KEYS: readonly string[] = [
  'og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'citation_title', 'title',
  'headline',
];

export const SITE_KEYS: readonly string[] = ['og:site_name'];
/** Weaker site names: app titles are sometimes a generic product name ("WordPress"). */
export const APP_NAME_KEYS: readonly string[] = ['application-name', 'apple-mobile-web-app-title', 'dc.publisher', 'dcterms.publisher', 'citation_publisher', 'citation_journal_title'];

/** Author names. Many hold a URL or a handle instead: those are skipped. */
export const AUTHOR_KEYS: readonly string[] = [
  'dc.creator', 'dcterms.creator', 'author', 'article:author', 'og:article:author', 'byl', 'parsely-author',
  'sailthru.author', 'dc.contributor', 'citation_author', 'article.author', 'cxenseparse:author', 'author_name',
  'authors', 'creator',
];

export const PUBLISHED_KEYS: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article.published', 'datepublished',
  'published_time', 'published-date', 'publish-date', 'publishdate', 'publish_date', 'publication_date',
  'publication-date', 'pubdate', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'citation_publication_date', 'citation_online_date', 'citation_date', 'sailthru.date', 'parsely-pub-date',
  'article.created', 'article_date_original', 'original-publish-date', 'cxenseparse:recs:publishtime', 'displaydate',
  'date.available', 'dc.date', 'dcterms.date', 'date',
];

export const MODIFIED_KEYS: readonly string[] = [
  'article:modified_time', 'og:article:modified_time', 'datemodified', 'last-modified', 'dcterms.modified',
  'og:updated_time', 'article.updated',
];

export const DESCRIPTION_KEYS: readonly string[] = [
  'og:description', 'twitter:description', 'description', 'dc.description', 'dcterms.description', 'sailthru.description',
];

export const LANG_KEYS: readonly string[] = ['content-language', 'language', 'dc.language', 'og:locale', 'inlanguage'];

export const IMAGE_KEYS: readonly string[] = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'];

/** A parse.ly page tag holds JSON with the fields (parsed as data). */
export const PARSELY_PAGE_KEY = 'parsely-page';
