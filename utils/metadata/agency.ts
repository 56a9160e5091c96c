// Which wire agency a story comes from, read from the forms agencies are credited in: a byline ("By AFP",
// "AFP/The Local", "Jean Dupont, AFP"), a dateline ("LAUSANNE (AFP) -"), a sign-off ("— Reuters", "(dpa)"), a source
// line ("Source: AFP"), a copyright line. A name that is only quoted ("told Reuters") or credits a photo is not one of
// these forms, so it is never read.
import { AGENCIES, AGENCY_ROLE_SUFFIXES } from './agencies';
import { BYLINE_PREFIXES, DATELINE_PARTICLES, JOINER_LABELS, MONTHS, RIGHTS_RESERVED, ROLE_QUALIFIERS, SOURCE_LABELS } from './words';
import { escapeRegExp, fold } from './text';

/** A dateline's place-and-date part is short ("RIO DE JANEIRO, Brazil, Oct. 15, 2016"). */
const MAX_DATELINE_PREFIX = 80;
/** A sign-off, source or copyright line longer than this is prose, not a credit. */
const MAX_CREDIT_LINE = 160;
/** Role words stripped at most from the end of a credit ("AP Senior Auto Writer"). */
const MAX_ROLE_WORDS = 4;
/** More agencies than this in one credit is a list of sources, not a credit. */
const MAX_AGENCIES = 3;

const aliasIndex = new Map<string, string>();
const codeIndex = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const alias of agency.aliases) aliasIndex.set(aliasKey(alias), agency.name);
  for (const code of agency.codes ?? []) codeIndex.set(code, agency.name);
}
const ROLE_SUFFIXES = [...AGENCY_ROLE_SUFFIXES].sort((a, b) => b.length - a.length);
const PREFIX_PATTERN = new RegExp(
  `^(?:${[...BYLINE_PREFIXES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?:\\s+|(?<=[:：●・/])\\s*)`,
  'i',
);

function aliasKey(text: string): string {
  return fold(text).replace(/^the /, '');
}

