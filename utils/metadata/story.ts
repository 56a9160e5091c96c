// The story's own paragraphs, for datelines at its start and credits at its end. Read-only; a rough cut is enough,
// Readability does the real extraction later.
import type { PageScan } from './scan';
import { MEDIA_CREDIT, NOT_STORY_META } from './selectors';
import { isHidden, readText } from './text';

/** A paragraph shorter than this is not where a story starts (labels, kickers). */
const MIN_OPENING_CHARS = 40;
/** Paragraphs read at each end of the story. */
const OPENING_PARAGRAPHS = 2;
const CLOSING_PARAGRAPHS = 3;
/** Paragraphs looked at in a container at most. */
const MAX_PARAGRAPHS = 400;
/** Levels above a paragraph checked for caption, sidebar or teaser wrappers. */
const WRAPPER_DEPTH = 5;
/** Tags whose text is never story prose. */
const NOT_PROSE = new Set(['FIGURE', 'FIGCAPTION', 'ASIDE', 'BLOCKQUOTE', 'NAV', 'FOOTER', 'HEADER', 'FORM', 'LI', 'TABLE']);

export interface StoryText {
  container: Element | null;
  /** First paragraphs that read like prose. */
  opening: string[];
  /** Last non-empty paragraphs, last one last. */
  closing: string[];
}

function isProse(p: Element, container: Element): boolean {
  let depth = 0;
  for (let node: Element | null = p; node && node !== container && depth < WRAPPER_DEPTH; node = node.parentElement, depth++) {
    if (NOT_PROSE.has(node.tagName.toUpperCase()) || isHidden(node)) return false;
    const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (names.trim() && (MEDIA_CREDIT.test(names) || NOT_STORY_META.test(names))) return false;
  }
  return true;
}

/** The story's paragraphs from the strongest container the page scan found (the body when none). */
export function findStory(doc: Document, scan: PageScan): StoryText {
  const ranks = [...new Set(scan.stories.map((s) => s.rank))].sort((a, b) => a - b);
  const groups: Element[][] = ranks.map((r) => scan.stories.filter((s) => s.rank === r).map((s) => s.el));
  if (doc.body) groups.push([doc.body]);
  for (const containers of groups) {
    // The container with the most paragraphs (a cheap count; only the winner's ends are read).
    let best: Element | null = null;
    let bestCount = 0;
    for (const el of containers) {
      const count = el.getElementsByTagName('p').length;
      if (count > bestCount) {
        best = el;
        bestCount = count;
      }
    }
    if (!best) continue;
    const container = best;
    const all = container.getElementsByTagName('p');
    const paragraphs: Element[] = [];
    for (let i = 0; i < Math.min(all.length, MAX_PARAGRAPHS); i++) paragraphs.push(all[i]!);
    const read = (list: Element[], wanted: number, minChars: number) => {
      const out: string[] = [];
      for (const p of list) {
        if (out.length >= wanted) break;
        if (!isProse(p, container)) continue;
        const text = readText(p);
        if (text.length >= minChars) out.push(text);
      }
      return out;
    };
    const opening = read(paragraphs, OPENING_PARAGRAPHS, MIN_OPENING_CHARS);
    if (!opening.length) continue;
    const closing = read([...paragraphs].reverse(), CLOSING_PARAGRAPHS, 1).reverse();
    return { container, opening, closing };
  }
  return { container: null, opening: [], closing: [] };
}
