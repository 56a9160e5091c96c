// Data: what ad stripping must never hide or remove, whatever a filter list says.

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
