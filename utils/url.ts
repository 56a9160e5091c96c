// Safe URL helpers for page-derived links (the original-page link, See Also links, link attributes in article HTML).
// Every input is untrusted page data: the WHATWG URL parser decides what a string means, and only http(s) and
// mailto come out. A result is either a clean absolute URL or null; nothing in between.

/** Schemes a link taken from a page may keep in Broadsheet's views. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
/** Schemes that name a web host (the only ones displayHost shows). */
const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);
/**
 * Characters that a URL parser ignores or that only disguise a URL: C0 controls (tab and newlines included), DEL,
 * C1 controls, soft hyphen, zero-width and bidirectional controls, word joiners, BOM. Removed everywhere.
 */
const INVISIBLE_CHARS = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Schemes that run code or carry a document of their own; rejected even when entity- or percent-encoded. */
const CODE_SCHEME = /^(?:javascript|vbscript|livescript|data):/;
/** Schemes that run code (data: left out: "Data: Eurostat" is a fine caption). */
const SCRIPT_SCHEME = /^(?:javascript|vbscript|livescript):/;
/** Longest URL accepted. Real article links are far shorter; this bounds the work on hostile input. */
export const MAX_URL_LENGTH = 8_192;
/** Rounds of entity/percent decoding tried when looking for a disguised code scheme (double-encoding and so on). */
const DECODE_ROUNDS = 3;
/** HTML named references that spell out URL punctuation ("javascript&colon;"); numeric ones are decoded generally. */
const NAMED_REFS: Readonly<Record<string, string>> = {
  colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', amp: '&', num: '#', percnt: '%', period: '.',
};

function decodeCharRefs(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (m, hex: string) => codePoint(parseInt(hex, 16)) ?? m)
    .replace(/&#(\d+);?/g, (m, dec: string) => codePoint(parseInt(dec, 10)) ?? m)
    .replace(/&([a-z]+);?/gi, (m, name: string) => NAMED_REFS[name.toLowerCase()] ?? m);
}

