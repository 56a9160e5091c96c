import createDOMPurify, { type Config, type UponSanitizeAttributeHookEvent, type UponSanitizeElementHookEvent } from 'dompurify';
import { isTinyOrHidden } from './tracking-pixels';
import { hidesScriptScheme, safeHref, safeWebUrl } from './url';

// The one sanitizer every view and the pipeline use, configured for a privileged extension page: page HTML may bring
// text structure, links and (when the user allows remote images) images, and nothing that runs, loads a document,
// asks for input, restyles the page or leaves it without the user clicking.
//
// DOMPurify is built on the window of the document that will display the result: a parser from another document
// (or another browser engine) can read the same string differently, which is what mutation XSS exploits.

/** Elements removed with their attributes (their text stays unless DOMPurify drops the content too, as for script). */
const FORBIDDEN_TAGS = [
  // code and styling
  'script', 'noscript', 'style', 'link', 'meta', 'base', 'template', 'slot',
  // forms and their controls
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'fieldset', 'legend', 'label',
  'output', 'keygen', 'isindex', 'meter', 'progress', 'search',
  // documents inside the document, plug-ins, media players
  'iframe', 'frame', 'frameset', 'noframes', 'object', 'embed', 'applet', 'param', 'portal', 'fencedframe',
  'audio', 'video', 'source', 'track', 'canvas', 'dialog',
  // foreign content and legacy raw-text elements (mutation XSS territory)
  'svg', 'math', 'image', 'xmp', 'plaintext', 'noembed', 'listing',
];
/** Extra elements removed when remote images are turned off. */
const IMAGE_TAGS = ['img', 'picture'];
/**
 * Attributes removed wherever they appear. Event handlers (on*) are removed by a hook, whatever their name. `class`
 * goes too: page markup must not borrow the view's own classes to dress up as Broadsheet's interface.
 */
const FORBIDDEN_ATTRS = [
  'class', 'style', 'srcdoc', 'formaction', 'action', 'ping', 'srcset', 'imagesrcset', 'sizes', 'background', 'poster',
  'xlink:href', 'download', 'target', 'rel', 'autofocus', 'http-equiv', 'nonce', 'is', 'popover', 'popovertarget',
];
/** Attributes holding a URL: each must be an absolute http(s) or mailto URL, or a #fragment. */
const URL_ATTRS: ReadonlySet<string> = new Set([
  'href', 'src', 'cite', 'longdesc', 'action', 'formaction', 'background', 'poster', 'xlink:href', 'data', 'codebase',
  'manifest', 'icon', 'lowsrc', 'dynsrc', 'usemap', 'itemtype', 'itemid', 'profile', 'classid', 'archive', 'ping',
]);
/** URL attributes of things the browser fetches by itself (no mailto, no fragment). */
const FETCHED_URL_ATTRS: ReadonlySet<string> = new Set(['src', 'lowsrc', 'dynsrc', 'background', 'poster', 'data', 'codebase']);
/**
 * DOMPurify's check on every attribute value not known to be plain text: values that look like "scheme:..." must use
 * http(s) or mailto; values without a scheme (numbers, words, dates) pass. URL attributes get the strict hook below.
 */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/** DOMPurify prefixes id and name with this (SANITIZE_NAMED_PROPS) so page ids cannot clobber the view's globals. */
const NAMED_PROPS_PREFIX = 'user-content-';
/** Links leave the extension page in a new tab, with no opener and no referrer. */
const LINK_REL = 'noopener noreferrer';
const LINK_TARGET = '_blank';

export interface SanitizeOptions {
  /** Keep remote images (<img>, <picture>). Default true; tracking pixels are dropped either way. */
  images?: boolean;
}

type Purifier = ReturnType<typeof createDOMPurify>;

function configFor(images: boolean): Config & { RETURN_TRUSTED_TYPE: false } {
  return {
    USE_PROFILES: { html: true },
    FORBID_TAGS: images ? FORBIDDEN_TAGS : [...FORBIDDEN_TAGS, ...IMAGE_TAGS],
    FORBID_ATTR: FORBIDDEN_ATTRS,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: true,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    SANITIZE_DOM: true,
    SANITIZE_NAMED_PROPS: true,
    SAFE_FOR_XML: true,
    WHOLE_DOCUMENT: false,
    RETURN_TRUSTED_TYPE: false,
  };
}

/** The value a URL attribute may keep, or null to drop the attribute. */
function safeUrlAttribute(name: string, value: string): string | null {
  if (!FETCHED_URL_ATTRS.has(name) && /^\s*#/.test(value)) {
    const fragment = value.trim();
    // Fragments follow ids, which DOMPurify prefixes; keep the two in step (and idempotent across passes).
    if (fragment === '#' || fragment.startsWith(`#${NAMED_PROPS_PREFIX}`)) return fragment;
    return `#${NAMED_PROPS_PREFIX}${fragment.slice(1)}`;
  }
  return FETCHED_URL_ATTRS.has(name) ? safeWebUrl(value) : safeHref(value);
}

function onElement(node: Node, data: UponSanitizeElementHookEvent): void {
  if (data.tagName === 'img' && isTinyOrHidden(node as Element)) (node as Element).remove();
}

function onAttribute(_node: Element, data: UponSanitizeAttributeHookEvent): void {
  const name = data.attrName;
  if (name.startsWith('on')) {
    data.keepAttr = false;
    return;
  }
  if (!URL_ATTRS.has(name)) {
    // Not a URL here, but a javascript: string has no business in a tooltip or a class either (and may become one).
    if (hidesScriptScheme(data.attrValue)) data.keepAttr = false;
    return;
  }
  const url = safeUrlAttribute(name, data.attrValue);
  if (url === null) data.keepAttr = false;
  else data.attrValue = url;
}

function afterAttributes(node: Node): void {
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (el.nodeName === 'A' || el.nodeName === 'AREA') {
    const href = el.getAttribute('href');
    if (href === null) return;
    el.setAttribute('rel', LINK_REL);
    // In-page footnote links stay in the page; every other link opens a new tab.
    if (!href.startsWith('#')) el.setAttribute('target', LINK_TARGET);
  } else if (el.nodeName === 'IMG') {
    // An image whose source was refused shows nothing but a broken-image box.
    if (!el.hasAttribute('src')) el.remove();
    else el.setAttribute('referrerpolicy', 'no-referrer');
  }
}

// One DOMPurify instance per window (hooks are per instance; ours do not depend on the options, which only change
// the per-call config, so calls with different options cannot leak into each other).
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  // Without DOM support DOMPurify returns its input unchanged: refuse instead of passing page HTML through.
  if (!purifier.isSupported) throw new Error('sanitizeHtml: this window cannot run DOMPurify');
  purifier.addHook('uponSanitizeElement', onElement);
  purifier.addHook('uponSanitizeAttribute', onAttribute);
  purifier.addHook('afterSanitizeAttributes', afterAttributes);
  purifiers.set(win, purifier);
  return purifier;
}

/**
 * Sanitize untrusted article HTML for display in `win`'s document (the window that will show it, right before it
 * shows it). Returns an HTML string safe to insert there.
 */
export function sanitizeHtml(html: string, win: Window, options: SanitizeOptions = {}): string {
  const images = options.images ?? true;
  return purifierFor(win).sanitize(String(html), configFor(images));
}
