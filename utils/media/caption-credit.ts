// Caption and photo credit apart: "Kerry arrives in Lausanne. Photo: Fabrice Coffrini/AFP" ->
// caption "Kerry arrives in Lausanne.", credit "Fabrice Coffrini/AFP". Pure string functions; the words live in
// credit-patterns.ts.

import { escapeRegExp } from '../metadata/text';
import {
  AGENCY_SLASH_PREFIXES,
  COLON_ONLY_PREFIX_WORDS,
  COPYRIGHT_SIGNS,
  CREDIT_CONNECTOR_WORDS,
  CREDIT_PREFIX_LINKS,
  CREDIT_PREFIX_WORDS,
  MAX_ALLCAPS_CREDIT_WORDS,
  MAX_CREDIT_CHARS,
  MAX_CREDIT_LOWERCASE_WORDS,
  MAX_CREDIT_WORDS,
  PHOTO_AGENCIES,
} from './credit-patterns';

export interface CaptionCredit {
  caption: string;
  credit: string;
}

/** A phrase as a pattern: its text literally, any run of whitespace between its words. */
const escape = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+');
/** Alternation of phrases, longest first so "photo credit" wins over "photo". */
const alternation = (words: readonly string[]) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Letters and digits in any script; word edges that also work for "Crédit" and "Fotografía". */
const W = '\\p{L}\\p{N}';
const PREFIX = alternation([...CREDIT_PREFIX_WORDS, ...COLON_ONLY_PREFIX_WORDS]);
const LINKS = alternation(CREDIT_PREFIX_LINKS);
const COLON = '\\s*(?:[:：]|\\.{2,3}|…)\\s*';
/** "Photo:", "Photo by:", "Photo by ", "Foto di ". */
const WORD_LABEL = `(?:${PREFIX})(?:\\s+(?:${LINKS}))?${COLON}|(?:${PREFIX})\\s+(?:${LINKS})\\s+`;
/** "© ", "(c) ", "Copyright ". */
const SIGN_LABEL = `(?:${alternation(COPYRIGHT_SIGNS)})\\s*`;

