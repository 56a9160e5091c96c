import createDOMPurify, { type Config } from 'dompurify';

// The one sanitizer every view and the pipeline use. Configured for a privileged extension page:
// page HTML may only bring text structure, links and images.

const FORBIDDEN_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea',
  'fieldset', 'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'svg', 'math', 'noscript',
  'audio', 'video', 'source', 'track', 'canvas', 'dialog', 'portal',
];
const FORBIDDEN_ATTRS = ['style', 'srcdoc', 'formaction', 'ping', 'action', 'srcset', 'background', 'poster', 'xlink:href'];
/** Only these URL schemes may appear in href/src; relative URLs were made absolute by the pipeline. */
const SAFE_URL = /^(?:https?:|mailto:|#)/i;

const CONFIG: Config = {
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRS,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  USE_PROFILES: { html: true },
};

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

/** DOMPurify bound to the window of the document that will show the HTML, with our link and URL rules. */
function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if ((data.attrName === 'href' || data.attrName === 'src') && !SAFE_URL.test(data.attrValue.trim())) {
      data.keepAttr = false;
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href') && !node.getAttribute('href')!.startsWith('#')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifiers.set(win, purifier);
  return purifier;
}

/** Sanitize untrusted article HTML for display in `win`'s document. Returns an HTML string safe to insert there. */
export function sanitizeHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
