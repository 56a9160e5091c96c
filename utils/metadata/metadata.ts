// What the page says about itself: headline, publication, byline, date, language, description and the wire agency
// the story comes from. Read before anything is removed, and read-only: the document is never changed.
//
// Sources, each checked against the others: JSON-LD (schema.org), OpenGraph and other <meta> tags, and the visible
// page (byline and date near the headline, dateline and sign-off of the story).
import { agenciesInCredit, agencyFromCreditLine, agencyFromDateline } from './agency';
import { cleanBylineLine, findVisibleByline, type BylineContext, type CleanByline, type VisibleByline } from './byline';
import { atOffset, dateFromUrl, dayDistance, offsetBetween, parseMachineDate, parseTextDate, type ParsedDate } from './dates';
import {
  APP_NAME_KEYS, AUTHOR_KEYS, DESCRIPTION_KEYS, IMAGE_KEYS, LANG_KEYS, MODIFIED_KEYS, PARSELY_PAGE_KEY, PUBLISHED_KEYS,
  SITE_KEYS, TITLE_KEYS,
} from './fields';
import { agentsOf, findArticle, isObject, readJsonLd, resolveRef, textOf, type JsonObject } from './jsonld';
import { byTag, candidateScore, inMediaCredit, outsideStory, pageElements, ranked, scanPage, type PageElements, type PageScan } from './scan';
import { cleanSiteName, isOutlet, siteFromLogo, splitTitle } from './site';
import { findStory, type StoryText } from './story';
import { clean, fold, isUrl, readText } from './text';
import { NOT_INITIALS, PUBLISHED_WORDS, RTL_LANGUAGES, UPDATED_WORDS } from './words';

/** What the page says about itself, read before anything is removed. Every string is page-derived data. */
export interface PageMetadata {
  title: string | null;
  site: string | null;
  byline: string | null;
  /** ISO 8601 */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Wire agency named by JSON-LD (sourceOrganization, author, creditText), byline or dateline. */
  agency: string | null;
  /** Parsed JSON-LD objects of the page (flattened @graph), for other stages. */
  jsonLd: Record<string, unknown>[];
  /** ISO 8601 date of the last change, when the page states one. */
  modified: string | null;
  /** The page's share image (og:image / JSON-LD image), absolute; the lead-image stage may use it. */
  image: string | null;
  /**
   * True when the page shows a byline slot near the headline even if it names no person (only the outlet, or only
   * an agency): a later stage should not look for another byline then.
   */
  bylineShown: boolean;
  /** Where each value was read ("jsonld", "meta:og:site_name", "visible", "dateline"...), for debugging. */
  sources: Partial<Record<'title' | 'site' | 'byline' | 'published' | 'agency' | 'lang' | 'excerpt', string>>;
}

/**
 * When the only byline is an agency ("AFP", "AFP - news@site", "The Associated Press"), the agency goes to its own
 * field and the byline stays empty, so the view does not show "AFP" twice. The hand-checked dev labels record such a
 * byline as displayed ("AFP" on Libération, "The Associated Press" on CTV): set to true to match them.
 */
export const AGENCY_ONLY_BYLINE_SHOWN = true;
/** A description longer than this is cut (some sites put the whole story there). */
const MAX_EXCERPT_CHARS = 600;
/** A title longer than this is not a headline. */
const MAX_TITLE_CHARS = 400;
/** The structured date is trusted over a visible one farther away than this many days (the visible one is wrong). */
const MAX_LOCAL_DAY_SHIFT = 1;
/** German stories end with the author's initials in parentheses ("(bsc)"); only read on pages in these languages. */
const INITIALS_LANGS = /^(de|lb)\b/i;
/** Source elements ("article-source") read at most, and the longest text one may have. */
const MAX_SOURCE_ELEMENTS = 10;
const MAX_SOURCE_TEXT = 120;
/** Initials: lower-case letters, one to three groups ("(bsc)", "(jk/dpa)"). */
const INITIALS = /\(([a-zäöü]{2,4}(?:\s*\/\s*[a-zäöü]{2,5}){0,2})\)\s*$/;

