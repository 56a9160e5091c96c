import type { LeadImage } from '../article';
import type { PageMetadata } from '../metadata/metadata';

export interface LeadImageHarvest {
  image: LeadImage | null;
  /** The page element that holds the lead photo (figure or img), removed from the body since the view shows it apart. */
  element: Element | null;
}

// PLACEHOLDER until the media helper lands.
export function harvestLeadImage(doc: Document, url: string, _meta: PageMetadata): LeadImageHarvest {
  const og = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
  if (!og) return { image: null, element: null };
  return { image: { src: new URL(og, url).href, alt: '', caption: '', credit: '' }, element: null };
}
