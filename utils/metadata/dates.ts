// Dates as pages write them -> ISO 8601 strings that keep the date (and the offset) the page gave.
import { MONTHS, ZONE_OFFSETS } from './words';

/** Years outside this window are typos or placeholders ("0001-01-01", "2099-..."). */
const MIN_YEAR = 1990;
/** How far ahead of today a publication date may be (time zones, embargoed stories scheduled a little early). */
const MAX_FUTURE_DAYS = 2;
/** Longest text read as one date; longer strings are prose. */
const MAX_DATE_TEXT = 200;

export interface ParsedDate {
  /** "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS" or with an offset ("Z", "+02:00"). */
  iso: string;
  /** Day as the page wrote it. */
  day: string;
  hasTime: boolean;
  /** Offset in minutes east of UTC when the page gave one. */
  offset: number | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validDay(y: number, m: number, d: number, now: Date): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= MIN_YEAR)) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return false;
  return date.getTime() <= now.getTime() + MAX_FUTURE_DAYS * 86_400_000;
}

function offsetText(offset: number): string {
  if (offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function build(
  y: number, m: number, d: number, time: { h: number; min: number; s: number; frac?: string } | null,
  offset: number | null, now: Date,
): ParsedDate | null {
  if (!validDay(y, m, d, now)) return null;
  const day = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (!time || time.h > 23 || time.min > 59 || time.s > 59) return { iso: day, day, hasTime: false, offset: null };
  const clock = `${pad(time.h)}:${pad(time.min)}:${pad(time.s)}${time.frac ?? ''}`;
  return {
    iso: `${day}T${clock}${offset === null ? '' : offsetText(offset)}`,
    day,
    hasTime: true,
    offset,
  };
}

function parseOffset(text: string | undefined): number | null {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  if (t in ZONE_OFFSETS) return ZONE_OFFSETS[t]!;
  const m = /^(?:utc|gmt)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return minutes > 14 * 60 ? null : (m[1] === '-' ? -minutes : minutes);
}

/** Machine dates: ISO 8601 and its near misses ("2017-11-16T14:15+0000", "2015-04-08 12:46"), Unix seconds. */
export function parseMachineDate(raw: string | null | undefined, now = new Date()): ParsedDate | null {
  const text = raw?.trim();
  if (!text || text.length > MAX_DATE_TEXT) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{1,2}|[A-Z]{1,5})?)?(?![\d:])/i.exec(text)
    ?? /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(?:(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (iso) {
    const time = iso[4] === undefined ? null : { h: Number(iso[4]), min: Number(iso[5]), s: Number(iso[6] ?? 0), frac: iso[7] };
    return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), time, parseOffset(iso[8]), now);
  }
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const date = new Date(ms);
    return build(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(),
      { h: date.getUTCHours(), min: date.getUTCMinutes(), s: date.getUTCSeconds() }, 0, now);
  }
  return parseTextDate(text, { now });
}

export interface TextDateOptions {
  /** Page language: decides "04/08/2015" (en-US: April 8) against the rest of the world (8 April). */
  lang?: string | null;
  now?: Date;
}

const TIME = /(?:^|[^\d:])(\d{1,2})\s*(?:[:h.]|heures?)\s*(\d{2})(?:[:.](\d{2}))?(?!\d)\s*(a\.?m\.?|p\.?m\.?|uhr)?(?:\s*\(?\s*(utc|gmt|[a-z]{2,4}t|z)\s*(([+-])\s*\d{1,2}(?::?\d{2})?)?\)?)?/i;
const AMPM_ONLY = /(?:^|\D)(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/i;

function findTime(text: string): { h: number; min: number; s: number; offset: number | null } | null {
  const m = TIME.exec(text);
  let h: number;
  let min = 0;
  let s = 0;
  let ampm: string | undefined;
  let zone: string | undefined;
  if (m) {
    h = Number(m[1]);
    min = Number(m[2]);
    s = Number(m[3] ?? 0);
    ampm = m[4]?.toLowerCase().replace(/\./g, '');
    zone = m[6] ?? m[5];
  } else {
    const a = AMPM_ONLY.exec(text);
    if (!a) return null;
    h = Number(a[1]);
    ampm = a[2]!.toLowerCase().replace(/\./g, '');
  }
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return { h, min, s, offset: parseOffset(zone) };
}

function year2(y: number, now: Date): number {
  if (y >= 100) return y;
  const full = 2000 + y;
  return full > now.getUTCFullYear() + 1 ? 1900 + y : full;
}

/**
 * A date written for readers: "08.04.2015", "15 octobre 2016", "Nov. 19, 2019 5:53 PM", "November 20th, 2019 - 07:50
 * GMT", "Tue, Nov 19, 2019", "2019.04.25", "12/16/16 12:21pm", "2019年4月25日". Null when no full day is found.
 */
export function parseTextDate(raw: string, options: TextDateOptions = {}): ParsedDate | null {
  const now = options.now ?? new Date();
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_DATE_TEXT) return null;
  const lower = text.toLowerCase();
  let y = 0;
  let m = 0;
  let d = 0;
  let rest = text;

  const cjk = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  const ymd = /(?:^|\D)(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(text);
  const dmy = /(?:^|[^\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.]\d)/.exec(text);
  const named = findNamedMonth(lower);
  if (cjk) {
    [y, m, d] = [Number(cjk[1]), Number(cjk[2]), Number(cjk[3])];
    rest = text.slice(cjk.index + cjk[0].length);
  } else if (ymd) {
    [y, m, d] = [Number(ymd[1]), Number(ymd[3]), Number(ymd[4])];
    rest = text.slice(ymd.index + ymd[0].length);
  } else if (named) {
    ({ y, m, d } = named);
    rest = text.slice(named.end);
  } else if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[3]);
    y = year2(Number(dmy[4]), now);
    const usFirst = dmy[2] === '/' && /^en-us|^en$/i.test(options.lang ?? 'en-us');
    if (a > 12) [d, m] = [a, b];
    else if (b > 12) [m, d] = [a, b];
    else if (usFirst) [m, d] = [a, b];
    else [d, m] = [a, b];
    rest = text.slice(dmy.index + dmy[0].length);
  } else {
    return null;
  }
  const time = findTime(rest) ?? (named ? findTime(text.slice(0, named.start)) : null);
  return build(y, m, d, time, time?.offset ?? null, now);
}

