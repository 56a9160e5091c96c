// Plain text out of article HTML, and the numbers derived from it.

/** Elements whose text stands on lines of its own. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/** Average adult silent reading speed for news prose, words per minute. */
export const WORDS_PER_MINUTE = 230;
/** Scripts written without spaces: each character counts as about half a word. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** Text of an element, one paragraph per line block, whitespace collapsed inside paragraphs. */
export function elementToText(root: Element): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) blocks.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) flush();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

export function countWords(text: string): number {
  const spaced = text.replace(UNSPACED_SCRIPT, ' ');
  const words = spaced.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  return words + Math.round(unspaced / 2);
}

/** Latin-script characters a character of an unspaced script stands for: half a word, of about six with its space. */
const UNSPACED_CHAR_WEIGHT = 3;

/**
 * A text's length in Latin-script characters, for "is there enough to read" thresholds: 200 characters of
 * Japanese are a full short news item, 200 of English are two sentences.
 */
export function readingLength(text: string): number {
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  return text.length + unspaced * (UNSPACED_CHAR_WEIGHT - 1);
}

export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Collapse whitespace in a page-derived string; null when nothing is left. */
export function cleanLine(value: string | null | undefined): string | null {
  const line = value?.replace(/\s+/g, ' ').trim();
  return line ? line : null;
}
