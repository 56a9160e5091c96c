// The byline as the page shows it: found near the headline by markup hints (itemprop/rel author, byline and author
// classes, author-page links), then cleaned of "By", e-mail addresses, dates, job titles and the outlet's own name.
import { agenciesInCredit, agencyFromName, stripBylinePrefix } from './agency';
import { outsideStory, ranked, type PageScan } from './scan';
import { isOutlet } from './site';
import { escapeRegExp, fold, isUrl, readLines } from './text';
import {
  BYLINE_LABELS, BYLINE_STOP_WORDS, COLLECTIVE_BYLINE_WORDS, DESCRIPTION_ARTICLES, LINK_LABEL_WORDS, MONTHS, NAME_JOINERS,
  NAME_PARTICLES, ORG_WORDS, OUTLET_WORDS, ROLE_QUALIFIERS, ROLE_WORDS,
} from './words';

/** A cleaned byline longer than this is prose or a list of tags, not names. */
const MAX_BYLINE_CHARS = 160;
/** Nor is one with more words than this (three authors with long names fit). */
const MAX_BYLINE_WORDS = 24;
/** One person's name has at most this many words ("Maria de los Angeles Garcia Lopez"). */
const MAX_NAME_WORDS = 6;
/** A byline block with more text than this holds a biography or a teaser; its inner elements are read instead. */
const MAX_BLOCK_CHARS = 600;
/** Words a byline read only from an author-page link must have (a full name, not a one-word topic). */
const MIN_LINK_NAME_WORDS = 2;
/** Lines of a byline block read at most. */
const MAX_BLOCK_LINES = 8;

export interface BylineContext {
  /** The publication's name, to drop it from "Charlie Wood, Business Insider". */
  site: string | null;
  /** The page's host name. */
  host: string;
}

export interface CleanByline {
  /** Author names, as written (minus prefixes, dates, addresses, roles, outlet). */
  names: string | null;
  /** Agencies credited by the line, canonical names. */
  agencies: string[];
  /** The agency as the line writes it, when the line credits only agencies ("AFP", "The Associated Press"). */
  agencyText: string | null;
  /** The line names only the outlet itself ("BBC News", "TMZ Staff"). */
  outletOnly: boolean;
}

