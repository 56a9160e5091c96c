// The story's own paragraphs, for datelines at its start and credits at its end. Read-only; a rough cut is enough,
// Readability does the real extraction later.
import type { PageElements, PageScan } from './scan';
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
/** The <p> elements inside a container, from the page's element list: its descendants follow it there. */
function paragraphsOf(container: Element, page: PageElements | undefined, position: Map<Element, number>): Element[] {
  if (!page) return Array.from(container.getElementsByTagName('p'));
  let last: Element = container;
  while (last.lastElementChild) last = last.lastElementChild;
  const from = position.get(container);
  const to = position.get(last);
  if (from === undefined || to === undefined) return Array.from(container.getElementsByTagName('p'));
  const out: Element[] = [];
  for (let i = from + 1; i <= to; i++) if (page.tags[i] === 'p') out.push(page.all[i]!);
  return out;
}

export function findStory(doc: Document, scan: PageScan, page?: PageElements): StoryText {
  const position = new Map<Element, number>();
  if (page) page.all.forEach((el, i) => position.set(el, i));
  const ranks = [...new Set(scan.stories.map((s) => s.rank))].sort((a, b) => a - b);
  const groups: Element[][] = ranks.map((r) => scan.stories.filter((s) => s.rank === r).map((s) => s.el));
  const body = page ? page.body : doc.body;
  if (body) groups.push([body]);
  for (const containers of groups) {
    // The container with the most paragraphs (a cheap count; only the winner's ends are read).
    let best: Element[] = [];
    let container: Element | null = null;
    for (const el of containers) {
      const list = paragraphsOf(el, page, position);
      if (list.length > best.length) {
        best = list;
        container = el;
      }
    }
    if (!container) continue;
    const paragraphs = best.slice(0, MAX_PARAGRAPHS);
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
