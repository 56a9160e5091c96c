// Ad labels: "Advertisement", "Anzeige", "Story continues below advertisement"... A text is a label only when ALL of
// it is made of label phrases; a sentence that mentions advertising never is. Small and DOM-free: the content
// script and post-clean import it.
import { AD_LABELS, MAX_LABEL_CHARS, MAX_LABEL_PARTS } from './ad-labels';

/** Case, compatibility forms, accents, punctuation and symbols do not count; words are joined by one space. */
export function normalizeLabelText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, ' ')
    .trim();
}

const LABELS: ReadonlySet<string> = new Set(AD_LABELS.map(normalizeLabelText));
/** Longest label in words: bounds the phrase lengths tried at each position. */
const LONGEST_LABEL_WORDS = Math.max(...[...LABELS].map((l) => l.split(' ').length));

/** Every word of every label, between bars ("|advertisement|story|continues|...|"), for substring tests. */
const LABEL_WORDS: ReadonlySet<string> = new Set([...LABELS].flatMap((l) => l.split(' ')));
const BARRED_WORDS = `|${[...LABEL_WORDS].join('|')}|`;
const ASCII = /^[\x00-\x7f]*$/;
/** The words between what normalizeLabelText turns into a single space. */
const LABEL_TOKENS = /[^\p{P}\p{S}\p{Z}\s]+/gu;

/**
 * Can this piece of an element's text (one of its text nodes) belong to a text that isLabel accepts? A cheap
 * test that never says no wrongly: the piece's whole words must be label words, and the words it cuts at its two
 * ends must be the end and the start of label words (a label may be split over several text nodes).
 */
export function mayBeInAdLabel(piece: string): boolean {
  // ASCII needs no decomposition (the common case, and normalize() is the costly part).
  const folded = (ASCII.test(piece) ? piece : piece.normalize('NFKD').replace(/\p{M}+/gu, '')).toLowerCase();
  // Word by word, stopping at the first that fails: prose fails at its first or second word, and splitting a whole
  // paragraph into an array first was most of the cost of this test.
  LABEL_TOKENS.lastIndex = 0;
  for (let m = LABEL_TOKENS.exec(folded); m; m = LABEL_TOKENS.exec(folded)) {
    const t = m[0];
    const first = m.index === 0;
    const last = LABEL_TOKENS.lastIndex === folded.length;
    const ok = first && last
      ? BARRED_WORDS.includes(t) // no separator at all: part of one word
      : first
        ? BARRED_WORDS.includes(`${t}|`) // cut at its start: the end of a label word
        : last
          ? BARRED_WORDS.includes(`|${t}`) // cut at its end: the start of a label word
          : LABEL_WORDS.has(t);
    if (!ok) return false;
  }
  return true;
}

/** True when a block's whole text is an ad label, or a run of at most MAX_LABEL_PARTS of them. */
export function isAdLabel(text: string): boolean {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (!collapsed || collapsed.length > MAX_LABEL_CHARS) return false;
  // Most blocks have a word no label has: mayBeInAdLabel says so at that word, before any normalizing.
  if (!mayBeInAdLabel(collapsed)) return false;
  const normalized = normalizeLabelText(collapsed);
  if (!normalized) return false;
  if (LABELS.has(normalized)) return true;
  // Fewest label phrases that cover the words 0..i; a run of labels ("Advertisement Skip advertisement") is a label.
  const words = normalized.split(' ');
  const parts = new Array<number>(words.length + 1).fill(Infinity);
  parts[0] = 0;
  for (let i = 0; i < words.length; i++) {
    if (parts[i]! >= MAX_LABEL_PARTS) continue;
    for (let j = i + 1; j <= Math.min(words.length, i + LONGEST_LABEL_WORDS); j++) {
      if (LABELS.has(words.slice(i, j).join(' '))) parts[j] = Math.min(parts[j]!, parts[i]! + 1);
    }
  }
  return parts[words.length]! <= MAX_LABEL_PARTS;
}

/** The lines of a plain text that are whole ad labels (to count what a clean text still carries). */
export function adLabelLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && isAdLabel(line));
}