function codePoint(n: number): string | null {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

function decodePercent(value: string): string {
  return value.replace(/%([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function hidesScheme(value: string, scheme: RegExp): boolean {
  let current = value;
  for (let round = 0; round <= DECODE_ROUNDS; round++) {
    const compact = current.replace(INVISIBLE_CHARS, '').replace(/\s+/g, '').toLowerCase();
    if (scheme.test(compact)) return true;
    const next = decodePercent(decodeCharRefs(current));
    if (next === current) return false;
    current = next;
  }
  return false;
}

/**
 * Whether a string is, or decodes to, a javascript:/vbscript:/data: URL once invisible characters and whitespace are
 * ignored (also behind a few rounds of entity and percent decoding).
 */
export function hidesCodeScheme(value: string): boolean {
  return hidesScheme(value, CODE_SCHEME);
}

/** Like hidesCodeScheme without data:, for text attributes (title, alt) where "Data: ..." is ordinary prose. */
export function hidesScriptScheme(value: string): boolean {
  return hidesScheme(value, SCRIPT_SCHEME);
}

/** The string as a URL parser should see it: invisible characters removed, surrounding whitespace trimmed. */
function cleanUrlText(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return null;
  const cleaned = value.replace(INVISIBLE_CHARS, '').trim();
  return cleaned || null;
}

function parse(value: string, base?: string): URL | null {
  try {
    return base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return null;
  }
}

/**
 * An absolute http(s) or mailto URL for a page-derived link, or null.
 * Relative links resolve against `base` (give the page URL, never the page's <base href>). Whitespace and control
 * characters are stripped; javascript:, data:, vbscript: are refused in any case and behind entity or percent
 * encoding; user:password@ is dropped (it only serves to make a link look like it goes to another host).
 */
export function safeHref(href: unknown, base?: string): string | null {
  const text = cleanUrlText(href);
  if (!text || hidesCodeScheme(text)) return null;
  if (base !== undefined && !parse(base)) return null;
  const url = parse(text, base);
  if (!url || !LINK_SCHEMES.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return url.pathname ? url.href : null;
  if (!url.hostname) return null;
  url.username = '';
  url.password = '';
  return url.href.length > MAX_URL_LENGTH ? null : url.href;
}

/** Like safeHref, but only http(s): for things that are fetched (image sources), where mailto means nothing. */
export function safeWebUrl(href: unknown, base?: string): string | null {
  const url = safeHref(href, base);
  return url && WEB_SCHEMES.has(new URL(url).protocol) ? url : null;
}

// How an internationalized host name is shown. Browsers show a name in its own letters unless it could pass for
// another name (mixed scripts, letters that look like Latin ones); then they show the xn-- form. This follows the
// same idea, conservatively: when in doubt, the punycode form.

/** Punycode parameters (RFC 3492, section 5). */
const PUNY = { base: 36, tMin: 1, tMax: 26, skew: 38, damp: 700, initialBias: 72, initialN: 128 } as const;
const PUNY_PREFIX = 'xn--';
/** Latin letters beyond ASCII shown as they are: Latin-1, Latin Extended-A/B and Latin Extended Additional. */
const SHOWN_LATIN = /^[\u00c0-\u024f\u1e00-\u1eff]$/u;
/** Non-ASCII Latin letters that pass for ASCII ones (dotless i, kra, long s, click letters, dotless j). */
const LATIN_LOOKALIKES = new Set([...'\u0131\u0138\u017f\u01c0\u01c1\u01c2\u01c3\u0237']);
/** Letters of other scripts that look like Latin letters: a name made only of these is shown as punycode. */
const LATIN_LOOKALIKE_LETTERS: Readonly<Record<string, ReadonlySet<string>>> = {
  Cyrillic: new Set([...'\u0430\u0432\u0435\u043a\u043c\u043d\u043e\u0440\u0441\u0442\u0443\u0445\u0455\u0456\u0458\u0501\u051b\u051d\u04cf\u04af\u04bb\u050d\u044a\u044c\u04bd\u043f\u0433\u0475\u0461']),
  Greek: new Set([...'\u03b1\u03b2\u03b5\u03b9\u03ba\u03bd\u03bf\u03c1\u03c4\u03c5\u03c7\u03c9\u03f2\u03f3']),
  Armenian: new Set([...'\u0585\u0578\u057d\u0570\u0566\u0582\u0581']),
};
/** Scripts that may share one label (as in Japanese, Korean and Chinese names that mix in Latin letters). */
const SCRIPT_COMBINATIONS: readonly ReadonlySet<string>[] = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Hangul']),
  new Set(['Latin', 'Han', 'Bopomofo']),
];
/** Scripts looked up for each letter of a decoded label; a letter of none of these keeps the punycode form. */
const KNOWN_SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo', 'Arabic', 'Hebrew',
  'Thai', 'Devanagari', 'Bengali', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Gujarati', 'Gurmukhi', 'Georgian',
  'Ethiopic', 'Khmer', 'Lao', 'Myanmar', 'Sinhala',
] as const;
const SCRIPT_TESTS = KNOWN_SCRIPTS.map((script) => [script, new RegExp(`^\\p{Script=${script}}$`, 'u')] as const);

function punyDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 -> 26-35
  if (code >= 65 && code <= 90) return code - 65; // A-Z
  if (code >= 97 && code <= 122) return code - 97; // a-z
  return PUNY.base;
}

function punyAdapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / PUNY.damp) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((PUNY.base - PUNY.tMin) * PUNY.tMax) >> 1) {
    d = Math.floor(d / (PUNY.base - PUNY.tMin));
    k += PUNY.base;
  }
  return k + Math.floor(((PUNY.base - PUNY.tMin + 1) * d) / (d + PUNY.skew));
}

