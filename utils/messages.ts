import type { Detection, LeadImage, PageFacts, PreparedPage, PreparedResult, Removal, SeeAlsoLink, StageTimings } from './article';
import type { PageSurvey } from './ads/survey';

// Every message that crosses an extension boundary, typed, and the checks each side runs on what it receives.
// Whatever arrives is `unknown` until one of the parse* functions below says otherwise: a page can put anything
// into the DOM the content script reads, and a compromised renderer can send anything at all.
//
// There is deliberately no message that writes settings: settings are written only by the options page and the
// popup's own controls, straight to storage. A content script has no way to ask for a settings change.

/** Caps on what one message may carry. Anything bigger is refused, not truncated, by the receiver. */
export const LIMITS = {
  /** Total JSON size of one message or reply, in UTF-16 code units (about bytes for page text). */
  messageChars: 6_000_000,
  /** The cleaned page's HTML (scripts and styles already dropped). 5 MB of markup is several books of text. */
  pageHtmlChars: 5_000_000,
  /** Single-line fields: title, site, byline, caption... */
  lineChars: 2_000,
  /** Captions and excerpts can run to a paragraph. */
  paragraphChars: 10_000,
  urlChars: 8_192,
  seeAlsoLinks: 200,
  removedRecords: 5_000,
  detectionSignals: 200,
  /** Class/id/href tokens in one page survey. */
  surveyTokens: 50_000,
  surveyTokenChars: 1_000,
  /** Selectors in one reply from the filter engine. */
  selectors: 20_000,
  selectorChars: 4_000,
  /** Hidden-element count for the badge. */
  maxHiddenCount: 1_000_000,
  /** Nesting of any message; the extraction reply is 5 deep. */
  depth: 8,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// The messages

/** Popup / reader page / background -> content script. */
export type ContentRequest =
  | { type: 'ping' }
  /** Run the pipeline on the live page now (never a cached result: single-page sites change their story). */
  | { type: 'extract'; force: boolean }
  | { type: 'live-status' }
  /** Auto-clean's "show original" (true) and "clean again" (false). */
  | { type: 'live-show-original'; showOriginal: boolean };

/** Content script -> background. The page URL and tab always come from the browser's `sender`, never the message. */
export type BackgroundRequest =
  /** The page's classes/ids/hrefs; the background holds the large filter engine and answers with selectors. */
  | { type: 'ad-selectors'; survey: PageSurvey }
  /** How many blocks auto-clean hides in this tab now, for the badge. */
  | { type: 'live-count'; hidden: number }
  /** Should this page be cleaned without a click (the site is registered, or auto-clean covers every news page)? */
  | { type: 'autoclean-query' };

export interface PongReply {
  type: 'pong';
  /** True when auto-clean runs in this page (the popup shows "show original" then). */
  live: boolean;
}

export type ExtractReply =
  /** The page's half of the pipeline; the view finishes the Article from it (finish.ts). */
  | { type: 'prepared'; result: PreparedResult }
  | { type: 'extract-error'; message: string };

export interface LiveStatus {
  type: 'live-status';
  /** Auto-clean ran on this page (a registered news page). */
  active: boolean;
  hidden: number;
  showingOriginal: boolean;
}

export interface SelectorsReply {
  type: 'selectors';
  selectors: string[];
}

export interface AutocleanReply {
  type: 'autoclean';
  enabled: boolean;
}

export const CONTENT_REQUEST_TYPES = ['ping', 'extract', 'live-status', 'live-show-original'] as const;
export const BACKGROUND_REQUEST_TYPES = ['ad-selectors', 'live-count', 'autoclean-query'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Small checkers

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only these keys, all of them plain own data (a Proxy or getter-laden object never gets this far: messages are structured clones). */
function hasOnlyKeys(value: Obj, allowed: readonly string[]): boolean {
  return Object.keys(value).every((k) => allowed.includes(k));
}

function str(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function strOrNull(value: unknown, max: number): value is string | null {
  return value === null || str(value, max);
}

function num(value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function arr(value: unknown, max: number): value is unknown[] {
  return Array.isArray(value) && value.length <= max;
}

/**
 * Approximate JSON size of a value, giving up (returning Infinity) as soon as it passes `budget` or nests deeper
 * than LIMITS.depth. Iterative, so a hostile 100,000-deep object cannot overflow the stack.
 */
export function boundedSize(value: unknown, budget: number = LIMITS.messageChars): number {
  let size = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (depth > LIMITS.depth) return Infinity;
    if (typeof item === 'string') size += item.length + 2;
    else if (typeof item === 'number' || typeof item === 'boolean' || item === null || item === undefined) size += 8;
    else if (Array.isArray(item)) {
      size += 2 + item.length;
      if (size > budget) return Infinity;
      for (const x of item) stack.push([x, depth + 1]);
    } else if (typeof item === 'object') {
      const entries = Object.entries(item as Obj);
      size += 2;
      if (size + entries.length > budget) return Infinity;
      for (const [k, v] of entries) {
        size += k.length + 3;
        stack.push([v, depth + 1]);
      }
    } else return Infinity; // functions, symbols, bigints are not message data
    if (size > budget) return Infinity;
  }
  return size;
}

function withinSize(value: unknown): boolean {
  return boundedSize(value) <= LIMITS.messageChars;
}

/** Pages the content script can run in: the web, and local files when the user allowed file access. */
const PAGE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

function isPageUrl(value: unknown, max = LIMITS.urlChars): value is string {
  if (!str(value, max)) return false;
  try {
    return PAGE_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

export function parseContentRequest(raw: unknown): ContentRequest | null {
  if (!isObj(raw) || !withinSize(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'ping':
    case 'live-status':
      return hasOnlyKeys(raw, ['type']) ? { type: raw.type } : null;
    case 'extract':
      return hasOnlyKeys(raw, ['type', 'force']) && typeof raw.force === 'boolean' ? { type: 'extract', force: raw.force } : null;
    case 'live-show-original':
      return hasOnlyKeys(raw, ['type', 'showOriginal']) && typeof raw.showOriginal === 'boolean'
        ? { type: 'live-show-original', showOriginal: raw.showOriginal }
        : null;
    default:
      return null;
  }
}

function parseTokenList(value: unknown): string[] | null {
  if (!arr(value, LIMITS.surveyTokens)) return null;
  return value.every((t) => str(t, LIMITS.surveyTokenChars)) ? (value as string[]) : null;
}

export function parseSurvey(raw: unknown): PageSurvey | null {
  if (!isObj(raw) || !hasOnlyKeys(raw, ['classes', 'ids', 'hrefs'])) return null;
  const classes = parseTokenList(raw.classes);
  const ids = parseTokenList(raw.ids);
  const hrefs = parseTokenList(raw.hrefs ?? []);
  if (!classes || !ids || !hrefs) return null;
  if (classes.length + ids.length + hrefs.length > LIMITS.surveyTokens) return null;
  return { classes, ids, hrefs };
}

export function parseBackgroundRequest(raw: unknown): BackgroundRequest | null {
  if (!isObj(raw) || !withinSize(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'ad-selectors': {
      if (!hasOnlyKeys(raw, ['type', 'survey'])) return null;
      const survey = parseSurvey(raw.survey);
      return survey ? { type: 'ad-selectors', survey } : null;
    }
    case 'live-count':
      return hasOnlyKeys(raw, ['type', 'hidden']) && num(raw.hidden, 0, LIMITS.maxHiddenCount) && Number.isInteger(raw.hidden)
        ? { type: 'live-count', hidden: raw.hidden }
        : null;
    case 'autoclean-query':
      return hasOnlyKeys(raw, ['type']) ? { type: 'autoclean-query' } : null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Replies

export function parsePong(raw: unknown): PongReply | null {
  return isObj(raw) && raw.type === 'pong' && typeof raw.live === 'boolean' ? { type: 'pong', live: raw.live } : null;
}

export function parseLiveStatus(raw: unknown): LiveStatus | null {
  if (!isObj(raw) || raw.type !== 'live-status') return null;
  if (typeof raw.active !== 'boolean' || typeof raw.showingOriginal !== 'boolean') return null;
  if (!num(raw.hidden, 0, LIMITS.maxHiddenCount)) return null;
  return { type: 'live-status', active: raw.active, hidden: raw.hidden, showingOriginal: raw.showingOriginal };
}

export function parseSelectorsReply(raw: unknown): SelectorsReply | null {
  if (!isObj(raw) || raw.type !== 'selectors' || !withinSize(raw)) return null;
  if (!arr(raw.selectors, LIMITS.selectors) || !raw.selectors.every((s) => str(s, LIMITS.selectorChars))) return null;
  return { type: 'selectors', selectors: raw.selectors as string[] };
}

export function parseAutocleanReply(raw: unknown): AutocleanReply | null {
  return isObj(raw) && raw.type === 'autoclean' && typeof raw.enabled === 'boolean' ? { type: 'autoclean', enabled: raw.enabled } : null;
}

const TIMING_KEYS = ['detect', 'harvest', 'ads', 'readability', 'postclean', 'total'] as const;

function parseTimings(raw: unknown): StageTimings | null {
  if (!isObj(raw)) return null;
  const out = {} as StageTimings;
  for (const key of TIMING_KEYS) {
    const v = raw[key];
    if (!num(v, 0, 1e9)) return null;
    out[key] = v;
  }
  return out;
}

function parseDetection(raw: unknown): Detection | null {
  if (!isObj(raw) || !num(raw.score, -1e6, 1e6)) return null;
  if (raw.kind !== 'news' && raw.kind !== 'article' && raw.kind !== 'other') return null;
  if (!arr(raw.signals, LIMITS.detectionSignals)) return null;
  const signals: Detection['signals'] = [];
  for (const s of raw.signals) {
    if (!isObj(s) || !str(s.name, LIMITS.lineChars) || !num(s.weight, -1e6, 1e6)) return null;
    if (s.detail !== undefined && !str(s.detail, LIMITS.lineChars)) return null;
    signals.push(s.detail === undefined ? { name: s.name, weight: s.weight } : { name: s.name, weight: s.weight, detail: s.detail });
  }
  return { kind: raw.kind, score: raw.score, signals };
}

function parseLeadImage(raw: unknown): LeadImage | null | undefined {
  if (raw === null) return null;
  if (!isObj(raw)) return undefined;
  // The image may be a data: or relative URL the view will not load; its text fields still have to be sane.
  if (!str(raw.src, LIMITS.urlChars) || !str(raw.alt, LIMITS.paragraphChars)) return undefined;
  if (!str(raw.caption, LIMITS.paragraphChars) || !str(raw.credit, LIMITS.lineChars)) return undefined;
  return { src: raw.src, alt: raw.alt, caption: raw.caption, credit: raw.credit };
}

function parseSeeAlso(raw: unknown): SeeAlsoLink[] | null {
  if (!arr(raw, LIMITS.seeAlsoLinks)) return null;
  const links: SeeAlsoLink[] = [];
  for (const link of raw) {
    if (!isObj(link) || !str(link.title, LIMITS.lineChars) || !str(link.href, LIMITS.urlChars)) return null;
    links.push({ title: link.title, href: link.href });
  }
  return links;
}

const REMOVAL_STAGES = new Set(['ads', 'labels', 'postclean']);

function parseRemoved(raw: unknown): Removal[] | null {
  if (!arr(raw, LIMITS.removedRecords)) return null;
  const out: Removal[] = [];
  for (const r of raw) {
    if (!isObj(r) || typeof r.stage !== 'string' || !REMOVAL_STAGES.has(r.stage)) return null;
    if (!str(r.reason, LIMITS.lineChars) || !str(r.what, LIMITS.lineChars)) return null;
    out.push({ stage: r.stage as Removal['stage'], reason: r.reason, what: r.what });
  }
  return out;
}

function parseFacts(raw: unknown): PageFacts | null {
  if (!isObj(raw)) return null;
  const line = LIMITS.lineChars;
  if (!strOrNull(raw.title, line) || !strOrNull(raw.site, line) || !strOrNull(raw.byline, line)) return null;
  if (typeof raw.bylineShown !== 'boolean' || !strOrNull(raw.published, line) || !strOrNull(raw.lang, line)) return null;
  if (raw.dir !== null && raw.dir !== 'ltr' && raw.dir !== 'rtl') return null;
  if (!strOrNull(raw.excerpt, LIMITS.paragraphChars) || !strOrNull(raw.agency, line)) return null;
  return {
    title: raw.title,
    site: raw.site,
    byline: raw.byline,
    bylineShown: raw.bylineShown,
    published: raw.published,
    lang: raw.lang,
    dir: raw.dir,
    excerpt: raw.excerpt,
    agency: raw.agency,
  };
}

function parsePreparedPage(raw: unknown): PreparedPage | null {
  if (!isObj(raw)) return null;
  if (!isPageUrl(raw.url) || !str(raw.html, LIMITS.pageHtmlChars) || !strOrNull(raw.seeAlsoHeading, LIMITS.lineChars)) return null;
  const facts = parseFacts(raw.facts);
  const leadImage = parseLeadImage(raw.leadImage);
  const seeAlso = parseSeeAlso(raw.seeAlso);
  const removed = parseRemoved(raw.removed);
  const timingsMs = parseTimings(raw.timingsMs);
  if (!facts || leadImage === undefined || !seeAlso || !removed || !timingsMs) return null;
  return { url: raw.url, html: raw.html, facts, leadImage, seeAlso, seeAlsoHeading: raw.seeAlsoHeading, removed, timingsMs };
}

const NO_ARTICLE_REASONS = new Set(['not-an-article', 'too-large', 'no-content', 'no-body']);

function parsePreparedResult(raw: unknown): PreparedResult | null {
  if (!isObj(raw)) return null;
  const detection = parseDetection(raw.detection);
  const timingsMs = parseTimings(raw.timingsMs);
  if (!detection || !timingsMs) return null;
  if (raw.page === null) {
    if (typeof raw.reason !== 'string' || !NO_ARTICLE_REASONS.has(raw.reason)) return null;
    if (!strOrNull(raw.message, LIMITS.paragraphChars)) return null;
    return { detection, page: null, reason: raw.reason as PreparedResult['reason'], message: raw.message, timingsMs };
  }
  const page = parsePreparedPage(raw.page);
  if (!page || raw.reason !== null) return null;
  return { detection, page, reason: null, message: null, timingsMs };
}

export function parseExtractReply(raw: unknown): ExtractReply | null {
  if (!isObj(raw) || !withinSize(raw)) return null;
  if (raw.type === 'extract-error') return str(raw.message, LIMITS.paragraphChars) ? { type: 'extract-error', message: raw.message } : null;
  if (raw.type !== 'prepared') return null;
  const result = parsePreparedResult(raw.result);
  return result ? { type: 'prepared', result } : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The sending side keeps within the caps, so a long but honest page is clipped rather than refused.

function clip(value: string, max: number): string {
  return value.length <= max ? value : value.slice(0, max);
}

function clipOrNull(value: string | null, max: number): string | null {
  return value === null ? null : clip(value, max);
}

/**
 * The prepared page made to fit LIMITS (the receiver would refuse anything bigger). A cleaned page too large to
 * send becomes an honest "too large" answer: cutting it would show a story with its end missing.
 */
export function fitPrepared(result: PreparedResult): PreparedResult {
  const line = LIMITS.lineChars;
  const detection: Detection = {
    ...result.detection,
    signals: result.detection.signals.slice(0, LIMITS.detectionSignals).map((s) =>
      s.detail === undefined ? { name: clip(s.name, line), weight: s.weight } : { name: clip(s.name, line), weight: s.weight, detail: clip(s.detail, line) },
    ),
  };
  const message = clipOrNull(result.message, LIMITS.paragraphChars);
  const p = result.page;
  if (!p) return { ...result, detection, message };
  if (p.html.length > LIMITS.pageHtmlChars || p.url.length > LIMITS.urlChars) {
    return { ...result, detection, page: null, reason: 'too-large', message: 'The page is too large to show in the clean view.' };
  }
  const f = p.facts;
  const page: PreparedPage = {
    ...p,
    facts: {
      title: clipOrNull(f.title, line),
      site: clipOrNull(f.site, line),
      byline: clipOrNull(f.byline, line),
      bylineShown: f.bylineShown,
      published: clipOrNull(f.published, line),
      lang: clipOrNull(f.lang, line),
      dir: f.dir,
      excerpt: clipOrNull(f.excerpt, LIMITS.paragraphChars),
      agency: clipOrNull(f.agency, line),
    },
    leadImage:
      p.leadImage && p.leadImage.src.length <= LIMITS.urlChars
        ? {
            src: p.leadImage.src,
            alt: clip(p.leadImage.alt, LIMITS.paragraphChars),
            caption: clip(p.leadImage.caption, LIMITS.paragraphChars),
            credit: clip(p.leadImage.credit, line),
          }
        : null,
    seeAlso: p.seeAlso
      .filter((l) => l.href.length <= LIMITS.urlChars)
      .slice(0, LIMITS.seeAlsoLinks)
      .map((l) => ({ title: clip(l.title, line), href: l.href })),
    seeAlsoHeading: clipOrNull(p.seeAlsoHeading, line),
    removed: p.removed.slice(0, LIMITS.removedRecords).map((r) => ({ stage: r.stage, reason: clip(r.reason, line), what: clip(r.what, line) })),
  };
  return { ...result, detection, message, page };
}

// ---------------------------------------------------------------------------------------------------------------
// Who sent it

/** The parts of runtime.MessageSender the checks use. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * A content script of this extension in a web page's top frame: our id, a tab, and a page URL (not one of our own
 * pages, which also have a tab when opened as one). Web pages themselves cannot reach runtime.onMessage at all
 * (no externally_connectable), so this separates our content scripts from our own pages.
 */
export function isContentScriptSender(sender: SenderInfo, extensionId: string): sender is SenderInfo & { tab: { id: number }; url: string } {
  if (sender.id !== extensionId || typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return false;
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  if (typeof sender.url !== 'string') return false;
  try {
    return PAGE_PROTOCOLS.has(new URL(sender.url).protocol);
  } catch {
    return false;
  }
}
