// EasyList's cosmetic filters through @ghostery/adblocker: load the committed engine, answer "which of your rules can
// hide something on this page?" with plain CSS selectors. Browser-safe (no fs), but large: the engine is about 1 MB,
// so only the background service worker and Node faces import this file; content scripts use survey.ts and strip.ts.
import { FiltersEngine, Request } from '@ghostery/adblocker';
import { compoundTag, parseStyleBlocks, subjectCompound } from './css';
import { PROTECTED_BARE_COMPOUNDS, PROTECTED_PSEUDOS, PROTECTED_SUBJECT_TAGS } from './safety';
import type { PageSurvey } from './survey';

export { surveyPage, type PageSurvey } from './survey';

/** The loaded filter engine. Opaque to callers: pass it back to adSelectorsFor. */
export interface CosmeticEngine {
  readonly filters: FiltersEngine;
}

/** The declaration the engine writes for a hiding rule; blocks with any other style (`:style()` rules) are skipped. */
const HIDING_STYLE = 'display: none !important;';
/**
 * Also return EasyList's generic rules that no class, id or href keys (`[id^="ad-wrap-"]`, `AD-SLOT`,
 * `[data-ad-module]`...). The engine calls them its "base stylesheet"; with cosmetic rules only it is about 120
 * selectors (3 KB), small enough to test on every page, and it holds rules the survey cannot find.
 */
const INCLUDE_BASE_RULES = true;
/** Selectors longer than this are skipped (EasyList's longest are a few hundred characters). */
const MAX_SELECTOR_CHARS = 4_000;
/**
 * Answers kept across pages (a site's pages share their host and most of their selectors); each cache starts over
 * past this many entries, so a long session cannot grow it without bound.
 */
const CACHE_MAX = 20_000;

/** A pure function of a string, remembered (see CACHE_MAX). */
function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= CACHE_MAX) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value as T;
  };
}

/** Deserialize the engine from the artifact's bytes once gunzipped (what `serialize()` wrote). */
export function engineFromBytes(bytes: Uint8Array): CosmeticEngine {
  try {
    return { filters: FiltersEngine.deserialize(bytes) };
  } catch (error) {
    throw new Error(
      `The ad-filter artifact cannot be read by this @ghostery/adblocker (${(error as Error).message}); ` +
        'rebuild it with `npm run filters`.',
    );
  }
}

/** Deserialize the gzipped artifact as committed (browser or Node: uses DecompressionStream). */
export async function engineFromGzip(gzipped: Uint8Array | ArrayBuffer): Promise<CosmeticEngine> {
  const stream = new Blob([gzipped as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return engineFromBytes(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** Hostname and registrable domain of an http(s) page; empty for anything else (only generic rules apply then). */
function pageHost(url: string): { hostname: string; domain: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { hostname: '', domain: '' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { hostname: '', domain: '' };
  const hostname = parsed.hostname.replace(/\.$/, '');
  return { hostname, domain: registrableDomain(hostname) };
}

/**
 * The domain a site registers ("bbc.co.uk" for "www.bbc.co.uk"), through the engine's own public-suffix handling,
 * so hostname rules like `bbc.co.uk##...` and entity rules like `google.*##...` match as they would in the browser.
 */
const registrableDomain = remembered((hostname: string): string => {
  try {
    return Request.fromRawDetails({ url: `https://${hostname}/`, type: 'main_frame' }).domain || hostname;
  } catch {
    return hostname;
  }
});

/** False for selectors whose subject is the page itself or the story's container (html, body, main, bare article). */
export function isSafeSelector(complex: string): boolean {
  return safeSelector(complex);
}

const safeSelector = remembered((complex: string): boolean => {
  const subject = subjectCompound(complex);
  if (!subject) return false;
  const tag = compoundTag(subject);
  if (tag && PROTECTED_SUBJECT_TAGS.has(tag)) return false;
  if (PROTECTED_BARE_COMPOUNDS.has(subject.toLowerCase())) return false;
  const lower = subject.toLowerCase();
  return !PROTECTED_PSEUDOS.some((p) => lower.includes(p));
});

/**
 * The CSS selectors of the rules that can hide something on this page: this site's rules, and the generic rules
 * keyed by a class, id or href the survey found (plus the small unkeyed set, see INCLUDE_BASE_RULES).
 * Exceptions (`#@#`) are applied by the engine. Procedural rules were rewritten to CSS or left out when the artifact
 * was built, so everything returned is plain CSS; unsafe selectors (see isSafeSelector) are dropped.
 */
export function adSelectorsFor(engine: CosmeticEngine, survey: PageSurvey, url: string): string[] {
  const { hostname, domain } = pageHost(url);
  const { styles } = engine.filters.getCosmeticsFilters({
    url,
    hostname,
    domain,
    classes: survey.classes,
    ids: survey.ids,
    hrefs: survey.hrefs,
    getBaseRules: INCLUDE_BASE_RULES,
    getInjectionRules: false,
    getExtendedRules: false,
    getRulesFromDOM: true,
    getRulesFromHostname: hostname.length > 0,
    hidingStyle: HIDING_STYLE,
  });
  const selectors = new Set<string>();
  for (const block of parseStyleBlocks(styles)) {
    if (block.style !== HIDING_STYLE) continue;
    for (const selector of block.selectors) {
      if (selector.length <= MAX_SELECTOR_CHARS && isSafeSelector(selector)) selectors.add(selector);
    }
  }
  return [...selectors];
}
