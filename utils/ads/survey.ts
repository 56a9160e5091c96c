// The page survey (uBlock Origin's habit): read the page's classes, ids and link targets once, so the filter engine
// looks up only the rules that can match this page instead of testing thousands of selectors.
// Browser-safe and small: the content script imports this file, never engine.ts (which holds the large engine).

/** The page's classes, ids and link targets, surveyed once so only filters that can match are looked up. */
export interface PageSurvey {
  classes: string[];
  ids: string[];
  hrefs: string[];
}

// Caps keep the survey well inside what a message may carry (utils/messages.ts LIMITS: 50,000 tokens of at most
// 1,000 characters) on pages that generate unique class names by the thousand.
/** Distinct class names kept. */
export const SURVEY_MAX_CLASSES = 20_000;
/** Distinct ids kept. */
export const SURVEY_MAX_IDS = 20_000;
/** Distinct link targets kept; EasyList's href rules are about ad and affiliate links, a few per page. */
export const SURVEY_MAX_HREFS = 5_000;
/** Longer tokens are skipped: no filter names a 1,000-character class, and data: URLs would bloat the message. */
export const SURVEY_MAX_TOKEN_CHARS = 1_000;

/** What separates class names in a class attribute (HTML's ASCII whitespace). */
const ASCII_WHITESPACE = /[ \t\n\f\r]+/;

function add(set: Set<string>, value: string, max: number): void {
  if (set.size < max && value.length > 0 && value.length <= SURVEY_MAX_TOKEN_CHARS) set.add(value);
}

/** One pass over the elements: distinct classes, ids and link hrefs (as written in the markup). */
export function surveyPage(doc: Document): PageSurvey {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const hrefs = new Set<string>();
  // jsdom is the slow case this is shaped for: a copied array beats indexing the live collection; the links are a
  // collection of their own (a tag test on every element costs more than one more lookup by tag name); and the
  // namespaced attribute read skips the lower-casing of the name (class and id are never namespaced).
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    // The attribute string, not classList: a token list object per element costs a third of the survey in jsdom.
    const classAttr = el.getAttributeNS(null, 'class');
    if (classAttr) for (const name of classAttr.split(ASCII_WHITESPACE)) add(classes, name, SURVEY_MAX_CLASSES);
    const id = el.getAttributeNS(null, 'id');
    if (id) add(ids, id, SURVEY_MAX_IDS);
  }
  for (const link of Array.from(doc.getElementsByTagName('a'))) {
    const href = link.getAttribute('href');
    if (href) add(hrefs, href, SURVEY_MAX_HREFS);
  }
  return { classes: [...classes], ids: [...ids], hrefs: [...hrefs] };
}
