import type { Removal } from '../article';

// PLACEHOLDER until the ad-filter helper lands.
/** Remove elements matching the page's cosmetic filter selectors and ad-label blocks from a (cloned) document. */
export function stripAds(_doc: Document, _selectors: readonly string[]): Removal[] {
  return [];
}
