// What must never be found in markup shown by Broadsheet, checked on the parsed DOM. Written apart from the sanitizer
// (no shared lists) so that a gap in one is not copied into the other.

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements that run code, load other documents or styles, take input, or switch the parser into foreign content. */
export const DANGEROUS_ELEMENTS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'param', 'template', 'svg', 'math', 'noscript', 'portal', 'audio', 'video',
  'source', 'xmp', 'plaintext', 'noembed', 'noframes',
]);
/** Attributes that style, embed a document, submit, ping, or offer alternative image URLs. */
export const DANGEROUS_ATTRIBUTES = new Set(['style', 'srcdoc', 'formaction', 'action', 'ping', 'srcset', 'background', 'poster']);
/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'longdesc', 'xlink:href', 'data', 'codebase', 'action', 'formaction', 'poster', 'background', 'lowsrc', 'dynsrc', 'usemap']);
/** A scheme that runs code or carries a document, once a browser has ignored invisible characters. */
const CODE_URL = /^(?:javascript|vbscript|livescript|data):/i;
/** In attributes that are not URLs, only script schemes count ("Data: Eurostat" is a fine title). */
const SCRIPT_URL = /^(?:javascript|vbscript|livescript):/i;

/** Browsers drop these from URLs (C0 controls, space, DEL) or show nothing for them (zero-width, bidi controls). */
function compact(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '');
}

/** Every danger found under `root` (the root itself excluded), in words. Empty means clean. */
export function findDangers(root: Element | Document | DocumentFragment): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    if (el.namespaceURI !== XHTML_NS) found.push(`foreign element <${tag}> (${el.namespaceURI})`);
    if (DANGEROUS_ELEMENTS.has(tag)) found.push(`element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = compact(attr.value);
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (DANGEROUS_ATTRIBUTES.has(name)) found.push(`<${tag} ${name}=>`);
      if ((URL_ATTRIBUTES.has(name) ? CODE_URL : SCRIPT_URL).test(value)) found.push(`<${tag} ${name}="${attr.value.slice(0, 40)}">`);
      if (URL_ATTRIBUTES.has(name) && !/^(?:https?:\/\/[^/]|mailto:|#)/i.test(value)) {
        found.push(`<${tag} ${name}="${attr.value.slice(0, 40)}"> is not an absolute http(s)/mailto URL or fragment`);
      }
    }
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) {
      const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) found.push(`<${tag}> without rel="noopener noreferrer"`);
      if (!el.getAttribute('href')!.startsWith('#') && el.getAttribute('target') !== '_blank') found.push(`<${tag}> without target=_blank`);
    }
    if (tag === 'img') {
      const small = ['width', 'height'].some((n) => el.hasAttribute(n) && parseFloat(el.getAttribute(n)!) <= 2);
      if (small || el.hasAttribute('hidden')) found.push('tracking pixel <img> (tiny or hidden)');
    }
  }
  return found;
}
