// URL helpers shared by the lead-image and See Also harvesters: resolve as the browser would, keep http(s) only,
// and compare two addresses the way a reader would ("same page?").

import { safeWebUrl } from '../url';

/** Query parameters that only track where a click came from; they do not make a different page. */
const TRACKING_PARAM = /^(?:utm_[a-z]+|cid|cmpid|ref|ref_src|src|ito|itm_[a-z]+|smid|smtyp|mod|ns_[a-z]+|fbclid|gclid|ocid|xtor|at_[a-z]+|icid|intcmp|int_[a-z]+)$/i;

/**
 * Absolute http(s) URL, or null for javascript:, data:, mailto:, empty and malformed values; user:password@ is
 * dropped, since it only serves to make a link look like it goes to another host.
 */
export function resolveHttpUrl(value: string | null | undefined, base: string): string | null {
  return safeWebUrl(value, base);
}

/**
 * A comparison key for "is this the same page": no scheme, no www., no fragment, no trailing slash, no tracking
 * parameters, lowercase host.
 */
export function pageKey(href: string): string {
  try {
    const url = new URL(href);
    const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k));
    params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    return `${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
  } catch {
    return href;
  }
}
