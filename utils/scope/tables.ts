// Data for narrowing the page Readability reads (narrow.ts): which elements are page chrome, which hold metadata
// Readability reads from anywhere in the document, and the thresholds of the confidence rules.

/** Elements whose text is the measure of where the story is: paragraphs. */
export const PARAGRAPH_TAG = 'p';

/** The page's headline: the story container is widened to reach it, so the byline and date near it stay too. */
export const HEADLINE_TAG = 'h1';

/**
 * Reader comments by id or class ("comments", "comment-list", "post-comments", Disqus; not "commentary"): their
 * paragraphs are not the story's, and a long thread under a short post must not pass for the story.
 */
export const COMMENTS_PATTERN = /(?:^|[\s_-])comments?(?:$|[\s_-])|disqus/i;

/**
 * Page chrome by element name: navigation, page header and footer, side columns, forms, embedded frames. None of
 * them holds the story when it lies outside the story's container (prune only removes those).
 */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'form', 'iframe', 'dialog', 'menu']);

/** Page chrome by ARIA landmark role (lower case). */
export const CHROME_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu', 'menubar']);

/** Elements Readability reads metadata from wherever they are (meta tags; JSON-LD scripts): never dropped. */
export const METADATA_TAGS: ReadonlySet<string> = new Set(['meta', 'script']);
/** The only script type Readability reads; every other script it throws away first thing. */
export const JSON_LD_TYPE = 'application/ld+json';

/**
 * Below this much paragraph text (characters) in the whole body there is too little to say where the story is:
 * the page is left as it is (Readability's own fallbacks read text outside paragraphs).
 */
export const MIN_PARAGRAPH_CHARS = 500;

/**
 * The story container is the smallest element holding at least this share of all the body's paragraph text. High
 * on purpose: a story split over two sibling blocks (say 85% and 15%) must keep their common parent.
 */
export const CONTAINER_SHARE = 0.9;

/**
 * A chrome element is pruned only if it holds less than this share of the body's paragraph text: a page that
 * wraps everything in one <form> (ASP.NET) or puts the story in an <aside> keeps it.
 */
export const MAX_CHROME_SHARE = 0.1;

/** Pages with more elements than this are not walked at all (the pipeline's own limit is lower). */
export const MAX_WALK_ELEMENTS = 60_000;
