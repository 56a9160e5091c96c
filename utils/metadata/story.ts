// The story's own paragraphs, for datelines at its start and credits at its end. Read-only; a rough cut is enough,
// Readability does the real extraction later.
import { MEDIA_CREDIT, NOT_STORY_META, STORY_SELECTORS } from './selectors';
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

export function findStory(doc: Document): StoryText {
  for (const selector of STORY_SELECTORS) {
    let containers: Element[];
    try {
      containers = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue;
    }
    // The container with the most paragraph text, among those matching this selector.
    let best: { el: Element; paragraphs: string[] } | null = null;
    let bestChars = 0;
    for (const el of containers) {
      const paragraphs: string[] = [];
      let chars = 0;
      for (const p of Array.from(el.querySelectorAll('p')).slice(0, MAX_PARAGRAPHS)) {
        if (!isProse(p, el)) continue;
        const text = readText(p);
        if (!text) continue;
        paragraphs.push(text);
        chars += text.length;
      }
      if (chars > bestChars) {
        best = { el, paragraphs };
        bestChars = chars;
      }
    }
    if (best && best.paragraphs.some((p) => p.length >= MIN_OPENING_CHARS)) {
      return {
        container: best.el,
        opening: best.paragraphs.filter((p) => p.length >= MIN_OPENING_CHARS).slice(0, OPENING_PARAGRAPHS),
        closing: best.paragraphs.slice(-CLOSING_PARAGRAPHS),
      };
    }
  }
  return { container: null, opening: [], closing: [] };
}
