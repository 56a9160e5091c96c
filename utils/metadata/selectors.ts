// Where the visible page shows its metadata. Data only.

/** Class or id fragments of a byline element, strongest first is not implied: weights live in BYLINE_HINTS. */
export const BYLINE_HINTS: readonly { pattern: RegExp; weight: number }[] = [
  { pattern: /byline|by-line|by_line|byl\b|p-author|writtenby|written-by/i, weight: 3 },
  { pattern: /author|autor|auteur|writer|contributor|reporter|columnist|journalist|signature|username|user-name/i, weight: 2 },
];

/** Links to an author page. */
export const AUTHOR_HREF = /\/(authors?|autor(?:en)?|auteurs?|journalists?|people|profiles?|staff|contributors?|writers?|reporters?|editors?|artists?|by)\/[^/?#]+/i;

/** Class or id fragments of blocks that are never the story's own (both patterns below hold them). */
const NEVER_STORY = 'comment|related|recommend|promo|teaser|author-?bio|about-(?:the-)?author|more-from|popular|trending|listing|outbrain|taboola';

/**
 * Class or id of a block that is not the story's own header: comments, teasers, sidebars, footers, share bars
 * ("most-popular" is matched by "popular" after its dash).
 */
export const NOT_STORY_META = new RegExp(
  `(?:^|[^a-z])(?:${NEVER_STORY}|sidebar|newsletter|share|sharing|social|footer|morefrom|next-article|read-next|widget|` +
    `subscribe|nav|menu|breadcrumb|tags?(?![a-z])|topics|quote|review|card|cookie|consent|modal|popup)`,
  'i',
);

/** The same for an element's own class, where it may sit beside a byline hint: only blocks that are never the story's. */
export const NOT_STORY_SELF = new RegExp(NEVER_STORY, 'i');

/** Elements a byline or a dateline is never in. */
export const NOT_STORY_TAGS: ReadonlySet<string> = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG',
  'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'IFRAME', 'OBJECT', 'DIALOG',
]);

/** Class or id of a photo caption or credit: an agency named there credits only the picture. */
export const MEDIA_CREDIT = /caption|credit|photo|image|img|media|figure|gallery|picture|slideshow|video|copyright|legend|bildtext|bildunterschrift|foto|legende|légende/i;

/** Class names of a story's own container (the body text, not the page around it). */
export const STORY_CLASS = /(?:^|\s)(?:article-body|article__body|articleBody|article-content|article__content|story-body|story__body|storyBody|story-content|entry-content|post-content|post-body|content-body|body-text|article-text|td-post-content|c-entry-content|rich-text)(?:\s|$)/;

/**
 * How strongly an element says "this is the story's container", strongest first (lower is stronger); -1 for none.
 * itemprop=articleBody, then the usual body classes, then <article>, then role=main and <main>.
 */
export function storyRank(el: Element, tag: string, names: string, itemprop: string, role: string): number {
  if (itemprop && /(?:^|\s)articleBody(?:\s|$)/.test(itemprop)) return 0;
  if (names.includes('article-body') && el.getAttribute('data-testid') === 'article-body') return 1;
  if (names && STORY_CLASS.test(names)) return 2;
  if (tag === 'article') return 3;
  if (role === 'main') return 4;
  if (tag === 'main') return 5;
  return -1;
}

/**
 * Elements that carry a visible date. A fragment covers the longer hints that hold it ("date": dateline, updated;
 * "time": timestamp).
 */
export const DATE_HINTS = /date|time|publish|posted|datum|fecha|data\b|meta|byline|zeit|info\b|info_|details/i;

/** Class or id of a date that is not the publication date. */
export const NOT_PUBLISHED_DATE = /modif|update|last-?mod|edited|expir|event|comment|copyright|footer|weather|stock|market/i;

/**
 * Class or id of an element that names the story's source ("article-source", "agency", "quelle"); "source" after a
 * dash covers "story-source" and "article-source".
 */
export const SOURCE_HINTS = /(?:^|[\s_-])(?:source|sources|agency|agencies|agentur|quelle|provider|syndication|syndicated|wire)(?:$|[\s_-])/i;

/** Class or id of a logo or masthead. */
export const LOGO_HINT = /logo|brand|masthead|site-?title|site-?name|wordmark/i;

/**
 * Hidden helpers ("Credit", "Opens in a new window") that sighted readers do not see; "hidden" also covers
 * "visually-hidden".
 */
export const HIDDEN_CLASS = /\b(sr-only|screen-reader|screenreader|a11y|assistive|offscreen|hidden)\b/i;
