// The publication's name, and the headline without the " | Site Name" a page's <title> carries.
import { LOGO_HINT } from './selectors';
import { fold } from './text';
import { LEGAL_SUFFIX, LOGO_GENERIC, LOGO_NOISE, OUTLET_STAFF_SUFFIX } from './words';

/** A brand shorter than this is not compared with a host name (too many accidental prefixes). */
const MIN_BRAND_CHARS = 3;
/** Separators between a headline and the site's name in a <title> ("Story | Site", "Site - Story", "Story :: Site"). */
const TITLE_SEPARATOR = /\s+[|\-–—·•»~:]\s+|\s*(?:::|\|\||｜|\s\/\s)\s*/g;
/** A headline left with fewer words than this after a cut was cut in the wrong place. */
const MIN_HEADLINE_WORDS = 2;

/** Host name without "www." and the public suffix's last label ("www.thelocal.ch" -> "thelocal"). */
export function hostBrand(host: string): string {
  const words = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  // "news.sky.com" -> "newssky"; compare both the whole and the second-level label.
  return words.length > 1 ? words.slice(0, -1).join('') : (words[0] ?? '');
}

function secondLevel(host: string): string {
  const words = host.toLowerCase().split('.');
  return words.length >= 2 ? (words[words.length - 2] ?? '') : '';
}

/** The text names the outlet itself: its site name, its host ("TheLocal.ch"), or either plus a staff word. */
export function isOutlet(text: string, site: string | null, host: string): boolean {
  const f = fold(text).replace(/^the /, '');
  if (!f) return false;
  const squashed = f.replace(/ /g, '');
  const siteFold = site ? fold(site).replace(/^the /, '') : '';
  if (siteFold) {
    const siteSquashed = siteFold.replace(/ /g, '');
    if (f === siteFold || siteSquashed === squashed) return true;
    if (siteFold.startsWith(`${f} `) || f.startsWith(`${siteFold} `)) return true;
  }
  if (squashed.length >= MIN_BRAND_CHARS) {
    for (const brand of [hostBrand(host), secondLevel(host)]) {
      if (brand.length < MIN_BRAND_CHARS) continue;
      const bare = brand.replace(/^the/, '');
      if (brand === squashed || bare === squashed.replace(/^the/, '')) return true;
      // "TheLocal.ch" folds to "thelocal ch": the host written out.
      if (squashed.startsWith(brand) && squashed.length - brand.length <= 4) return true;
    }
  }
  const staffless = f.replace(OUTLET_STAFF_SUFFIX, '');
  return staffless !== f && isOutlet(staffless, site, host);
}

/** A site name fit to show: not empty, not a URL, not absurdly long. */
/** A name of at most this many words before a separator, and at least this many after it: name, then tagline. */
const MAX_NAME_BEFORE_TAGLINE = 3;
const MIN_TAGLINE_WORDS = 4;

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Separators between a site's name and its tagline ("Raw Story - Celebrating 18 Years of Independent Journalism"). */
const TAGLINE_SEPARATOR = /\s+[-–—|:·•]\s+/;

/**
 * A site name fit to show: not empty, not a URL, without a legal form, and without a tagline when one part of it
 * is plainly the site's name (it matches the host).
 */
export function cleanSiteName(value: string | null | undefined, host = ''): string | null {
  let text = value?.replace(/\s+/g, ' ').trim();
  // "http://www.tmz.com" is an address, "Express.co.uk" is a name.
  if (!text || text.length > 80 || /^(https?:)?\/\/|^www\.|\/\S/i.test(text)) return null;
  if (TAGLINE_SEPARATOR.test(text)) {
    const parts = text.split(TAGLINE_SEPARATOR);
    const named = host ? parts.find((part) => isOutlet(part, null, host)) : undefined;
    const first = parts[0]!;
    // "Aktuálně.cz - Víte, co se právě děje": a short name, then a sentence.
    const tagline = parts.length === 2 && countWords(first) <= MAX_NAME_BEFORE_TAGLINE && countWords(parts[1]!) >= MIN_TAGLINE_WORDS;
    if (named) text = named.trim();
    else if (tagline) text = first.trim();
  }
  const bare = text.replace(LEGAL_SUFFIX, '').trim();
  return bare || text;
}

