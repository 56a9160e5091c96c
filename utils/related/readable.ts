// readableText (media/dom-text.ts) for many elements of one page that does not change meanwhile: each element's
// raw text (before whitespace is collapsed) is built once from its children's, so a block, its paragraphs and its
// links are not each walked again. Answers must equal readableText's (tests/related/readable.test.ts checks).

import { TEXT_INLINE_TAGS, isHiddenByMarkup, TEXT_SILENT_TAGS } from '../media/dom-text';
import { VISUALLY_HIDDEN_WORDS } from '../media/lead-image-rules';

/** A memo of readable texts: `text(el)` equals readableText(el) while the page is unchanged. */
export function readableTexts(): (el: Element) => string {
  const raws = new Map<Element, string>();
  const texts = new Map<Element, string>();

  /** The element's text as readableText gathers it, before whitespace is collapsed. */
  function raw(el: Element): string {
    let out = raws.get(el);
    if (out !== undefined) return out;
    const tag = el.tagName;
    if (TEXT_SILENT_TAGS.has(tag) || isHiddenByMarkup(el)) {
      out = '';
    } else {
      // Screen-reader labels ("Credit", "Image:") are words of their own even when glued to the next span.
      const inline = TEXT_INLINE_TAGS.has(tag.toUpperCase()) && !VISUALLY_HIDDEN_WORDS.test(el.getAttribute('class') ?? '');
      out = inline ? '' : ' ';
      for (let child = el.firstChild; child; child = child.nextSibling) {
        const type = child.nodeType;
        if (type === 3) out += child.nodeValue ?? '';
        else if (type === 1) out += raw(child as Element);
      }
      if (!inline) out += ' ';
    }
    raws.set(el, out);
    return out;
  }

  return (el: Element): string => {
    let text = texts.get(el);
    if (text === undefined) texts.set(el, (text = raw(el).replace(/[\s\u00a0\u200b]+/g, ' ').trim()));
    return text;
  };
}