const EDGE_PUNCTUATION = /^[\s([{"'“”‘’«»‹›\-–—|:·•*,;.]+|[\s)\]}"'“”‘’«»‹›\-–—|:·•*,;.]+$/g;

/** Remove "By", "Von", "Par"... from the start of a byline or a segment of one. */
export function stripBylinePrefix(text: string): string {
  let out = text.trim();
  for (let i = 0; i < 2; i++) out = out.replace(PREFIX_PATTERN, '').trim();
  return out;
}

/** The canonical agency a whole name stands for ("Agence France-Presse", "The Associated Press", "Reuters Staff"). */
export function agencyFromName(raw: string): string | null {
  let text = stripBylinePrefix(raw.replace(EDGE_PUNCTUATION, '')).replace(EDGE_PUNCTUATION, '');
  text = text.replace(/^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*)?/i, '').replace(/\s+(?:19|20)\d{2}$/, '').trim();
  if (!text || text.length > 60) return null;
  const exact = codeIndex.get(text) ?? aliasIndex.get(aliasKey(text));
  if (exact) return exact;
  // "Reuters Staff", "AP writer", "AP Auto Writer", "dpa-Korrespondent": the name plus a role. The role confirms a
  // credit, so a code written in another case ("Ap Auto Writer", from CSS capitalisation) counts here.
  let head = text;
  for (let round = 0; round < MAX_ROLE_WORDS; round++) {
    const lower = head.toLowerCase();
    const suffix = ROLE_SUFFIXES.find((s) => lower.endsWith(` ${s}`) || lower.endsWith(`-${s}`));
    if (suffix) head = head.slice(0, head.length - suffix.length - 1).trim();
    else if (round > 0 && ROLE_QUALIFIERS.has(lower.split(/\s+/).pop() ?? '') && lower.includes(' ')) head = head.replace(/\s+\S+$/, '');
    else break;
    const found = codeIndex.get(head) ?? codeIndex.get(head.toUpperCase()) ?? aliasIndex.get(aliasKey(head));
    if (found) return found;
  }
  return null;
}

/** Separators between the names of a credit: "/", "|", ",", ";", "&", spaced dashes, "and"/"und"/"avec"/"with"... */
const CREDIT_SEPARATORS = /\s*(?:[/|,;+•·&]|\s[-–—]+\s|\s[-–—]+|[-–—]+\s|\(|\)|\[|\]|\s(?:and|und|et|y|e|i|with|mit|avec|con|com|met|og|och|en|plus)\s)\s*/i;

/** The parts of a credit line, in order. */
export function creditSegments(text: string): string[] {
  return text
    .split(CREDIT_SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** Agencies among the parts of a byline or credit ("By AFP", "AFP/The Local", "Jean Dupont, AFP", "dpa/lby"). */
export function agenciesInCredit(text: string): string[] {
  const found: string[] = [];
  for (const segment of creditSegments(stripBylinePrefix(text))) {
    const agency = agencyFromName(segment);
    if (agency) found.push(agency);
  }
  const list = unique(found);
  return list.length > MAX_AGENCIES ? [] : list;
}

/** Words of a dateline's place-and-date part: capitalised words, numbers, months, and a few particles. */
function isDatelinePrefix(prefix: string): boolean {
  const text = prefix.trim();
  if (!text) return true;
  if (text.length > MAX_DATELINE_PREFIX || /[.!?]\s+\p{Ll}/u.test(text)) return false;
  const words = text.split(/[\s,.:/–—-]+/).filter(Boolean);
  return words.every((word) => {
    const bare = word.replace(/['’"“”]/g, '');
    if (!bare) return true;
    if (/^[\p{Lu}\p{N}]/u.test(bare)) return true;
    const lower = bare.toLowerCase();
    return DATELINE_PARTICLES.has(lower) || lower in MONTHS || /^\d+(st|nd|rd|th|er|e|º)?$/.test(lower);
  });
}

const DATELINE = /^\s*([^()\n]{0,120}?)\(([^()\n]{1,60})\)/u;

/**
 * The wire agency named in a dateline at the start of a story ("LAUSANNE (AFP) -", "BERLIN (dpa/lby) -",
 * "WASHINGTON, Oct 15 (Reuters) -", "(ANSA) - ROMA", "(Bloomberg) --"), or null. Names inside a sentence ("He told
 * The Associated Press (AP) that...") are not datelines: the part before the parenthesis must read like a place and
 * date, and the text after it must not run on in lower case.
 */
export function agencyFromDateline(firstParagraph: string): string | null {
  const text = firstParagraph.replace(/\s+/g, ' ').trim().slice(0, 240);
  const m = DATELINE.exec(text);
  if (!m) return null;
  if (!isDatelinePrefix(m[1] ?? '')) return null;
  const after = text.slice(m.index + m[0].length);
  if (/^\s*\p{Ll}/u.test(after)) return null;
  const segments = creditSegments(m[2] ?? '');
  const first = segments[0] ? agencyFromName(segments[0]) : null;
  if (!first || glosses(m[1] ?? '', first)) return null;
  const all = unique(segments.map(agencyFromName).filter((a): a is string => a !== null));
  return all.slice(0, MAX_AGENCIES).join(', ');
}

const SOURCE_LINE = new RegExp(`^(${[...SOURCE_LABELS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s*[:：]?\\s+(.+)$`, 'i');
const COPYRIGHT_LINE = new RegExp(
  `^(?:©|\\(c\\)|copyright)\\s*(?:(?:19|20)\\d{2}\\s*)?(.+?)(?:[.,]?\\s*(?:${RIGHTS_RESERVED.map(escapeRegExp).join('|')})\\b.*)?$`,
  'i',
);
const TRAILING_DASH_CREDIT = /(?:^|\s)(?:[-–—]{1,2}|\|)\s*([^-–—|()]{2,40}?)\s*\.?$/u;
/** An agency's name alone after the last sentence ("...into the US. PTI"). */
const TRAILING_BARE_CREDIT = /[.!?"”»’]\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})\s*$/u;
const TRAILING_PAREN_CREDIT = /(?:^|[.!?"”»’'…)]\s*)\(([^()]{2,40})\)\s*\.?$/u;

/** "Agence France-Presse (AFP)": the abbreviation explains the name before it; it credits nothing. */
function glosses(before: string, agency: string): boolean {
  const tail = fold(before);
  return AGENCIES.find((a) => a.name === agency)?.aliases.some((alias) => tail.endsWith(aliasKey(alias))) ?? false;
}

/** Authors' initials beside an agency in a German sign-off ("kha/dpa", "(mxw/dpa/AFP)"). */
const INITIALS_TOKEN = /^\p{Ll}{2,5}$/u;

/**
 * Every segment names an agency (a credit line, not a sentence that mentions one); authors' initials may stand
 * beside them ("kha/dpa").
 */
function allAgencies(text: string): string | null {
  const segments = creditSegments(stripBylinePrefix(text));
  if (!segments.length || segments.length > MAX_AGENCIES + 1) return null;
  const names = segments.map(agencyFromName);
  const found = names.filter((n): n is string => n !== null);
  if (!found.length || found.length > MAX_AGENCIES) return null;
  const othersAreInitials = segments.every((seg, i) => names[i] !== null || INITIALS_TOKEN.test(seg));
  return othersAreInitials ? unique(found).join(', ') : null;
}

/** Some segment names an agency: enough after an explicit label ("Quelle: ZEIT ONLINE, dpa", "Source: Al Jazeera and Reuters"). */
function someAgencies(text: string): string | null {
  const found = creditSegments(text).map(agencyFromName).filter((n): n is string => n !== null);
  return found.length && found.length <= MAX_AGENCIES ? unique(found).join(', ') : null;
}

/**
 * The agency credited by a line at the end of a story or in its header: "— Reuters", "(dpa)", "(AFP)",
 * "Source: AFP", "Quelle: dpa", "© AFP 2019", "Copyright 2019 The Associated Press. All rights reserved.", or a line
 * that is only an agency's name. An abbreviation that glosses a name just before it ("the Associated Press (AP)") is
 * not a credit.
 */
export function agencyFromCreditLine(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_CREDIT_LINE * 4) return null;
  if (text.length <= MAX_CREDIT_LINE) {
    const bare = text.replace(EDGE_PUNCTUATION, '');
    const whole = allAgencies(bare);
    if (whole) return whole;
    const source = SOURCE_LINE.exec(bare);
    if (source) {
      // "Source: Al Jazeera and Reuters" names its sources; "With ..." must be followed by agencies only.
      const explicit = !JOINER_LABELS.has(source[1]!.toLowerCase());
      const named = explicit ? someAgencies(source[2]!) : allAgencies(source[2]!);
      if (named) return named;
    }
    const copyright = COPYRIGHT_LINE.exec(bare);
    if (copyright) {
      const named = allAgencies(copyright[1]!);
      if (named) return named;
    }
  }
  const dash = TRAILING_DASH_CREDIT.exec(text);
  if (dash) {
    const named = allAgencies(dash[1]!);
    if (named) return named;
  }
  const bare = TRAILING_BARE_CREDIT.exec(text);
  if (bare) {
    const named = allAgencies(bare[1]!);
    if (named) return named;
  }
  const paren = TRAILING_PAREN_CREDIT.exec(text);
  if (paren) {
    const inner = paren[1]!;
    const first = creditSegments(inner)[0];
    const agency = (first ? agencyFromName(first) : null) ?? allAgencies(inner);
    if (agency && !glosses(text.slice(0, paren.index + paren[0].indexOf('(')), agency)) return agency;
  }
  return null;
}