interface NamedMonth {
  y: number;
  m: number;
  d: number;
  start: number;
  end: number;
}

/** "15 octobre 2016", "7. Mai 2019", "Nov. 19, 2019", "November 20th, 2019", "19 Nov 2019", "mayo 7 de 2019". */
function findNamedMonth(lower: string): NamedMonth | null {
  const word = /\p{L}+/gu;
  let fallback: NamedMonth | null = null;
  for (let match = word.exec(lower); match; match = word.exec(lower)) {
    const month = MONTHS[match[0]];
    if (!month) continue;
    const start = match.index;
    const end = start + match[0].length;
    const before = lower.slice(Math.max(0, start - 12), start);
    const after = lower.slice(end, end + 24);
    const dayBefore = /(?:^|\D)(\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s*(?:de\s+|of\s+)?$/.exec(before);
    const dayAfter = /^\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:\s*,)?/.exec(after);
    let d = 0;
    let tail = after;
    let consumed = 0;
    if (dayAfter && !/^\.?\s*\d{1,2}\s*[:h]\d/.test(after)) {
      d = Number(dayAfter[1]);
      consumed = dayAfter[0].length;
      tail = after.slice(consumed);
    } else if (dayBefore) {
      d = Number(dayBefore[1]);
    }
    if (!d) continue;
    const yearAfter = /^\.?\s*(?:,|de|del|of)?\s*'?(\d{4})(?!\d)/.exec(tail);
    if (yearAfter) {
      // A month next to both its day and its year: the date ("mar. 19 nov. 2019" skips the weekday "mar").
      return { y: Number(yearAfter[1]), m: month, d, start, end: end + consumed + yearAfter[0].length };
    }
    if (!fallback) {
      // "Tue 19 Nov 12:00 2019" and similar put the year further on.
      const later = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(lower.slice(end, end + 40));
      if (later) fallback = { y: Number(later[1]), m: month, d, start, end: end + consumed };
    }
  }
  return fallback;
}

/** Date in a URL path: /2016/10/15/, /20161015/, /2019-11-19/. Null when only a year or month is there. */
export function dateFromUrl(url: string, now = new Date()): ParsedDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const parts = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/.exec(path)
    ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (parts) return build(Number(parts[1]), Number(parts[2]), Number(parts[3]), null, null, now);
  // "/2016/nov/29/"
  const named = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?:\/|$)/i.exec(path);
  const month = named ? MONTHS[named[2]!.toLowerCase()] : undefined;
  return named && month ? build(Number(named[1]), month, Number(named[3]), null, null, now) : null;
}

/** Whole days between two "YYYY-MM-DD" strings. */
export function dayDistance(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** Offsets are whole quarter hours: a shown clock is compared with an instant to this precision. */
const OFFSET_STEP_MINUTES = 15;
/** Real time zones lie between UTC-12 and UTC+14. */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

/** Milliseconds of the date's wall clock read as if it were UTC (its offset ignored). */
function clockMs(date: ParsedDate): number {
  return Date.parse(`${date.iso.slice(0, 19)}Z`);
}

/** The instant a date with a time and an offset names, in ms; null otherwise. */
export function instantMs(date: ParsedDate): number | null {
  return date.hasTime && date.offset !== null ? clockMs(date) - date.offset * 60_000 : null;
}

/** The same instant written in another offset ("2016-12-29T01:32:00Z" at -300 is "2016-12-28T20:32:00-05:00"). */
export function atOffset(date: ParsedDate, offset: number): ParsedDate | null {
  const ms = instantMs(date);
  if (ms === null || offset < MIN_OFFSET_MINUTES || offset > MAX_OFFSET_MINUTES) return null;
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  return { iso: `${local}${offsetText(offset)}`, day: local.slice(0, 10), hasTime: true, offset };
}

/**
 * The page's offset, from a wall clock it shows without a zone and the instant a machine date gives: their
 * difference, when it is a whole quarter hour within the real zones. Null when they do not fit together.
 */
export function offsetBetween(shown: ParsedDate, instant: ParsedDate): number | null {
  const ms = instantMs(instant);
  if (ms === null || !shown.hasTime) return null;
  const minutes = (clockMs(shown) - ms) / 60_000;
  const step = Math.round(minutes / OFFSET_STEP_MINUTES) * OFFSET_STEP_MINUTES;
  // The shown clock may drop the seconds: allow a minute of slack, no more.
  if (Math.abs(minutes - step) > 1 || step < MIN_OFFSET_MINUTES || step > MAX_OFFSET_MINUTES) return null;
  return step;
}