type MetaMap = Map<string, string[]>;

/** Attributes that name a meta tag's key. */
const META_KEY_ATTRIBUTES: ReadonlySet<string> = new Set(['property', 'name', 'itemprop', 'http-equiv']);

/**
 * Meta tags by key, in one pass: `content` values (the standard), and `value` values of tags without content (some
 * saved pages and CMSs write <meta name="author" value="...">), which are read as a last resort, after every other
 * source of a field.
 */
function readMetaTags(tags: readonly Element[]): { meta: MetaMap; weak: MetaMap } {
  const meta: MetaMap = new Map();
  const weak: MetaMap = new Map();
  for (const tag of tags) {
    const present = tag.getAttributeNames();
    const map = present.includes('content') ? meta : weak;
    const text = clean(tag.getAttribute(map === meta ? 'content' : 'value'));
    if (!text) continue;
    // property="og:title twitter:title" names two keys; "dc:creator" and "DC.creator" are the same key.
    for (const attr of present) {
      if (!META_KEY_ATTRIBUTES.has(attr)) continue;
      for (const raw of (tag.getAttribute(attr) ?? '').trim().toLowerCase().split(/\s+/)) {
        if (!raw) continue;
        const key = raw.replace(/^(dc|dcterms):/, '$1.');
        const list = map.get(key);
        if (list) list.push(text);
        else map.set(key, [text]);
      }
    }
  }
  return { meta, weak };
}

function first(meta: MetaMap, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const value = meta.get(key)?.[0];
    if (value) return { key, value };
  }
  return null;
}

