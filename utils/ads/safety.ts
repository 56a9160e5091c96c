// Data: what ad stripping must never hide or remove, whatever a filter list says, and the markup its guards read.

/**
 * Elements a filter selector may never name as its subject: hiding one of these hides the whole page or the story.
 * (An `article` with a class is allowed: sponsored cards are often <article class="promo">; the guard in strip.ts
 * keeps the story's own container.)
 */
export const PROTECTED_SUBJECT_TAGS: ReadonlySet<string> = new Set(['html', 'head', 'body', 'main']);
/** Compounds that are exactly one of these name the story's container and are dropped too. */
export const PROTECTED_BARE_COMPOUNDS: ReadonlySet<string> = new Set(['article', '[role="main"]', "[role='main']", '[role=main]']);
/** Pseudo-classes that reach the document root. */
export const PROTECTED_PSEUDOS: readonly string[] = [':root', ':scope', ':host'];
/** Page containers strip.ts never removes, whatever matched them, and label wrappers never climb into. */
export const PAGE_CONTAINER_TAGS: ReadonlySet<string> = new Set(['HTML', 'HEAD', 'BODY', 'MAIN']);
/** What a filter selector may never remove: page containers and the headline (filters aim at ad boxes). */
export const NEVER_REMOVE_TAGS: ReadonlySet<string> = new Set([...PAGE_CONTAINER_TAGS, 'H1']);
/** Media that never sits in a label's wrapper: a wrapper holding these is content. */
export const CONTAINER_STOP_SELECTOR = 'video, audio, figure, figcaption, picture, h1, table, form, input, textarea';
/** Tags that flow inside a sentence: such a label beside other text is a word in prose, not a label block. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
]);
