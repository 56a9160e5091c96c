// Reading text out of small page fragments (captions, link titles) as a reader sees it.

import { VISUALLY_HIDDEN_WORDS } from './lead-image-rules';

/** Elements that flow inside a line; any other element boundary separates words. */
export const TEXT_INLINE_TAGS: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);
/** Never shown as text. */
export const TEXT_SILENT_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'BUTTON']);

/** How much longer than a `limit` raw text (markup whitespace included) is read before readableText stops. */
const RAW_WHITESPACE_FACTOR = 3;

/** Hidden by markup alone (no stylesheet is consulted): hidden attribute or an inline display:none. */
export function isHiddenByMarkup(el: Element): boolean {
  // One read of the names present (most elements have neither attribute), the style's value only when it is there.
  const present = el.getAttributeNames();
  if (!present.length) return false;
  if (present.includes('hidden')) return true;
  const style = present.includes('style') ? el.getAttribute('style') : null;
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Whitespace-collapsed text of an element: words in separate blocks stay apart ("Credit" in one span and a
 * name in the next), scripts and hidden elements are skipped, and `skip` subtrees are left out. With `limit`, the
 * walk stops once that many characters are read (callers that only need to know "longer than a caption" do not pay
 * for a whole article).
 */
export function readableText(root: Element, skip: ReadonlySet<Element> = new Set(), limit = Infinity): string {
  // Markup whitespace collapses away, so the raw text may run this many times over the limit before it is cut.
  const rawLimit = limit * RAW_WHITESPACE_FACTOR;
  let out = '';
  let cut = false;
  const walk = (node: Node) => {
    if (out.length > rawLimit) {
      cut = true;
      return;
    }
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skip.has(el) || TEXT_SILENT_TAGS.has(el.tagName) || isHiddenByMarkup(el)) return;
    // Screen-reader labels ("Credit", "Image:") are words of their own even when glued to the next span.
    const inline = TEXT_INLINE_TAGS.has(el.tagName.toUpperCase()) && !VISUALLY_HIDDEN_WORDS.test(el.getAttribute('class') ?? '');
    if (!inline) out += ' ';
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (!inline) out += ' ';
  };
  walk(root);
  const text = out.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  // Cut short but collapsed under the limit (a page indented with a lot of whitespace): read it all after all.
  return cut && text.length <= limit ? readableText(root, skip) : text;
}
