// Small DOM helpers shared by the detection survey and the structured-data reader.

/** The first `max` elements of the given tags under `root`, tag by tag (tag-name lookups: no selector engine). */
export function elementsByTags(root: Element | Document, tags: readonly string[], max: number): Element[] {
  const out: Element[] = [];
  for (const tag of tags) {
    const found = root.getElementsByTagName(tag);
    for (let i = 0; i < found.length && out.length < max; i++) out.push(found[i]!);
  }
  return out;
}

/** An element's text, trimmed. */
export function trimmedText(el: Element): string {
  return (el.textContent ?? '').trim();
}

/** Elements under a root by tag name, in document order (only the tags asked for). */
export type TagIndex = ReadonlyMap<string, readonly Element[]>;

/**
 * One walk of everything under `root`, sorted into the given tags. Each lookup by tag name is a walk of the whole
 * tree in jsdom (text nodes included), so one walk that reads each element's name beats one walk per tag.
 */
export function indexByTags(root: Element, tags: readonly string[]): TagIndex {
  return sortByTags(Array.from(root.getElementsByTagName('*')), tags);
}

/** Elements (in document order) sorted into the given tags. */
function sortByTags(elements: readonly Element[], tags: readonly string[]): TagIndex {
  const index = new Map<string, Element[]>(tags.map((tag) => [tag, []]));
  for (const el of elements) index.get(el.localName)?.push(el);
  return index;
}

/**
 * indexByTags for a document's body. When nothing follows the body (the parser always builds it so), its
 * elements are all those after it in the document's own list: the list the ad survey asked for a moment ago,
 * which jsdom keeps while the page is unchanged, so the tree is not walked again.
 */
export function indexBodyByTags(body: Element, tags: readonly string[]): TagIndex {
  const doc = body.ownerDocument;
  if (body.parentElement !== doc.documentElement || body.nextElementSibling) return indexByTags(body, tags);
  const all = Array.from(doc.getElementsByTagName('*'));
  return sortByTags(all.slice(all.indexOf(body) + 1), tags);
}

/** The first `max` elements of the given tags from an index, tag by tag (as elementsByTags lists them). */
export function indexedByTags(index: TagIndex, tags: readonly string[], max: number): Element[] {
  const out: Element[] = [];
  for (const tag of tags) {
    const found = index.get(tag) ?? [];
    for (let i = 0; i < found.length && out.length < max; i++) out.push(found[i]!);
  }
  return out;
}
