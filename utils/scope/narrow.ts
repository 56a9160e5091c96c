import {
  CHROME_ROLES,
  CHROME_TAGS,
  COMMENTS_PATTERN,
  CONTAINER_SHARE,
  HEADLINE_TAG,
  JSON_LD_TYPE,
  MAX_CHROME_SHARE,
  MAX_WALK_ELEMENTS,
  METADATA_TAGS,
  MIN_PARAGRAPH_CHARS,
  PARAGRAPH_TAG,
} from './tables';

// Readability's cost grows with the size of the document it walks (its element collections, the scoring of every
// block, the copy of the body it keeps for retries, the cleaning of what it grabbed). On a news page a third or more
// of the elements are page chrome that can never be the story. This hands Readability less page: one walk measures
// where the paragraph text is, then (1) when one element clearly holds the story, everything in <body> that is
// neither inside it nor on the way to it goes, and (2) page chrome (navigation, page header and footer, side
// columns, forms, frames) outside the story's text goes. <head> stays whole: Readability reads metadata there.

export interface NarrowOptions {
  /** Cut the body down to the story's container when it is clear which one it is (default true). */
  scope?: boolean;
  /** Remove page chrome outside the story's text (default true). */
  prune?: boolean;
}

export interface NarrowResult {
  /** Elements taken out of the document (with their descendants). */
  removed: number;
  /** The kept story container, as `tag#id`, or a reason nothing was scoped: "none", "no-body", "too-large". */
  scope: string;
}

/** What the one walk learns about the body. */
interface Survey {
  /** Paragraph text (characters) under each element that has any, the body included. */
  paragraphChars: Map<Element, number>;
  /** Elements in each element's subtree, itself included (for the count of what was removed). */
  sizes: Map<Element, number>;
  headlines: Element[];
  chrome: Element[];
  /** Meta tags and JSON-LD scripts in the body: Readability reads them wherever they are. */
  metadata: Element[];
  elements: number;
}

const isChrome = (el: Element, tag: string): boolean => {
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role.trim().toLowerCase());
};

/** Only elements that hold paragraph text are asked, on the way back up: most elements never are. */
const isComments = (el: Element): boolean => {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  return (id !== null && COMMENTS_PATTERN.test(id)) || (cls !== null && COMMENTS_PATTERN.test(cls));
};

/**
 * One iterative walk of the body (a deeply nested page must not overflow the stack). Paragraph text is added up
 * on the way back up, so every element's total costs one addition. Null: more than MAX_WALK_ELEMENTS elements.
 */
function survey(body: Element): Survey | null {
  const paragraphChars = new Map<Element, number>();
  const sizes = new Map<Element, number>();
  const found: Survey = { paragraphChars, sizes, headlines: [], chrome: [], metadata: [], elements: 0 };
  // Pre-order index of each open element, to know its subtree size when the walk leaves it.
  const entered: number[] = [];
  const leave = (el: Element, parent: Element) => {
    sizes.set(el, found.elements - (entered.pop() ?? 0));
    const chars = paragraphChars.get(el);
    if (chars === undefined) return;
    if (isComments(el)) {
      paragraphChars.delete(el);
      return;
    }
    paragraphChars.set(parent, (paragraphChars.get(parent) ?? 0) + chars);
  };

  let el: Element | null = body.firstElementChild;
  while (el) {
    found.elements += 1;
    if (found.elements > MAX_WALK_ELEMENTS) return null;
    entered.push(found.elements - 1);
    const tag = el.localName;
    if (tag === PARAGRAPH_TAG) {
      const chars = el.textContent?.trim().length ?? 0;
      if (chars > 0) paragraphChars.set(el, chars);
    } else if (tag === HEADLINE_TAG) {
      found.headlines.push(el);
    } else if (METADATA_TAGS.has(tag)) {
      if (tag === 'meta' || el.getAttribute('type')?.trim().toLowerCase() === JSON_LD_TYPE) found.metadata.push(el);
    }
    if (isChrome(el, tag)) found.chrome.push(el);

    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    // Leave this element and every ancestor that has no next sibling, up to the body.
    let next: Element | null = null;
    while (el && el !== body) {
      const parent: Element | null = el.parentElement;
      if (!parent) break;
      leave(el, parent);
      next = el.nextElementSibling;
      if (next) break;
      el = parent;
    }
    el = next;
  }
  sizes.set(body, found.elements);
  return found;
}

