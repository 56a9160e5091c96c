import type { SeeAlsoLink } from '../article';

export interface SeeAlsoHarvest {
  heading: string | null;
  links: SeeAlsoLink[];
  /** The blocks the links came from (and sponsored widgets), removed from the body before extraction. */
  blocks: Element[];
}

// PLACEHOLDER until the related-links helper lands.
export function harvestSeeAlso(_doc: Document, _url: string): SeeAlsoHarvest {
  return { heading: null, links: [], blocks: [] };
}