const ROLE_PATTERN = new RegExp(`(?:^|[^\\p{L}])(?:${ROLE_WORDS.map(escapeRegExp).join('|')})(?:$|[^\\p{L}])`, 'iu');
const STOP_PATTERN = new RegExp(`(?:^|[^\\p{L}])(?:${BYLINE_STOP_WORDS.map(escapeRegExp).join('|')})(?:$|[^\\p{L}])`, 'iu');
const MONTH_WORDS = Object.keys(MONTHS).map(escapeRegExp).join('|');
/** Where a date or a time starts inside a byline line. */
const DATE_START = new RegExp(
  [
    `\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b`,
    `\\b\\d{4}[./年-]\\d{1,2}`,
    `\\b\\d{1,2}\\s*[:h]\\s*\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|uhr)?\\b`,
    `\\b(?:${MONTH_WORDS})\\.?\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:${MONTH_WORDS})\\b`,
    `\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+(?:\\d|${MONTH_WORDS})`,
    `\\b\\d+\\s+(?:minutes?|hours?|days?|mins?|hrs?)\\s+ago\\b`,
  ].join('|'),
  'iu',
);
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PROTECTED_EMAIL = /\[\s*email(?:\s|&#160;|\u00a0)*protected\s*\]/gi;
const URL_TEXT = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const HANDLE = /(?:^|[^\w.])@\w{1,30}\b/g;
/** Brackets left empty once an address is gone ("Bradley M. Kuhn < >"). */
const EMPTY_BRACKETS = /[<([{（]\s*[>)\]}）]/g;
const PARENTHETICAL = /\s*[([（][^()[\]（）]{0,80}[)\]）]/g;
/** Separators between a name and what follows it (outlet, role, place). "and"/"&" stay: they join names. */
const SEGMENT_SPLIT = /\s*(?:[|•·／,，;]|(?<!(?:^|\s)\p{L})\/|\s[-–—]+\s|\s[-–—]+$|^[-–—]+\s)\s*/u;

function looksLikeName(segment: string): boolean {
  const words = segment.split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  // CJK names have no capitals and no spaces.
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s・·]+$/u.test(segment)) return segment.length <= 20;
  let inName = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (NAME_JOINERS.has(lower)) {
      inName = 0;
      continue;
    }
    if (++inName > MAX_NAME_WORDS) return false;
    if (NAME_PARTICLES.has(lower) || /^(d'|o'|mc|al-|el-)/i.test(word)) continue;
    if (!/^[\p{Lu}\p{Lt}]/u.test(word) && !/^\p{Lu}?[.']?\p{Lu}/u.test(word)) return false;
  }
  return true;
}

/** "Prince and the Revolution": an article between a joiner and a capitalised word belongs to the names. */
function articleInName(words: readonly string[], k: number): boolean {
  return DESCRIPTION_ARTICLES.has(words[k]!.toLowerCase()) && NAME_JOINERS.has(words[k - 1]?.toLowerCase() ?? '') && /^\p{Lu}/u.test(words[k + 1] ?? '');
}

/** Minimum words left of a cut inside the first segment ("Laura E. Adkins | is Opinion Editor"). */
const MIN_NAME_WORDS_BEFORE_CUT = 2;

/**
 * The names at the start of a first segment that runs on: "Laura E. Adkins is Opinion Editor of the Forward",
 * "Michael Larabel in Valve on", "Sam Stein Senior Politics Editor". Text that is names only comes back unchanged.
 */
function trimRunOn(segment: string): string {
  const words = segment.split(/\s+/).filter(Boolean);
  if (words.length <= MIN_NAME_WORDS_BEFORE_CUT) return segment;
  // A lower-case word that is no name particle or joiner starts a sentence.
  for (let k = MIN_NAME_WORDS_BEFORE_CUT; k < words.length; k++) {
    const word = words[k]!;
    const lower = word.toLowerCase();
    if (/^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(lower) && !NAME_JOINERS.has(lower) && !articleInName(words, k)) {
      const head = words.slice(0, k).join(' ');
      // "The Russian and Syrian | defense ministries": a head opening with an article is no person's name.
      if (looksLikeName(head) && !DESCRIPTION_ARTICLES.has(words[0]!.toLowerCase())) return head;
      break;
    }
  }
  // A job title at the end, with its qualifiers ("Senior Politics Editor").
  // A collective byline ("Our Foreign Staff", "BWW News Desk", "Smart Shopping Team") is kept whole.
  const roleAt = words.findIndex((w, i) => i >= MIN_NAME_WORDS_BEFORE_CUT && ROLE_PATTERN.test(w));
  if (roleAt > 0 && !COLLECTIVE_BYLINE_WORDS.has(words[words.length - 1]!.toLowerCase())) {
    let k = roleAt;
    while (k > 0 && ROLE_QUALIFIERS.has(words[k - 1]!.toLowerCase())) k--;
    const head = words.slice(0, k).join(' ');
    if (k >= MIN_NAME_WORDS_BEFORE_CUT && looksLikeName(head)) return head;
  }
  return segment;
}

/** Decoration ("*****Notes*****") or a quotation ("\"Michael Joseph Savage\"") is not a byline. */
const NOT_NAMES = /[*#=_~^]{2,}|^["“„«'‘].*["”»'’]$/u;
/** A first segment of at least this many words with a lower-case word in it is a phrase. */
const MIN_PHRASE_WORDS = 4;
/** Agency names glued after a name are looked for in at most this many last words. */
const MAX_AGENCY_WORDS = 4;

function isPhrase(segment: string): boolean {
  const words = segment.split(/\s+/).filter(Boolean);
  if (words.length < MIN_PHRASE_WORDS) return false;
  return words.some((w, k) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase()) && !NAME_JOINERS.has(w.toLowerCase()) && !articleInName(words, k));
}

function trailingAgency(segment: string): { head: string; agency: string; name: string } | null {
  const words = segment.split(/\s+/).filter(Boolean);
  for (let n = Math.min(MAX_AGENCY_WORDS, words.length - 2); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    // One capitalised word may be a surname ("Mary Jane Bloomberg"); codes and full names are not.
    if (n === 1 && !/^(\p{Lu}{2,}|\p{Ll}{2,4})$/u.test(tail)) continue;
    const name = agencyFromName(tail);
    const head = words.slice(0, -n).join(' ');
    if (name && looksLikeName(head)) return { head, agency: tail, name };
  }
  return null;
}

const ALL_CAPS = /^[\p{Lu}\d&]{2,}$/u;

/**
 * A segment after a name that is not another person: where the author works ("Washington Post", "TNN", "ACLU Speech",
 * "Technology Project"), or a single word ("Profile", "Privacy"; a person's name has two words or more, CJK aside).
 */
function isAffiliation(segment: string): boolean {
  const words = segment.split(/\s+/).filter(Boolean);
  if (words.length === 1) return !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(segment);
  const lower = words.map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  if (OUTLET_WORDS.has(lower[lower.length - 1]!) || lower.some((w) => ORG_WORDS.has(w))) return true;
  // "ACLU Speech": an acronym beside ordinary capitalised words is an organisation; "JOSH HASKELL" is all capitals.
  const named = words.filter((w) => !NAME_JOINERS.has(w.toLowerCase()) && !NAME_PARTICLES.has(w.toLowerCase()));
  const caps = named.filter((w) => ALL_CAPS.test(w)).length;
  return caps > 0 && caps < named.length;
}

function cutAt(text: string, pattern: RegExp): string {
  const m = pattern.exec(text);
  if (!m) return text;
  const at = m.index + (m[0].length - m[0].trimStart().length);
  return text.slice(0, at);
}

/**
 * Clean one line of a byline. `first` is true for the first line of a block: its first segment is kept even when it
 * does not look like a name ("Our Foreign Staff", "bsc").
 */
export function cleanBylineLine(raw: string, ctx: BylineContext, first = true, afterNames = false): CleanByline {
  const none: CleanByline = { names: null, agencies: [], agencyText: null, outletOnly: false };
  let text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_BLOCK_CHARS) return none;
  text = text.replace(PROTECTED_EMAIL, ' ').replace(EMAIL, ' ').replace(URL_TEXT, ' ');
  if (/[\p{L}]{2}/u.test(text.replace(HANDLE, ''))) text = text.replace(HANDLE, ' ');
  text = text.replace(/^(?:[-–—:|•·]\s*)+/, '').trim();
  // A byline wholly in brackets ("[田中宏昌，ITmedia]", "(By Jane Doe)") is unwrapped, not dropped as an aside.
  const wrapped = afterNames ? null : /^[([（【]([^()[\]（）【】]+)[)\]）】]$/.exec(text);
  if (wrapped) text = wrapped[1]!.trim();
  const agencies = agenciesInCredit(text);
  text = text.replace(PARENTHETICAL, ' ').replace(EMPTY_BRACKETS, ' ').replace(/\s+/g, ' ');
  // "Posted by Jane Doe": a status word that opens a byline prefix is that prefix, not the end of the names.
  if (/^\p{L}+\s+by\s/iu.test(text)) text = stripBylinePrefix(text);
  // Status and date words end the names ("By Jane Doe Updated 4:10pm", "Published 19.11.2019").
  const stop = STOP_PATTERN.exec(text);
  if (stop) {
    const at = stop.index + (stop[0].length - stop[0].trimStart().length);
    if (at === 0) return { ...none, agencies };
    text = text.slice(0, at);
  }
  text = cutAt(text, DATE_START).trim();
  if (!text) return { ...none, agencies };

  const segments = text.split(SEGMENT_SPLIT).map((s) => stripBylinePrefix(s).replace(/^[-–—:]+|[-–—:,]+$/g, '').trim());
  const kept: string[] = [];
  let outlet = false;
  let agencyText: string | null = null;
  segments.forEach((raw, i) => {
    let segment = raw;
    if (!segment || !/\p{L}/u.test(segment)) return;
    if (agencyFromName(segment)) {
      agencyText ??= segment;
      return;
    }
    // "Tom Davies Associated Press", "Jean Dupont AFP": a name with the agency glued after it.
    const glued = trailingAgency(segment);
    if (glued) {
      agencyText ??= glued.agency;
      if (!agencies.includes(glued.name)) agencies.push(glued.name);
      segment = glued.head;
    }
    if (i > 0 && LINK_LABEL_WORDS.has(segment.split(/[\s:]/)[0]!.toLowerCase())) return;
    if (isOutlet(segment, ctx.site, ctx.host)) {
      outlet = true;
      return;
    }
    if (i > 0 || !first) {
      if (ROLE_PATTERN.test(segment) || /^(in|at|aus|à|en|em|in der|im)\s/i.test(segment) || !looksLikeName(segment)) return;
      // After a name, an agency or the outlet, a lone word is a place or a label ("PTI, Washington").
      if ((kept.length || afterNames || agencyText || outlet) && isAffiliation(segment)) return;
    }
    if (BYLINE_LABELS.includes(fold(segment))) return;
    const name = i === 0 ? trimRunOn(segment) : segment;
    // A first segment that stays a phrase ("The Russian and Syrian defense ministries") is a description, not names.
    if (i === 0 && isPhrase(name)) return;
    kept.push(name);
  });
  const names = kept.join(', ').trim();
  const valid =
    names.length > 0 && names.length <= MAX_BYLINE_CHARS && names.split(/\s+/).length <= MAX_BYLINE_WORDS && !isUrl(names) &&
    !NOT_NAMES.test(names);
  if (valid) return { names, agencies, agencyText, outletOnly: false };
  return { names: null, agencies, agencyText: agencies.length ? agencyText : null, outletOnly: outlet };
}