/** Elements at the top of the page searched for the home link with the logo. */
const LOGO_SCAN_LINKS = 60;
/** A site name has at most this many words. */
const MAX_SITE_WORDS = 6;

/** Levels above a home link checked for a logo hint. */
const LOGO_HINT_DEPTH = 3;

function looksLikeLogo(a: Element): boolean {
  if (a.querySelector('img, svg, picture')) return true;
  let depth = 0;
  for (let node: Element | null = a; node && depth <= LOGO_HINT_DEPTH; node = node.parentElement, depth++) {
    if (LOGO_HINT.test(`${node.getAttribute('class') ?? ''} ${node.id}`)) return true;
  }
  return false;
}

/** The name on the link to the home page at the top of the page (logo alt, aria-label, its hidden text). */
export function siteFromLogo(doc: Document, url: string, bodyLinks?: readonly Element[]): string | null {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return null;
  }
  // The first links with an address, read only as far as needed (a page has hundreds).
  const links: Element[] = [];
  if (!bodyLinks) links.push(...Array.from(doc.querySelectorAll('body a[href]')).slice(0, LOGO_SCAN_LINKS));
  else for (let i = 0; i < bodyLinks.length && links.length < LOGO_SCAN_LINKS; i++) if (bodyLinks[i]!.hasAttribute('href')) links.push(bodyLinks[i]!);
  for (const a of links) {
    let target: URL;
    try {
      target = new URL(a.getAttribute('href') ?? '', page);
    } catch {
      continue;
    }
    if (target.hostname !== page.hostname || !/^\/(index\.\w+)?$/.test(target.pathname)) continue;
    if (!looksLikeLogo(a)) continue;
    const img = a.querySelector('img[alt]');
    const raw = a.getAttribute('aria-label') ?? a.getAttribute('title') ?? img?.getAttribute('alt') ?? a.textContent ?? '';
    let name = raw.replace(/\s+/g, ' ').trim();
    for (let i = 0; i < 3; i++) name = name.replace(LOGO_NOISE, '').trim();
    if (!name || LOGO_GENERIC.test(name) || name.split(' ').length > MAX_SITE_WORDS) continue;
    return cleanSiteName(name, page.hostname);
  }
  return null;
}

export interface TitleParts {
  title: string;
  /** The site's name as the title wrote it, when one was cut off. */
  siteFromTitle: string | null;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Cut the site's name off a title: "Story | Site", "Story - Site", "Site: Story". A part is the site's when it matches
 * a known name of the site or its host, or when the rest equals the page's h1.
 */
export function splitTitle(raw: string, names: readonly (string | null)[], host: string, h1: string | null): TitleParts {
  const title = raw.replace(/\s+/g, ' ').trim();
  const seps = [...title.matchAll(TITLE_SEPARATOR)];
  if (!seps.length) return { title, siteFromTitle: null };
  const known = names.filter((n): n is string => !!n);
  const isSite = (part: string) => known.some((n) => isOutlet(part, n, host)) || isOutlet(part, null, host);
  const h1Fold = h1 ? fold(h1) : '';

  // Suffixes: "Story | Site" loses "| Site"; "Story | Section | Site" also loses "| Section" when the rest is the h1.
  const lastTail = title.slice(seps[seps.length - 1]!.index! + seps[seps.length - 1]![0].length).trim();
  const siteSuffix = isSite(lastTail) ? lastTail : null;
  let cut: string | null = null;
  for (let i = seps.length - 1; i >= 0; i--) {
    const head = title.slice(0, seps[i]!.index).trim();
    if (words(head) < MIN_HEADLINE_WORDS) break;
    if (h1Fold && fold(head) === h1Fold) return { title: head, siteFromTitle: siteSuffix };
    if (i === seps.length - 1 && siteSuffix) cut = head;
  }
  if (cut) return { title: cut, siteFromTitle: siteSuffix };
  // Prefix: "Site: Story", "Site | Story".
  const firstSep = seps[0]!;
  const lead = title.slice(0, firstSep.index).trim();
  const rest = title.slice(firstSep.index + firstSep[0].length).trim();
  if (words(rest) >= MIN_HEADLINE_WORDS && (isSite(lead) || (h1Fold && fold(rest) === h1Fold))) {
    return { title: rest, siteFromTitle: isSite(lead) ? lead : null };
  }
  return { title, siteFromTitle: null };
}
