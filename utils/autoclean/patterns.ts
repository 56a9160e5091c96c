import { ALLOWED_SCHEMES, DEFAULT_SCHEME, MAX_ORIGIN_LENGTH, SCRIPT_ID_PREFIX } from './constants';

// Pure helpers: what the user typed or the tab's URL -> an origin -> a match pattern. No browser.* here.

export type SiteInputError = 'empty' | 'not-http' | 'invalid' | 'too-long';

export type SiteInputResult = { ok: true; origin: string } | { ok: false; error: SiteInputError };

/** "scheme:" at the start, but not "host:port" (a port is all digits). */
const SCHEME_PREFIX = /^([a-z][a-z0-9+.-]*):(?!\d+(?:[/?#]|$))/i;
/** Characters that have a meaning in match patterns or are never part of a real host name. */
const FORBIDDEN_HOST_CHARS = /[*%\s]/;

/** The origin of an http(s) URL ("https://www.example.com", with a port only when not the default), or null. */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!ALLOWED_SCHEMES.includes(parsed.protocol)) return null;
  if (!parsed.hostname || FORBIDDEN_HOST_CHARS.test(parsed.hostname)) return null;
  const origin = parsed.origin;
  return origin.length <= MAX_ORIGIN_LENGTH ? origin : null;
}

/** True when `value` is exactly an http(s) origin in the normal form originOf gives (no path, no trailing slash). */
export function isHttpOrigin(value: unknown): value is string {
  return typeof value === 'string' && originOf(value) === value;
}

/**
 * What a user types in "add a site" -> an origin. A bare name ("lemonde.fr", "www.bbc.co.uk/news") gets https;
 * a full URL keeps its scheme; anything not http(s) ("file:///", "chrome://extensions", "javascript:") is refused.
 */
export function parseSiteInput(input: string): SiteInputResult {
  const text = input.trim();
  if (!text) return { ok: false, error: 'empty' };
  if (text.length > MAX_ORIGIN_LENGTH * 4) return { ok: false, error: 'too-long' };
  const scheme = SCHEME_PREFIX.exec(text)?.[1];
  if (scheme && !ALLOWED_SCHEMES.includes(`${scheme.toLowerCase()}:`)) return { ok: false, error: 'not-http' };
  const withScheme = scheme ? text : `${DEFAULT_SCHEME}//${text.replace(/^\/+/, '')}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (!ALLOWED_SCHEMES.includes(parsed.protocol)) return { ok: false, error: 'not-http' };
  if (parsed.origin.length > MAX_ORIGIN_LENGTH) return { ok: false, error: 'too-long' };
  const origin = originOf(parsed.href);
  return origin ? { ok: true, origin } : { ok: false, error: 'invalid' };
}

/** "https://www.example.com" -> "https://www.example.com/*" (the match pattern for every page of that origin). */
export function originToMatchPattern(origin: string): string {
  const normal = originOf(origin);
  if (!normal || normal !== origin) throw new Error(`not an http(s) origin: ${JSON.stringify(origin)}`);
  return `${origin}/*`;
}

/** A page URL -> the match pattern of its origin, or null for pages that cannot be auto-cleaned. */
export function urlToMatchPattern(url: string): string | null {
  const origin = originOf(url);
  return origin ? `${origin}/*` : null;
}

/** The registration id for one origin's auto-clean script. */
export function scriptIdForOrigin(origin: string): string {
  return `${SCRIPT_ID_PREFIX}${origin}`;
}