/** Merge the lines of a byline block: the names of each line that holds any, the agencies of all. */
export function cleanBylineBlock(lines: readonly string[], ctx: BylineContext): CleanByline {
  const names: string[] = [];
  const agencies: string[] = [];
  let agencyText: string | null = null;
  let outletOnly = false;
  let first = true;
  for (const line of lines.slice(0, MAX_BLOCK_LINES)) {
    const bare = line.trim();
    // "By" alone on its line, or a joiner between two name elements.
    if (BYLINE_LABELS.includes(fold(bare)) && /^by$|^von$|^par$|^por$/i.test(bare)) continue;
    if (NAME_JOINERS.has(bare.toLowerCase()) || bare === ',') continue;
    const cleaned = cleanBylineLine(line, ctx, first, names.length > 0);
    for (const a of cleaned.agencies) if (!agencies.includes(a)) agencies.push(a);
    agencyText ??= cleaned.agencyText;
    outletOnly ||= cleaned.outletOnly;
    if (cleaned.names) {
      if (!names.some((n) => fold(n).includes(fold(cleaned.names!)))) names.push(cleaned.names);
      first = false;
    } else if (names.length && !cleaned.agencies.length && !cleaned.outletOnly) {
      // Names stand together; the first line that is not one (a job title, a date, "View author archive") ends them.
      break;
    }
  }
  const joined = names.join(', ');
  if (joined && joined.length <= MAX_BYLINE_CHARS) return { names: joined, agencies, agencyText, outletOnly: false };
  return { names: null, agencies, agencyText, outletOnly };
}

