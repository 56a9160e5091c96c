// Pages an extension cannot read, and how to say so. Recognized from the URL before trying, so the popup explains
// instead of failing; the browser's own refusal (caught when injecting) is the backstop.

/** Schemes of the browser's own pages and of other extensions. */
const BROWSER_SCHEMES = new Set([
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:', 'opera:',
  'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'view-source:', 'data:', 'blob:', 'javascript:',
]);
/** Extension stores: browsers forbid every extension to script them. */
const STORE_PAGES: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];
/** A URL whose path ends in .pdf opens in the browser's PDF viewer, which extensions cannot script. */
const PDF_PATH = /\.pdf$/i;

export type RestrictedKind = 'browser-page' | 'store' | 'pdf' | 'file-access' | 'unsupported';

export interface Restriction {
  kind: RestrictedKind;
  message: string;
}

export const RESTRICTION_MESSAGES: Record<RestrictedKind, string> = {
  'browser-page': 'This is one of the browser’s own pages. Extensions cannot read them.',
  store: 'Browsers do not let extensions read the extension store.',
  pdf: 'This is a PDF document, not a web page. Broadsheet reads web pages only.',
  'file-access':
    'This is a file on your computer. To read local files, turn on “Allow access to file URLs” for Broadsheet on the browser’s extensions page.',
  unsupported: 'Broadsheet cannot read this kind of page.',
};

const restriction = (kind: RestrictedKind): Restriction => ({ kind, message: RESTRICTION_MESSAGES[kind] });

/**
 * Why Broadsheet cannot run on `url`, or null when it can try. `url` may be undefined: without a grant for the tab
 * the browser hides it, and trying (with activeTab) is the only way to know.
 */
export function whyRestricted(url: string | undefined, fileAccessAllowed: boolean): Restriction | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return restriction('unsupported');
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return restriction('browser-page');
  if (parsed.protocol === 'file:') {
    if (PDF_PATH.test(parsed.pathname)) return restriction('pdf');
    return fileAccessAllowed ? null : restriction('file-access');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return restriction('unsupported');
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((s) => host === s.host && parsed.pathname.startsWith(s.path))) return restriction('store');
  if (PDF_PATH.test(parsed.pathname)) return restriction('pdf');
  return null;
}

/** The browser's refusal to inject, turned into the same words (messages differ between browsers and versions). */
export function restrictionFromError(message: string): Restriction | null {
  const m = message.toLowerCase();
  if (m.includes('gallery') || m.includes('webstore') || m.includes('web store')) return restriction('store');
  if (m.includes('chrome://') || m.includes('chrome-extension://') || m.includes('about:') || m.includes('edge://')) {
    return restriction('browser-page');
  }
  if (m.includes('file://') || m.includes('file url')) return restriction('file-access');
  if (m.includes('pdf')) return restriction('pdf');
  return null;
}