/** The deepest element (from the body down) that still holds CONTAINER_SHARE of all the paragraph text. */
function storyContainer(body: Element, chars: Map<Element, number>, total: number): Element {
  const needed = total * CONTAINER_SHARE;
  let node = body;
  for (;;) {
    let best: Element | null = null;
    let bestChars = 0;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      const c = chars.get(child) ?? 0;
      if (c > bestChars) {
        best = child;
        bestChars = c;
      }
    }
    if (!best || bestChars < needed) return node;
    node = best;
  }
}

/** The lowest element holding both (each is the body or inside it). */
function commonAncestor(a: Element, b: Element, body: Element): Element {
  const path = new Set<Element>();
  for (let el: Element | null = a; el && el !== body; el = el.parentElement) path.add(el);
  for (let el: Element | null = b; el && el !== body; el = el.parentElement) if (path.has(el)) return el;
  return body;
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The story's headline among the page's h1s: the longest whose text is part of the document's title (a site's logo
 * h1 is usually shorter); when none is, the longest of all. Null when the page has none.
 */
function pickHeadline(doc: Document, headlines: readonly Element[]): Element | null {
  if (headlines.length <= 1) return headlines[0] ?? null;
  const title = squash(doc.title);
  let best: Element | null = null;
  let bestLength = -1;
  let bestInTitle = false;
  for (const h1 of headlines) {
    const text = squash(h1.textContent);
    if (!text) continue;
    const inTitle = title.includes(text);
    if ((inTitle && !bestInTitle) || (inTitle === bestInTitle && text.length > bestLength)) {
      best = h1;
      bestLength = text.length;
      bestInTitle = inTitle;
    }
  }
  return best;
}

const describe = (el: Element): string => (el.id ? `${el.localName}#${el.id}` : el.localName);

/**
 * Narrow the (already harvested, ad-stripped) copy of a page to what can hold the story, before Readability reads
 * it. Mutates `doc`; leaves it as it is when no element clearly holds the story and no chrome lies outside it.
 */
export function narrowForReadability(doc: Document, options: NarrowOptions = {}): NarrowResult {
  const body = doc.body;
  if (!body) return { removed: 0, scope: 'no-body' };
  const found = survey(body);
  if (!found) return { removed: 0, scope: 'too-large' };
  const total = found.paragraphChars.get(body) ?? 0;
  if (total < MIN_PARAGRAPH_CHARS) return { removed: 0, scope: 'none' };

  // The story's text, widened to the story's headline (the byline and date usually sit between the two).
  const text = storyContainer(body, found.paragraphChars, total);
  const headline = pickHeadline(doc, found.headlines);
  const kept = headline ? commonAncestor(text, headline, body) : text;

  let removed = 0;
  const drop = (el: Element) => {
    removed += found.sizes.get(el) ?? 1;
    el.remove();
  };
  // Metadata outside what stays moves to <head>, where Readability finds it as well.
  const rescue = (inside: (el: Element) => boolean) => {
    for (const meta of found.metadata) if (!inside(meta)) doc.head?.append(meta);
  };

  let scope = 'none';
  if (options.scope !== false && kept !== body) {
    rescue((el) => kept.contains(el));
    scope = describe(kept);
    for (let el: Element = kept; el !== body; ) {
      const parent: Element = el.parentElement!;
      for (let sibling = parent.firstElementChild; sibling; ) {
        const next = sibling.nextElementSibling;
        if (sibling !== el) drop(sibling);
        sibling = next;
      }
      el = parent;
    }
  }

  if (options.prune !== false) {
    const maxChars = total * MAX_CHROME_SHARE;
    // Inside the story's text nothing is pruned; with no container below the body that is the whole page (pruning
    // there measured a precision loss on the AEB pages).
    const story = (el: Element) => el.contains(text) || text.contains(el) || (headline !== null && el.contains(headline));
    const doomed = found.chrome.filter(
      (el) => el.isConnected && !story(el) && (found.paragraphChars.get(el) ?? 0) < maxChars,
    );
    if (doomed.length > 0) {
      rescue((el) => !doomed.some((d) => d.contains(el)));
      for (const el of doomed) if (el.isConnected) drop(el);
    }
  }
  return { removed, scope };
}