/** Decode one punycode label body (after "xn--"); null when it is malformed. */
function punyDecode(input: string): string | null {
  const delimiter = input.lastIndexOf('-');
  const output = delimiter > 0 ? [...input.slice(0, delimiter)].map((c) => c.codePointAt(0)!) : [];
  if (output.some((c) => c >= 0x80)) return null;
  let n: number = PUNY.initialN;
  let bias: number = PUNY.initialBias;
  let i = 0;
  for (let pos = delimiter > 0 ? delimiter + 1 : 0; pos < input.length; ) {
    const oldI = i;
    for (let w = 1, k: number = PUNY.base; ; k += PUNY.base) {
      if (pos >= input.length) return null;
      const digit = punyDigit(input.charCodeAt(pos++));
      if (digit >= PUNY.base) return null;
      i += digit * w;
      const t = k <= bias ? PUNY.tMin : k >= bias + PUNY.tMax ? PUNY.tMax : k - bias;
      if (digit < t) break;
      w *= PUNY.base - t;
      if (!Number.isSafeInteger(i) || !Number.isSafeInteger(w)) return null;
    }
    bias = punyAdapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function scriptOf(letter: string): string | null {
  for (const [script, test] of SCRIPT_TESTS) if (test.test(letter)) return script;
  return null;
}

/** Whether a decoded label can be shown in its own letters without passing for another name. */
function labelIsShowable(label: string): boolean {
  const scripts = new Set<string>();
  const letters: string[] = [];
  for (const ch of label) {
    if (/^[0-9-]$/.test(ch)) continue;
    if (!/^\p{L}$/u.test(ch)) return false; // symbols, marks, invisible characters
    if (/^[a-z]$/.test(ch)) {
      scripts.add('Latin');
      continue;
    }
    const script = scriptOf(ch);
    if (!script) return false;
    if (script === 'Latin' && (!SHOWN_LATIN.test(ch) || LATIN_LOOKALIKES.has(ch))) return false;
    scripts.add(script);
    letters.push(ch);
  }
  if (scripts.size > 1 && !SCRIPT_COMBINATIONS.some((allowed) => [...scripts].every((s) => allowed.has(s)))) return false;
  const [only] = scripts;
  const lookalikes = scripts.size === 1 && only ? LATIN_LOOKALIKE_LETTERS[only] : undefined;
  return !(lookalikes && letters.every((ch) => lookalikes.has(ch)));
}

/** The host name in its own letters when that is safe to show, else the ASCII (punycode) form it came in. */
function hostForDisplay(asciiHost: string): string {
  if (!asciiHost.split('.').some((label) => label.startsWith(PUNY_PREFIX))) return asciiHost;
  const shown: string[] = [];
  for (const label of asciiHost.split('.')) {
    if (!label.startsWith(PUNY_PREFIX)) {
      shown.push(label);
      continue;
    }
    const decoded = punyDecode(label.slice(PUNY_PREFIX.length));
    if (!decoded || decoded.normalize('NFC') !== decoded || !labelIsShowable(decoded)) return asciiHost;
    shown.push(decoded);
  }
  const unicode = shown.join('.');
  // The platform's own IDNA mapping must lead back to the very same host, or the name is not shown decoded.
  return parse(`http://${unicode}/`)?.hostname === asciiHost ? unicode : asciiHost;
}

/**
 * The host a link really goes to, for showing beside it: lower-case, port only when not the default, no
 * user:password@. An internationalized name is shown in its own letters when it is plainly one script (münchen.de,
 * пример.рф) and in its punycode (xn--) form when it mixes scripts or is made of letters that pass for Latin ones
 * (a Cyrillic "аpple.com"), as browsers do. Null for anything but http(s).
 */
export function displayHost(href: unknown): string | null {
  const text = cleanUrlText(href);
  if (!text || hidesCodeScheme(text)) return null;
  const url = parse(text);
  if (!url || !WEB_SCHEMES.has(url.protocol) || !url.hostname) return null;
  const host = hostForDisplay(url.hostname);
  return url.port ? `${host}:${url.port}` : host;
}
