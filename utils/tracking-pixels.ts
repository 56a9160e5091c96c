// Tracking pixels and hidden images: a beacon that loads when the page is shown. Kept apart from the sanitizer so
// the content script can drop them before extraction without carrying DOMPurify.

/** An image this small in either dimension (CSS pixels) is a tracking pixel or a spacer, never content. */
const TRACKING_PIXEL_MAX = 2;
/** Inline styles that hide an image: a hidden image that still loads is a beacon. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?=;|$))/i;
/** width:Npx / height:Npx in an inline style. */
const STYLE_SIZE = /(?:^|;)\s*(?:max-)?(width|height)\s*:\s*([\d.]+)\s*(?:px)?\s*(?:!important)?\s*(?=;|$)/gi;

/** A declared size (attribute "1", "1px", or inline style) at or under the tracking-pixel limit. */
export function isTinyOrHidden(img: Element): boolean {
  if (img.hasAttribute('hidden')) return true;
  const style = img.getAttribute('style') ?? '';
  if (HIDDEN_STYLE.test(style)) return true;
  for (const name of ['width', 'height']) {
    const size = parseFloat(img.getAttribute(name) ?? '');
    if (Number.isFinite(size) && size <= TRACKING_PIXEL_MAX) return true;
  }
  for (const match of style.matchAll(STYLE_SIZE)) {
    const size = parseFloat(match[2] ?? '');
    if (Number.isFinite(size) && size <= TRACKING_PIXEL_MAX) return true;
  }
  return false;
}

/**
 * Remove tracking pixels (tiny or hidden images) from a page clone before extraction. Readability drops the style
 * attribute that shows an image is hidden or 1px wide, so the sanitizer cannot tell afterwards; run this first.
 * Returns how many were removed.
 */
export function removeTrackingPixels(root: ParentNode): number {
  let removed = 0;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (!isTinyOrHidden(img)) continue;
    img.remove();
    removed++;
  }
  return removed;
}
