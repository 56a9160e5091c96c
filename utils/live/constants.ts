// Tunables of auto-clean in the live page. The page keeps running: every number here trades thoroughness for
// the page's own speed.

/** Longest text (characters, trimmed) a block may have and still be only an ad label ("Advertisement"). */
export const MAX_LABEL_CHARS = 60;

/** A block holding more than this share of the page's paragraph text is content, never an ad: it stays visible. */
export const MAX_HIDDEN_TEXT_SHARE = 0.2;

/** Selectors are matched in comma-joined groups of this many (one querySelectorAll per group, not per selector). */
export const SELECTOR_GROUP_SIZE = 80;

/** Newly added nodes are handled in one batch at the next animation frame, or after this delay in a hidden tab. */
export const MAX_BATCH_DELAY_MS = 250;

/** At most this many added subtrees are scanned in one batch; the rest wait for the next one. */
export const MAX_ROOTS_PER_BATCH = 2_000;

/** Attribute prefix that marks the blocks auto-clean hides; a random suffix per page keeps pages from forging it. */
export const HIDDEN_ATTRIBUTE_PREFIX = 'data-broadsheet-hidden-';

/** Containers that hold the story on most news pages, best first. */
export const ARTICLE_ROOT_SELECTORS = [
  '[itemprop~="articleBody"]',
  'article',
  '[role="main"]',
  'main',
] as const;

/** Elements never hidden, whatever a filter says. */
export const NEVER_HIDE_TAGS = new Set(['HTML', 'HEAD', 'BODY']);