export interface VisibleByline extends CleanByline {
  element: Element | null;
}

/**
 * The byline block nearest the headline (after it preferably), with the strongest hint; null names when the page
 * shows none.
 */
export function findVisibleByline(scan: PageScan, ctx: BylineContext): VisibleByline {
  for (const c of ranked(scan.bylines, scan.headlineIndex)) {
    if (outsideStory(c.el, scan.headline, c.index - scan.headlineIndex)) continue;
    const result = readCandidate(c.el, ctx);
    if (!result) continue;
    // A bare link to a "/people/..." page is as often a topic tag ("Prince") as an author: it must read as a full name.
    if (c.hrefOnly && !(result.names && result.names.split(/\s+/).length >= MIN_LINK_NAME_WORDS)) continue;
    return { ...result, element: c.el };
  }
  return { names: null, agencies: [], agencyText: null, outletOnly: false, element: null };
}

function readCandidate(el: Element, ctx: BylineContext): CleanByline | null {
  let lines: string[];
  if (el.tagName === 'META' || el.tagName === 'LINK') {
    const content = el.getAttribute('content') ?? '';
    lines = content ? [content] : [];
  } else {
    const nameEl = el.getAttribute('itemprop')?.includes('author') ? el.querySelector('[itemprop~="name"]') : null;
    // Microdata may give the name as <link itemprop="name" content="..."> or <meta ...>: no text, an attribute.
    const named = nameEl?.getAttribute('content')?.trim();
    if (named) {
      // An Organization author is the outlet (no byline) unless it is a wire agency, as in JSON-LD.
      const org = /Organization/i.test(el.getAttribute('itemtype') ?? '');
      return org && !agenciesInCredit(named).length ? null : readNames([named], ctx);
    }
    const source = nameEl ?? el;
    const text = source.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS * 4) return null;
    lines = readLines(source, MAX_BLOCK_CHARS);
    if (lines.join(' ').length > MAX_BLOCK_CHARS) return null;
  }
  return readNames(lines, ctx);
}

function readNames(lines: string[], ctx: BylineContext): CleanByline | null {
  if (!lines.length) return null;
  const cleaned = cleanBylineBlock(lines, ctx);
  // An element that names only the outlet is still the byline slot: it says "no author" and wins over a teaser's.
  if (!cleaned.names && !cleaned.agencies.length && !cleaned.outletOnly) return null;
  return cleaned;
}
