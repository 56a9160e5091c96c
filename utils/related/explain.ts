// A debug view of the See Also harvester, for the tests: every block it saw, kept, dropped or removed.
// Apart from see-also.ts so the content script does not carry it.

import { runHarvester, type Kind } from './see-also';

export interface SeeAlsoBlockDebug {
  kind: Kind;
  heading: string | null;
  elements: string[];
  links: string[];
}

/** Every block the harvester saw, with its kind and links: a debug view of what was kept, dropped and removed. */
export function explainSeeAlso(doc: Document, url: string): SeeAlsoBlockDebug[] {
  if (!doc.body) return [];
  const h = runHarvester(doc, url);
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).join('.')}`;
  return h.found.map((b) => ({
    kind: b.kind,
    heading: b.heading,
    elements: b.elements.map(describe),
    links: b.anchors.map((a) => h.hrefs.get(a) ?? '').filter(Boolean),
  }));
}
