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
