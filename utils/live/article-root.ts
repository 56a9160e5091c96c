import { ARTICLE_ROOT_SELECTORS } from './constants';

// The live page's story container, found cheaply (no Readability run in the live page): auto-clean must never
// hide it or anything around it, whatever a filter list or a label says.

/** Characters of paragraph text inside `root` (the measure of "how much of the story is in here"). */
export function paragraphTextLength(root: Element): number {
  let total = 0;
  const own = root.tagName === 'P' ? [root] : Array.from(root.getElementsByTagName('p'));
  for (const p of own) total += (p.textContent ?? '').trim().length;
  return total;
}

/** The element with the most paragraph text among the usual story containers, else the parent of the most paragraphs. */
export function findArticleRoot(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const selector of ARTICLE_ROOT_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const length = paragraphTextLength(el);
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
  }
  if (best) return best;
  // No semantic container: the element whose own <p> children carry the most text.
  const byParent = new Map<Element, number>();
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  for (const [parent, length] of byParent) {
    if (length > bestLength) {
      best = parent;
      bestLength = length;
    }
  }
  return best;
}
