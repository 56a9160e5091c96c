import { displayHost, safeHref, safeWebUrl } from '@/utils/url';

// Page-derived values made ready for display. Everything here returns plain strings for text nodes, or URLs that
// passed the same checks as the sanitizer's.

/** "2016-10-15" (a date alone) is a calendar day: format it in UTC so no time zone moves it to the 14th. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The publication date in the user's locale ("15 October 2016", "October 15, 2016"...), or null. */
export function formatPublished(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const dateOnly = DATE_ONLY.test(iso.trim());
  const date = new Date(dateOnly ? `${iso.trim()}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
  } catch {
    return null;
  }
}

export function readingTimeLabel(minutes: number): string | null {
  if (!Number.isFinite(minutes) || minutes <= 0) return null;
  return `${Math.round(minutes)} min read`;
}

/** A link the view may render: absolute http(s) (or mailto) with its real host, or null to show the title as text. */
export function viewLink(href: string): { href: string; host: string | null } | null {
  const safe = safeHref(href);
  return safe ? { href: safe, host: displayHost(safe) } : null;
}

/** An image the view may load: http(s) only (no data:, no javascript:, no relative path into the extension). */
export function viewImage(src: string): string | null {
  return safeWebUrl(src);
}

/** "By Jane Doe" unless the byline already says so (or is the agency alone, shown in the source line). */
export function bylineLabel(byline: string | null, agency: string | null): string | null {
  if (!byline) return null;
  if (agency && byline.trim().toLowerCase() === agency.trim().toLowerCase()) return null;
  return /^(by|von|par|por|di|door|av)\s/i.test(byline) ? byline : `By ${byline}`;
}
