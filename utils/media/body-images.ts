import { bestImageUrl } from './image-source';

// Images inside the story: lazy loaders keep the real photo in data-src, data-srcset, <picture> sources or a
// <noscript> fallback, and a placeholder in src. The clean view never runs the page's loader, so the real URL is
// written into src here; the sanitizer later drops srcset and <source> (they could fetch other URLs).

/** Attributes that only a page's lazy loader or responsive markup reads; the view needs just src. */
const RESPONSIVE_ATTRS = ['srcset', 'data-srcset', 'data-lazy-srcset', 'sizes', 'data-sizes'];

/** Inside a <noscript>: a fallback copy, not an image the page shows. A parent walk (closest() parses a selector). */
function inNoscript(img: Element): boolean {
  for (let el = img.parentElement; el; el = el.parentElement) if (el.localName === 'noscript') return true;
  return false;
}

/** Point every image of the document at the photo it shows; drop images that only have placeholders. */
export function resolveBodyImages(doc: Document, pageUrl: string): number {
  let resolved = 0;
  for (const img of Array.from(doc.body?.getElementsByTagName('img') ?? [])) {
    if (inNoscript(img)) continue;
    const best = bestImageUrl(img, pageUrl);
    if (!best) {
      img.remove();
      continue;
    }
    if (img.getAttribute('src') !== best.url) resolved++;
    img.setAttribute('src', best.url);
    for (const attr of RESPONSIVE_ATTRS) img.removeAttribute(attr);
    // The fallback copy would show the same photo twice once scripting is off.
    for (let sibling = img.parentElement?.firstElementChild ?? null; sibling; ) {
      const next: Element | null = sibling.nextElementSibling;
      if (sibling.tagName === 'NOSCRIPT') sibling.remove();
      sibling = next;
    }
  }
  return resolved;
}