/** "Photo: X", "Photo by X", "Foto di X", "Photograph courtesy of X" anywhere in a caption (the last one counts). */
const LABELLED = new RegExp(`(?<![${W}])(?:${WORD_LABEL}|${SIGN_LABEL})`, 'giu');
/** The same, anchored at the start of a credit element's text, where "Photo X" needs no colon. */
const LEADING_LABEL = new RegExp(`^(?:${WORD_LABEL}|(?:${alternation(CREDIT_PREFIX_WORDS)})\\s+|${SIGN_LABEL})(?=\\S)`, 'iu');
/** A bracketed group that starts with a label, anywhere in the text. */
const LABELLED_GROUP = new RegExp(`[([]\\s*((?:${WORD_LABEL}|${SIGN_LABEL})[^()[\\]]{1,140})[)\\]]`, 'giu');
const AGENCIES = alternation(PHOTO_AGENCIES);
const AGENCY = new RegExp(`(?<![${W}])(?:${AGENCIES})(?![${W}])`, 'iu');
const STARTS_WITH_AGENCY = new RegExp(`^(?:${AGENCIES})(?![${W}])`, 'iu');
/** "AP Photo/Evan Vucci", "REUTERS/Brendan McDermid": the agency form that already names the photographer. */
const AGENCY_SLASH = new RegExp(`(?<![${W}])(?:${alternation(AGENCY_SLASH_PREFIXES)})\\s*\\/\\s*\\S`, 'iu');
/** A capitalised name ("Coffrini", "O'Neill", "J.", "Jean-Luc"); in capitals ("WATSON") for CAPS_NAME. */
const NAME = "\\p{Lu}[\\p{L}.'’-]*";
const CAPS_NAME = "\\p{Lu}[\\p{Lu}.'’-]+";
/** "Fabrice Coffrini/AFP", "SIA/EFAK/YPPOA": capitalised names joined by a slash. */
const NAME_SLASH = new RegExp(`(?:^|\\s)${NAME}(?:\\s+\\p{L}[\\p{L}.'’-]*)*\\s*\\/\\s*\\p{Lu}`, 'u');
/** Capitalised words joined by slashes at the very end, the first run in capitals: "JIM WATSON/AFP/Getty Images". */
const SLASH_TAIL = `(?:\\s*\\/\\s*${NAME}(?:\\s+${NAME})*)+$`;
const GLUED_CAPS_CREDIT = new RegExp(`\\s((?:${CAPS_NAME}\\s+)*${CAPS_NAME}${SLASH_TAIL})`, 'u');
/** Same with an ordinary first and last name: "... in Lausanne Fabrice Coffrini/AFP". */
const GLUED_NAME_CREDIT = new RegExp(`\\s((?:${NAME}\\s+)?${NAME}${SLASH_TAIL})`, 'u');
/** Where a trailing credit may start: after a sentence, a bar or a dash. */
const TAIL_SEPARATOR = /(?:[.!?…]["'”’»)]?|\s[|–—-])\s+/gu;
/** A caption ends with a bracketed group: "(AFP)", "[File: Reuters]", "(Photo: X, AP)". */
const TRAILING_GROUP = /^(.*?)\s*[([]([^()[\]]{1,200})[)\]]\s*[.。]?$/su;
const connectors = new Set(CREDIT_CONNECTOR_WORDS);

function normalize(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Whether text reads as a name or agency list rather than a sentence. */
export function isCreditLike(text: string): boolean {
  const t = normalize(text);
  if (!t || t.length > MAX_CREDIT_CHARS) return false;
  const words = t.split(' ');
  if (words.length > MAX_CREDIT_WORDS) return false;
  let lower = 0;
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!word || !/^\p{Ll}/u.test(word)) continue;
    if (!connectors.has(word.toLowerCase())) lower += 1;
  }
  return lower <= MAX_CREDIT_LOWERCASE_WORDS;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** An unlabelled text that is still unmistakably a credit: an agency, or names joined by slashes. */
function looksLikeBareCredit(text: string): boolean {
  if (!isCreditLike(text)) return false;
  return AGENCY.test(text) || AGENCY_SLASH.test(text) || NAME_SLASH.test(text);
}

/** Strip labels, brackets and separators from a credit line: "(Photo: X)" -> "X", "© X" -> "X". */
export function cleanCredit(text: string): string {
  let t = normalize(text);
  for (let guard = 0; guard < 4; guard += 1) {
    const before = t;
    t = t.replace(/^[([{]\s*(.*?)\s*[)\]}]$/su, '$1');
    if (!STARTS_WITH_AGENCY.test(t)) t = t.replace(LEADING_LABEL, '');
    t = t.replace(/^[\s|:;,.–—/-]+|[\s|:;,–—/-]+$/gu, '');
    if (t === before) break;
  }
  return t;
}

/** Trim separators left at the end of a caption once its credit is cut off ("Kerry in Lausanne |"). */
export function cleanCaption(text: string): string {
  return normalize(text).replace(/^[\s|–—/-]+|[\s|–—/-]+$/gu, '');
}

function result(caption: string, credit: string): CaptionCredit {
  return { caption: cleanCaption(caption), credit: cleanCredit(credit) };
}

/**
 * Split one caption line into the caption proper and the photo credit. Recognises "Photo: X", "Photograph: X",
 * "(Photo: X, AP)", "Credit: X", "Image: X", "Picture: X", "© X", "(c) X", "X/AFP/Getty Images", "AP Photo/X",
 * "Photo by X/Reuters", and the French, German, Spanish, Italian and Portuguese forms. Returns an empty credit when
 * none is found, and an empty caption when the whole text is a credit.
 */
export function splitCaptionCredit(text: string): CaptionCredit {
  const t = normalize(text);
  if (!t) return { caption: '', credit: '' };

  // 1. A bracketed group at the end: a credit when labelled, or when it names an agency or is a slashed name list.
  const group = TRAILING_GROUP.exec(t);
  if (group) {
    const inner = normalize(group[2]!);
    const labelled = LEADING_LABEL.test(inner) && isCreditLike(cleanCredit(inner));
    const allCaps = isAllCaps(inner) && inner.split(' ').length <= MAX_ALLCAPS_CREDIT_WORDS;
    if (labelled || looksLikeBareCredit(inner) || allCaps) return result(group[1]!, inner);
  }

  // 1b. A labelled bracket inside the text: "... nostrils? (Photo: Getty Images) Getty". What follows it is kept
  // as caption unless it is only a repeat of the credit.
  const inner = [...t.matchAll(LABELLED_GROUP)].pop();
  if (inner && isCreditLike(cleanCredit(inner[1]!))) {
    const before = t.slice(0, inner.index);
    const after = t.slice(inner.index + inner[0].length).trim();
    const keepAfter = after && !(isCreditLike(after) && after.split(' ').length <= MAX_ALLCAPS_CREDIT_WORDS);
    return result(keepAfter ? `${before} ${after}` : before, inner[1]!);
  }

  // 2. The last label ("Photo:", "Foto di", "©") whose remainder reads like a credit.
  const labels = [...t.matchAll(LABELLED)];
  for (let i = labels.length - 1; i >= 0; i -= 1) {
    const m = labels[i]!;
    const rest = t.slice(m.index + m[0].length);
    if (isCreditLike(cleanCredit(rest))) return result(t.slice(0, m.index), rest);
    // A label at the very start followed by a sentence is a caption label ("Image: Mourinho has agreed ..."),
    // not a credit; the sentence is the caption.
    if (m.index === 0) return result(rest, '');
  }

  // 3. An unlabelled agency credit after the last sentence or separator: "... on Saturday. JIM WATSON/AFP/Getty Images".
  const seps = [...t.matchAll(TAIL_SEPARATOR)];
  for (let i = seps.length - 1; i >= 0; i -= 1) {
    const m = seps[i]!;
    const cut = m.index + m[0].length;
    const tail = t.slice(cut);
    // A tail that ends like a sentence is prose that mentions an agency ("... told AFP."), not a credit line.
    if (!/[.!?]$/u.test(tail) && looksLikeBareCredit(tail)) {
      const keepStop = /^[.!?…]/u.test(m[0]);
      return result(t.slice(0, keepStop ? m.index + 1 : m.index), tail);
    }
  }

  // 3b. A slashed credit glued to the caption without a separator: the Getty style puts the photographer in
  // capitals ("... at the White House JIM WATSON/AFP/Getty Images"); otherwise take a first and last name.
  const glued = GLUED_CAPS_CREDIT.exec(t) ?? GLUED_NAME_CREDIT.exec(t);
  if (glued && glued.index > 0 && isCreditLike(glued[1]!)) return result(t.slice(0, glued.index), glued[1]!);

  // 4. The whole text is a credit ("Getty Images", "REUTERS/Brendan McDermid"): a bare credit whose agency opens it.
  if (isCreditLike(t) && (STARTS_WITH_AGENCY.test(t) || AGENCY_SLASH.test(t) || NAME_SLASH.test(t))) {
    return result('', t);
  }
  return result(t, '');
}
