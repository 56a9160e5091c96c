// Every rule the bench and the corpus tests use to decide "same value": text, names, dates, image and link URLs,
// sentences and labels. Kept in one place so that a number in the table means one thing.

/** Typographic quotes, primes and guillemets, all read as the plain ASCII quote of their kind. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** Hyphen, non-breaking hyphen, figure dash, en and em dashes, minus: one dash. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
/** Soft hyphens and zero-width characters: invisible, so never a difference a reader sees. */
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
/** Punctuation that may frame a short value without changing it ("AFP.", "(Reuters)", "Caption:"). */
const FRAMING = /^[\s"'()[\]{}.,;:|·•*-]+|[\s"'()[\]{}.,;:|·•*-]+$/g;
/** Words a byline may start with, in the corpus' languages ("By", "Von", "Par", "Por", "Di", "Door", "Av"). */
const BYLINE_PREFIX = /^(?:by|von|par|por|di|door|av)\s+/i;
/** Ways a byline joins two names ("A and B", "A & B", "A, B", "A und B", "A et B"): all read as a comma. */
const NAME_JOINER = /\s*(?:,|;|\s&\s|\sand\s|\sund\s|\set\s)\s*/gi;
/** Labels of at most this many words are checked as whole lines, not substrings ("Advertisement" vs prose). */
export const SHORT_LABEL_MAX_WORDS = 3;
/** Query parameters that only track the click: dropped before links are compared. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|cid|ref|src|ito|cmpid)$/i;
/** Image file names shorter than this (without extension) are too generic ("image", "photo") to identify a photo. */
export const MIN_DISTINCT_FILENAME = 12;

/** NFKC, plain quotes and dashes, no invisible characters, whitespace collapsed, trimmed. Case is kept. */
export function normText(value: string | null | undefined): string {
  return (value ?? '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** normText, lower-cased, without framing punctuation: for short values (names, captions, credits, labels). */
export function normLoose(value: string | null | undefined): string {
  return normText(value).toLowerCase().replace(FRAMING, '');
}

/** Same short value: equal after normLoose. Both empty counts as the same (null expected and nothing found). */
export function sameText(got: string | null | undefined, want: string | null | undefined): boolean {
  return normLoose(got) === normLoose(want);
}

export function normByline(value: string | null | undefined): string {
  const names = normLoose(value).replace(BYLINE_PREFIX, '').replace(NAME_JOINER, ', ');
  return normLoose(names);
}

/**
 * Same author line: sameText after dropping a leading "By" (or its equivalent in the corpus' languages), with
 * the same names joined alike ("A and B" = "A, B"). The names and their order must match.
 */
export function sameByline(got: string | null | undefined, want: string | null | undefined): boolean {
  return normByline(got) === normByline(want);
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;
/** A value that names a day and no time of it. */
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Offsets of real time zones, in hours: UTC-12 to UTC+14. */
const ZONE_OFFSETS_HOURS = { min: -12, max: 14 } as const;
const HOUR_MS = 3_600_000;

function utcDay(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** The instant falls on this calendar day in some real time zone. */
function dayOfInstantSomewhere(day: string, instant: string): boolean {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return false;
  for (let h = ZONE_OFFSETS_HOURS.min; h <= ZONE_OFFSETS_HOURS.max; h++) {
    if (new Date(time + h * HOUR_MS).toISOString().slice(0, 10) === day) return true;
  }
  return false;
}

/**
 * Same day: the calendar date written in both values is equal (the reader's date, whatever the offset), or
 * both name the same UTC day (Postlight stores its dates converted to UTC, a page may state local time). An
 * answer that names only a day (the page shows no time) matches an expected instant that falls on that day in
 * some real time zone: Postlight turns a shown day into local midnight in UTC, often the previous UTC day.
 */
export function sameDay(got: string | null | undefined, want: string | null | undefined): boolean {
  if (!got || !want) return false;
  const gotDay = ISO_DAY.exec(got.trim())?.[1];
  const wantDay = ISO_DAY.exec(want.trim())?.[1];
  if (gotDay && wantDay && gotDay === wantDay) return true;
  if (DAY_ONLY.test(got.trim()) && !DAY_ONLY.test(want.trim())) return dayOfInstantSomewhere(got.trim(), want);
  const a = utcDay(got);
  return a !== null && a === utcDay(want);
}

function parseUrl(value: string, base?: string): URL | null {
  try {
    return new URL(value.trim(), base);
  } catch {
    return null;
  }
}

/** An image address without scheme, query and fragment, host lower-cased (CDNs vary those for one photo). */
export function normImageUrl(value: string, base?: string): string {
  const url = parseUrl(value, base);
  if (!url) return normText(value);
  return `${url.host}${decodeSafe(url.pathname)}`;
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function fileName(normalized: string): string {
  const last = normalized.split('/').pop() ?? '';
  return last.replace(/\.[a-z0-9]{2,5}$/i, '').toLowerCase();
}

/**
 * Same lead image: the same address once scheme and query are set aside, or the same distinctive file name.
 * The second rule is there because news CDNs serve one photo through many resizing paths and hosts
 * (".../resizer/<sig>/1200x630/.../Q3KUQ3K4VGF6733PRNTY36GQP4.jpg" vs the 800-wide rendition): the final file
 * name identifies the photo, unless it is a generic one like "image.jpg", which must match in full.
 */
export function sameImage(got: string | null | undefined, want: string | null | undefined, base?: string): boolean {
  if (!got || !want) return false;
  const a = normImageUrl(got, base);
  const b = normImageUrl(want, base);
  if (a === b) return true;
  const name = fileName(b);
  return name.length >= MIN_DISTINCT_FILENAME && fileName(a) === name;
}

/** The hand label's `srcContains` is part of the image address (raw or URL-decoded). */
export function imageMatchesLabel(got: string | null | undefined, srcContains: string): boolean {
  if (!got) return false;
  return got.includes(srcContains) || decodeSafe(got).includes(srcContains);
}

/**
 * A link as compared in See Also: absolute, http and https alike, lower-case host without "www.", no fragment,
 * no click-tracking parameters, no trailing slash.
 */
export function normHref(href: string, base?: string): string {
  const url = parseUrl(href, base);
  if (!url) return normText(href);
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  const host = url.host.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${host}${path}${url.search}`;
}

/** The sentence appears in the text, both normalised with normText (case and punctuation kept). */
export function containsSentence(text: string, sentence: string): boolean {
  return normText(text).includes(normText(sentence));
}

/** Lines of an extracted text, normalised with normLoose; empty lines dropped. */
export function textLines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => normLoose(line))
    .filter(Boolean);
}

export function isShortLabel(label: string): boolean {
  return normText(label).split(' ').length <= SHORT_LABEL_MAX_WORDS;
}

/**
 * The text still shows this unwanted string. Short labels ("Advertisement", "Read more:") count only as a
 * line of their own (a label ending in a colon also when it starts a line), so that prose like "an
 * advertisement for..." never counts. Longer strings count as case-insensitive substrings.
 */
export function showsUnwanted(text: string, unwanted: string): boolean {
  if (!isShortLabel(unwanted)) return normText(text).toLowerCase().includes(normText(unwanted).toLowerCase());
  const label = normLoose(unwanted);
  if (!label) return false;
  const leading = normText(unwanted).endsWith(':');
  return textLines(text).some((line) => line === label || (leading && line.startsWith(`${label}:`)));
}