/** parse.ly's page tag: JSON in a meta content. */
function parselyPage(meta: MetaMap): JsonObject | null {
  const raw = meta.get(PARSELY_PAGE_KEY)?.[0];
  if (!raw || raw.length > 20_000) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Shortest headline that may match a title only by being contained in it. */
const MIN_CONTAINED_HEADLINE = 20;

/** A heading's text and a title say the same, give or take a site name around the title. */
function sameHeadline(heading: string, title: string): boolean {
  const f = fold(heading);
  const w = fold(title);
  if (!f || !w) return false;
  return w === f || w.startsWith(`${f} `) || f.startsWith(`${w} `) || (f.length > MIN_CONTAINED_HEADLINE && w.includes(f));
}

/**
 * Elements that may hold the headline when no h1 matches the title: h1, h2, itemprop="headline", or a class that
 * holds one of these words (as written: a selector's [class*=...] is case-sensitive too).
 */
const HEADLINE_TAGS: ReadonlySet<string> = new Set(['h1', 'h2']);
const HEADLINE_CLASS_WORDS = ['headline', 'title'] as const;
/** Headline candidates compared with the title at most. */
const MAX_HEADLINE_CANDIDATES = 300;
/** A fallback h1 needs at least this many words (a logo in an h1 has one or two). */
const MIN_FALLBACK_HEADLINE_WORDS = 3;

/** Whether an element may hold the headline (see HEADLINE_TAGS): attribute names read once, values only if present. */
function headlineLike(el: Element, tag: string): boolean {
  if (HEADLINE_TAGS.has(tag)) return true;
  const present = el.getAttributeNames();
  if (!present.length) return false;
  if (present.includes('itemprop') && el.getAttribute('itemprop') === 'headline') return true;
  const cls = present.includes('class') ? (el.getAttribute('class') ?? '') : '';
  return HEADLINE_CLASS_WORDS.some((word) => cls.includes(word));
}

/**
 * Of the first MAX_HEADLINE_CANDIDATES headline-like elements inside the body, in page order, the first that `take`
 * accepts. Read from the page's element list (the body's descendants follow it there), and only as far as needed.
 */
function firstHeadlineCandidate(page: PageElements, body: Element, take: (el: Element) => boolean): Element | undefined {
  let last: Element = body;
  while (last.lastElementChild) last = last.lastElementChild;
  const end = last === body ? page.bodyAt : page.all.indexOf(last, page.bodyAt);
  let seen = 0;
  for (let i = page.bodyAt + 1; i <= end && seen < MAX_HEADLINE_CANDIDATES; i++) {
    const el = page.all[i]!;
    if (!headlineLike(el, page.tags[i]!)) continue;
    seen += 1;
    if (take(el)) return el;
  }
  return undefined;
}

/**
 * The story's headline element: an h1 that matches the title, else another heading-like element that does, else the
 * first h1 of the article with a few words. Null when nothing fits (a logo in an h1 is not a headline).
 */
function findHeadline(doc: Document, page: PageElements, titles: readonly (string | null)[]): Element | null {
  const wanted = titles.filter((t): t is string => !!t);
  const matches = (el: Element) => {
    const text = readText(el, MAX_TITLE_CHARS);
    return wanted.some((w) => sameHeadline(text, w));
  };
  const body = page.body;
  const h1s = body ? byTag(page, 'h1', page.bodyAt + 1).filter((h) => !outsideStory(h, h)) : [];
  const h1 = h1s.find(matches);
  if (h1) return h1;
  const other = body ? firstHeadlineCandidate(page, body, (el) => !outsideStory(el, el) && matches(el)) : undefined;
  if (other) return other;
  const words = (el: Element) => readText(el, MAX_TITLE_CHARS).split(/\s+/).filter(Boolean).length;
  return h1s.find((h) => h.closest('article, main, [role="main"]') && words(h) >= MIN_FALLBACK_HEADLINE_WORDS) ?? null;
}

/** The document's title as document.title gives it: the first <title>'s text (the <head> one before any other). */
function pageTitle(page: PageElements): string {
  const titles = byTag(page, 'title');
  const title = titles.find((t) => page.all.indexOf(t) < page.bodyAt) ?? titles[0];
  return title?.textContent ?? '';
}

function normalizeLang(raw: string | null | undefined): string | null {
  const text = raw?.trim().replace(/_/g, '-').split(/[,;\s]/)[0];
  if (!text || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(text)) return null;
  const [primary, ...rest] = text.split('-');
  return [primary!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

function dirOf(el: Element | null | undefined): 'ltr' | 'rtl' | null {
  const dir = el?.getAttribute('dir')?.trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/** Absolute URL of a page-given address, or null (never a javascript: or data: URL). */
function absoluteUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function imageOf(article: JsonObject | null, meta: MetaMap, objects: readonly JsonObject[], base: string): string | null {
  const og = first(meta, IMAGE_KEYS)?.value ?? null;
  if (og) return absoluteUrl(og, base);
  const image = article ? resolveRef(Array.isArray(article['image']) ? article['image'][0] : article['image'], objects) : null;
  if (typeof image === 'string') return absoluteUrl(image, base);
  if (isObject(image)) return absoluteUrl(textOf(image['url']) ?? textOf(image['contentUrl']), base);
  return null;
}

/** Score for a date labelled "Published", and cost for one labelled "Updated" (in or just before the element). */
const DATE_LABEL_BONUS = 5;
const DATE_UPDATED_COST = 15;
/** Date candidates read at most, best first. */
const MAX_DATE_CANDIDATES = 40;
/** Characters of text read before a date element for its label ("last updated <time>"). */
const DATE_LABEL_CHARS = 40;

/** The text just before an element in its parent ("Published on", "last updated"). */
function textBefore(el: Element): string {
  let text = '';
  for (let node = el.previousSibling; node && text.length < DATE_LABEL_CHARS; node = node.previousSibling) {
    text = (node.textContent ?? '') + text;
  }
  return text.slice(-DATE_LABEL_CHARS);
}

/** Attributes that carry a machine date on a visible date element, after datetime (Unix seconds in data-* ones). */
const DATE_ATTRIBUTES = ['datetime', 'content', 'data-time', 'data-timestamp', 'data-utime', 'data-published'];

function machineDateOf(el: Element): ParsedDate | null {
  for (const name of DATE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value) return parseMachineDate(value);
  }
  return null;
}

/** A date near the headline that the reader sees: <time>, itemprop=datePublished, "date" classes. */
function findVisibleDate(scan: PageScan, lang: string | null, zone: number | null): { date: ParsedDate; updated: boolean } | null {
  let best: { date: ParsedDate; score: number; updated: boolean } | null = null;
  for (const c of ranked(scan.dates, scan.headlineIndex).slice(0, MAX_DATE_CANDIDATES)) {
    const el = c.el;
    let score = candidateScore(c, scan.headlineIndex);
    // Best first: once even a "Published" label could not lift a candidate past the best, none after it can win.
    if (best && score + DATE_LABEL_BONUS <= best.score) break;
    if (outsideStory(el, scan.headline, c.index - scan.headlineIndex)) continue;
    const text = readText(el, 300);
    const label = `${textBefore(el)} ${text}`;
    const updated = !PUBLISHED_WORDS.test(label) && UPDATED_WORDS.test(label);
    if (PUBLISHED_WORDS.test(label)) score += DATE_LABEL_BONUS;
    else if (updated) score -= DATE_UPDATED_COST;
    if (best && score <= best.score) continue;
    const machine = machineDateOf(el);
    // The text wins when it shows another day than the attribute: that is what the reader sees.
    const shown = text && text.length <= 200 ? parseTextDate(text.replace(UPDATED_WORDS, ' '), { lang }) : null;
    const date = machine && shown ? (reconcile(machine, shown, zone) ?? machine) : (machine ?? shown);
    if (!date) continue;
    best = { date, score, updated };
  }
  return best ? { date: best.date, updated: best.updated } : null;
}

/**
 * One date out of a machine date and the date the page shows. The same day: the more precise of the two (a zone the
 * text shows completes a zone-less machine clock). A day apart: the reader's day, with the machine's instant written
 * in the page's offset when that offset is known (the shown clock against the instant, the shown zone, or the zone
 * of the page's other dates) and gives the shown day. Farther apart: null, the caller decides.
 */
function reconcile(machine: ParsedDate, shown: ParsedDate, zone: number | null): ParsedDate | null {
  if (machine.day === shown.day) {
    if (!machine.hasTime) return shown.hasTime ? shown : machine;
    if (machine.offset === null && shown.offset !== null && shown.iso.slice(11, 16) === machine.iso.slice(11, 16)) {
      return parseMachineDate(`${machine.iso}${shown.iso.slice(19)}`) ?? machine;
    }
    return machine;
  }
  if (dayDistance(machine.day, shown.day) > MAX_LOCAL_DAY_SHIFT) return null;
  const offset = shown.hasTime && shown.offset === null ? offsetBetween(shown, machine) : (shown.offset ?? zone);
  const local = offset === null ? null : atOffset(machine, offset);
  return local && local.day === shown.day ? local : shown;
}

function chooseDate(structured: ParsedDate | null, visible: ParsedDate | null, zone: number | null): { date: ParsedDate | null; source: string } {
  if (structured) {
    // A machine date in a local offset says which day it is there; only a UTC or zone-less one may yield to the page.
    const local = structured.offset !== 0 && structured.offset !== null;
    const date = visible && !(local && visible.day !== structured.day) ? reconcile(structured, visible, zone) : null;
    return date && date !== structured ? { date, source: 'visible' } : { date: structured, source: 'structured' };
  }
  return { date: visible, source: 'visible' };
}

/** Names from the JSON-LD authors (people; an agency counts as a credit, the outlet as no byline). */
function jsonLdAuthors(article: JsonObject | null, objects: readonly JsonObject[], ctx: BylineContext) {
  const people: string[] = [];
  const agencies: string[] = [];
  let agencyText: string | null = null;
  if (!article) return { people, agencies, agencyText };
  for (const agent of agentsOf(article['author'] ?? article['creator'], objects)) {
    const name = clean(agent.name);
    if (!name || isUrl(name)) continue;
    const found = agenciesInCredit(name);
    if (found.length && !cleanBylineLine(name, ctx).names) {
      agencies.push(...found);
      agencyText ??= name;
      continue;
    }
    if (agent.isOrganization || isOutlet(name, ctx.site, ctx.host)) continue;
    const cleaned = cleanBylineLine(name, ctx);
    if (cleaned.names) people.push(cleaned.names);
    agencies.push(...cleaned.agencies);
  }
  return { people: [...new Set(people)], agencies: [...new Set(agencies)], agencyText };
}

/** The first author-like meta value, cleaned. */
function metaAuthors(meta: MetaMap, parsely: JsonObject | null, ctx: BylineContext): CleanByline[] {
  const out: CleanByline[] = [];
  for (const key of AUTHOR_KEYS) {
    const values = meta.get(key);
    if (!values) continue;
    const usable = [...new Set(values)].filter((v) => !isUrl(v) && !/^@\w+$/.test(v));
    if (!usable.length) continue;
    // citation_author and parsely-author repeat the tag per author.
    out.push(cleanBylineLine(usable.slice(0, 10).join(', '), ctx));
  }
  const label = meta.get('twitter:label1')?.[0];
  const data = meta.get('twitter:data1')?.[0];
  if (label && data && /written by|author|autor|auteur/i.test(label)) out.push(cleanBylineLine(data, ctx));
  const parselyAuthors = parsely?.['authors'];
  if (Array.isArray(parselyAuthors)) {
    const names = parselyAuthors.filter((a): a is string => typeof a === 'string' && !isUrl(a));
    if (names.length) out.push(cleanBylineLine(names.join(', '), ctx));
  }
  return out;
}

function overlaps(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (!fa || !fb) return false;
  if (fa.includes(fb) || fb.includes(fa)) return true;
  // Same people in another order or form ("Smith, Jane" / "Jane Smith"): share a long word.
  const wa = new Set(fa.split(' ').filter((w) => w.length >= 4));
  return fb.split(' ').some((w) => w.length >= 4 && wa.has(w));
}

/** What every field's harvest reads: the page, its tags and JSON-LD, parsed once. */
interface Sources {
  doc: Document;
  page: PageElements;
  url: string;
  host: string;
  meta: MetaMap;
  /** <meta value=...> tags: a last resort. */
  weakMeta: MetaMap;
  parsely: JsonObject | null;
  objects: JsonObject[];
  article: JsonObject | null;
  /** Where each value was read. */
  notes: PageMetadata['sources'];
}

function harvestLang(src: Sources): { lang: string | null; dir: 'ltr' | 'rtl' | null } {
  const { doc, meta, article } = src;
  const html = src.page.root;
  const body = src.page.body;
  const raw = html?.getAttribute('lang') ?? html?.getAttribute('xml:lang') ?? first(meta, LANG_KEYS)?.value ??
    (article ? textOf(article['inLanguage']) : null) ?? body?.getAttribute('lang') ?? null;
  const lang = normalizeLang(raw);
  const primary = lang?.split('-')[0] ?? '';
  return { lang, dir: dirOf(html) ?? dirOf(body) ?? (RTL_LANGUAGES.has(primary) ? 'rtl' : null) };
}

interface TitleAndSite {
  title: string | null;
  site: string | null;
  headline: Element | null;
}

/**
 * Site: og:site_name, JSON-LD publisher, application-name, the logo's name, the <title> suffix, <meta value>. An
 * og:site_name that is only a URL means the page states no name: nothing is guessed then.
 * Title: the candidate (og:title, JSON-LD headline, <title>) that the page's h1 shows, else the first, cut of the
 * site's name.
 */
function harvestTitleAndSite(src: Sources): TitleAndSite {
  const { doc, url, host, meta, weakMeta, objects, article, notes } = src;
  const publisher = article ? agentsOf(article['publisher'], objects)[0]?.name ?? null : null;
  const siteMeta = first(meta, SITE_KEYS);
  const appName = first(meta, APP_NAME_KEYS);
  let site = cleanSiteName(siteMeta?.value, host);
  if (site) notes.site = `meta:${siteMeta!.key}`;
  const siteIsUrl = !!siteMeta && !site;
  if (!site && !siteIsUrl && (site = cleanSiteName(clean(publisher), host))) notes.site = 'jsonld:publisher';
  if (!site && !siteIsUrl && (site = cleanSiteName(appName?.value, host))) notes.site = `meta:${appName!.key}`;

  const titleMeta = first(meta, TITLE_KEYS);
  const headlineLd = article ? clean(textOf(article['headline']) ?? textOf(article['name'])) : null;
  const docTitle = clean(pageTitle(src.page));
  const headline = findHeadline(doc, src.page, [titleMeta?.value ?? null, headlineLd, docTitle]);
  const h1Text = headline ? clean(readText(headline, MAX_TITLE_CHARS)) : null;
  // The title the headline shows wins ("constitutional monarchy..." in a JSON-LD headline is a description).
  const options: [string, string | null][] = [[`meta:${titleMeta?.key}`, titleMeta?.value ?? null], ['jsonld:headline', headlineLd], ['title', docTitle]];
  const shown = h1Text ? options.find(([, t]) => t && sameHeadline(h1Text, t)) : undefined;
  const [titleSource, rawTitle] = shown ?? options.find(([, t]) => t) ?? ['h1', h1Text];
  notes.title = titleSource;
  let title: string | null = null;
  let titleSite: string | null = null;
  if (rawTitle) {
    const names = [site, publisher, appName?.value ?? null];
    const split = splitTitle(rawTitle.slice(0, MAX_TITLE_CHARS), names, host, h1Text);
    title = split.title;
    titleSite = cleanSiteName(split.siteFromTitle, host);
    // The <title> often names the site where og:title does not.
    if (!titleSite && docTitle && docTitle !== rawTitle) titleSite = cleanSiteName(splitTitle(docTitle, names, host, h1Text).siteFromTitle, host);
  }
  if (!siteIsUrl && !site) {
    // The logo's name before a title suffix: the logo is how the page names itself ("Wired Japan" over "WIRED.jp").
    const weakSite = first(weakMeta, SITE_KEYS);
    const fallbacks: [string, string | null][] = [['logo', siteFromLogo(doc, url, byTag(src.page, 'a', src.page.bodyAt + 1))], ['title', titleSite], [`meta-value:${weakSite?.key}`, cleanSiteName(weakSite?.value, host)]];
    const found = fallbacks.find(([, name]) => name);
    if (found) [notes.site, site] = found;
  }
  return { title, site, headline };
}

interface BylineHarvest {
  byline: string | null;
  bylineShown: boolean;
  visible: VisibleByline;
  fromLd: ReturnType<typeof jsonLdAuthors>;
  fromMeta: CleanByline[];
}

/**
 * The byline near the headline as shown, checked against the JSON-LD people (which win when the two disagree), else
 * the JSON-LD or meta authors, else <meta value> authors. A byline slot that names only the outlet or an agency means
 * no byline (see AGENCY_ONLY_BYLINE_SHOWN).
 */
function harvestByline(src: Sources, scan: PageScan, ctx: BylineContext): BylineHarvest {
  const { notes } = src;
  const visible = findVisibleByline(scan, ctx);
  const fromLd = jsonLdAuthors(src.article, src.objects, ctx);
  const fromMeta = [...metaAuthors(src.meta, src.parsely, ctx), ...metaAuthors(src.weakMeta, null, ctx).map((m) => ({ ...m, weak: true }))];
  const strong = fromMeta.filter((m) => !('weak' in m));
  const structured = fromLd.people.length ? fromLd.people.join(', ') : (strong.find((m) => m.names)?.names ?? null);
  const agencyText = fromLd.agencyText ?? strong.find((m) => m.agencyText)?.agencyText ?? null;
  const result = (byline: string | null, note: string | null, bylineShown: boolean): BylineHarvest => {
    if (note) notes.byline = note;
    return { byline, bylineShown, visible, fromLd, fromMeta };
  };
  if (visible.names) {
    const agree = !fromLd.people.length || overlaps(visible.names, structured ?? '');
    return agree ? result(visible.names, 'visible', true) : result(structured, 'jsonld', true);
  }
  if (visible.agencyText || visible.outletOnly) {
    const shown = visible.agencyText && AGENCY_ONLY_BYLINE_SHOWN ? visible.agencyText : null;
    return result(shown, shown ? 'visible:agency' : null, true);
  }
  if (structured) return result(structured, fromLd.people.length ? 'jsonld' : 'meta', false);
  if (AGENCY_ONLY_BYLINE_SHOWN && agencyText) return result(agencyText, 'structured:agency', false);
  const weak = fromMeta.filter((m) => 'weak' in m);
  const weakByline = weak.find((m) => m.names)?.names ?? (AGENCY_ONLY_BYLINE_SHOWN ? weak.find((m) => m.agencyText)?.agencyText : null) ?? null;
  return result(weakByline, weakByline ? 'meta-value' : null, false);
}

/**
 * The publication date: the JSON-LD or meta date, unless it is in UTC and the page shows the day before or after
 * (then the shown local day); else the shown date; else a <meta value> date; else an "Updated" date; else the URL's.
 */
function harvestPublished(src: Sources, scan: PageScan, lang: string | null): { published: string | null; modified: string | null } {
  const { article, meta, weakMeta, parsely, url, notes } = src;
  const fromLd = article ? (textOf(article['datePublished']) ?? textOf(article['dateCreated'])) : null;
  const machine = parseMachineDate(fromLd) ?? parseMachineDate(first(meta, PUBLISHED_KEYS)?.value) ?? parseMachineDate(textOf(parsely?.['pub_date']));
  const weak = parseMachineDate(first(weakMeta, PUBLISHED_KEYS)?.value);
  const modifiedText = (article ? textOf(article['dateModified']) : null) ?? first(meta, MODIFIED_KEYS)?.value ?? first(weakMeta, MODIFIED_KEYS)?.value;
  const modified = parseMachineDate(modifiedText);
  // The page's own offset, when one of its machine dates is written in local time (UTC says nothing: CMSs store it).
  const zone = [machine, weak, modified].find((d) => d?.offset)?.offset ?? null;
  const shown = findVisibleDate(scan, lang, zone);
  const shownPublished = shown && !shown.updated ? shown.date : null;
  let chosen = chooseDate(machine, shownPublished, zone);
  if (!machine && weak) {
    // A <meta value> date is weak: the shown date wins, but the weak one may give it its time.
    chosen = shownPublished ? { date: reconcile(weak, shownPublished, zone) ?? shownPublished, source: 'visible' } : { date: weak, source: 'meta-value' };
  }
  if (!chosen.date) chosen = shown ? { date: shown.date, source: 'visible:updated' } : { date: dateFromUrl(url), source: 'url' };
  if (chosen.date) notes.published = chosen.source;
  return { published: chosen.date?.iso ?? null, modified: modified?.iso ?? null };
}

/**
 * The wire agency, from the strongest form that names one: JSON-LD sourceOrganization/provider/creditText, JSON-LD
 * author, the visible byline, meta authors, a source element near the headline, the story's dateline, its sign-off.
 */
function harvestAgency(src: Sources, scan: PageScan, bylines: BylineHarvest, story: StoryText): string | null {
  const { article, objects, notes } = src;
  const forms: [string, () => readonly string[]][] = [
    ['jsonld:source', () => {
      if (!article) return [];
      const credited = [
        ...agentsOf(article['sourceOrganization'], objects).map((a) => a.name),
        ...agentsOf(article['provider'], objects).map((a) => a.name),
        textOf(article['creditText']),
      ].filter((n): n is string => !!n);
      return credited.flatMap((n) => agenciesInCredit(n));
    }],
    ['jsonld:author', () => bylines.fromLd.agencies],
    ['byline', () => bylines.visible.agencies],
    ['meta:author', () => bylines.fromMeta.flatMap((m) => m.agencies)],
    ['source-element', () => {
      for (const c of ranked(scan.sources, scan.headlineIndex).slice(0, MAX_SOURCE_ELEMENTS)) {
        if (outsideStory(c.el, scan.headline, c.index - scan.headlineIndex) || inMediaCredit(c.el)) continue;
        const text = readText(c.el, MAX_SOURCE_TEXT * 2);
        const found = text.length <= MAX_SOURCE_TEXT ? agencyFromCreditLine(text) : null;
        if (found) return [found];
      }
      return [];
    }],
    ['dateline', () => story.opening.map(agencyFromDateline).filter((a): a is string => !!a).slice(0, 1)],
    ['sign-off', () => [...story.closing].reverse().map(agencyFromCreditLine).filter((a): a is string => !!a).slice(0, 1)],
  ];
  for (const [note, read] of forms) {
    const found = [...new Set(read())];
    if (found.length) {
      notes.agency = note;
      return found.join(', ');
    }
  }
  return null;
}

/** German stories end with the author's initials in parentheses ("(bsc)"): a byline when nothing else names one. */
function initialsByline(story: StoryText, lang: string | null): string | null {
  if (!INITIALS_LANGS.test(lang ?? '')) return null;
  const last = story.closing[story.closing.length - 1] ?? '';
  const initials = INITIALS.exec(last)?.[1]?.split('/')[0]?.trim();
  return initials && !NOT_INITIALS.has(initials) && !agenciesInCredit(initials).length ? initials : null;
}

export function harvestMetadata(doc: Document, url: string): PageMetadata {
  const page = pageElements(doc);
  const { meta, weak } = readMetaTags(byTag(page, 'meta'));
  const objects = readJsonLd(doc, byTag(page, 'script'));
  const src: Sources = {
    doc,
    page,
    url,
    host: hostOf(url),
    meta,
    weakMeta: weak,
    parsely: parselyPage(meta),
    objects,
    article: findArticle(objects, url),
    notes: {},
  };
  const { lang, dir } = harvestLang(src);
  const { title, site, headline } = harvestTitleAndSite(src);
  const scan = scanPage(doc, headline, page);
  const bylines = harvestByline(src, scan, { site, host: src.host });
  const { published, modified } = harvestPublished(src, scan, lang);
  const story = findStory(doc, scan, page);
  const agency = harvestAgency(src, scan, bylines, story);
  let byline = bylines.byline;
  if (!byline && !bylines.bylineShown && (byline = initialsByline(story, lang))) src.notes.byline = 'initials';

  const desc = first(meta, DESCRIPTION_KEYS)?.value ?? (src.article ? clean(textOf(src.article['description'])) : null) ??
    first(src.weakMeta, DESCRIPTION_KEYS)?.value;
  const excerpt = desc ? desc.slice(0, MAX_EXCERPT_CHARS) : null;
  if (excerpt) src.notes.excerpt = 'meta';

  return {
    title,
    site,
    byline,
    published,
    lang,
    dir,
    excerpt,
    agency,
    jsonLd: objects,
    modified,
    image: imageOf(src.article, meta, objects, url),
    bylineShown: bylines.bylineShown,
    sources: src.notes,
  };
}

/**
 * The byline to show, given ours and another extractor's (Readability's) as a fallback. When the page shows a byline
 * slot that names no person (only the outlet or an agency), there is none to show, whatever the fallback says; the
 * fallback itself is cleaned like ours ("AFP - news@site" is no byline, "By Jane Doe Updated 4pm" is "Jane Doe").
 */
export function resolveByline(meta: Pick<PageMetadata, 'byline' | 'bylineShown' | 'site'>, fallback: string | null | undefined, url: string): string | null {
  if (meta.byline) return meta.byline;
  if (meta.bylineShown || !fallback) return null;
  return cleanBylineLine(fallback, { site: meta.site, host: hostOf(url) }).names;
}

/** The site name to show, given ours and another extractor's as a fallback: an address is never a name. */
export function resolveSite(meta: Pick<PageMetadata, 'site'>, fallback: string | null | undefined, url: string): string | null {
  return meta.site ?? cleanSiteName(fallback, hostOf(url));
}
