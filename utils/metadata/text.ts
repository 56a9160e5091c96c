// Small text helpers for page-derived strings (all of them data, never markup).
import { HIDDEN_CLASS } from './selectors';

/** Block-level tags: their text stands on a line of its own when an element is read line by line. */
const LINE_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL', 'TIME',
]);
/** Never read as text. */
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'IFRAME', 'IMG']);
/** Stop reading an element after this many characters: bylines and dates are short. */
const MAX_READ_CHARS = 2_000;
/** A letter or digit at the end of the text so far and at the start of the next text node, with no space between. */
const GLUED_END = /[\p{L}\p{N}.)]$/u;
const GLUED_START = /^[\p{L}\p{N}(@]/u;

export function isHidden(el: Element): boolean {
  // One read of the names present, then only those values: each DOM read costs, and most elements have few.
  return isHiddenWith(el, el.getAttributeNames());
}

/** isHidden for a caller that has read the element's attribute names (`present`) already. */
export function isHiddenWith(el: Element, present: readonly string[]): boolean {
  if (!present.length) return false;
  if (present.includes('hidden') || (present.includes('aria-hidden') && el.getAttribute('aria-hidden') === 'true')) return true;
  if (present.includes('style') && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return true;
  return present.includes('class') && HIDDEN_CLASS.test(el.getAttribute('class') ?? '');
}

/** The text of an element as lines (one per block or <br>), hidden and non-text parts left out. */
export function readLines(root: Element, maxChars = MAX_READ_CHARS): string[] {
  const lines: string[] = [];
  let current = '';
  let total = 0;
  // Set when an element starts or ends: text glued across that edge ("Jane DoeBusiness Columnist") is two lines,
  // since the page's CSS (which we do not have) almost surely shows the parts apart.
  let edge = false;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node, depth: number) => {
    if (total > maxChars || depth > 40) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (edge && GLUED_END.test(current) && GLUED_START.test(value)) flush();
      if (value) edge = false;
      current += value;
      total += value.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    // The tag read once: each DOM read costs.
    const raw = el.tagName;
    const tag = raw.toUpperCase();
    if (SILENT_TAGS.has(tag) || (depth > 0 && isHidden(el))) return;
    if (raw === 'BR') {
      flush();
      return;
    }
    const block = LINE_TAGS.has(tag);
    if (block) flush();
    edge = true;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, depth + 1);
    edge = true;
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return lines;
}

/** One line of text out of an element. */
export function readText(root: Element, maxChars = MAX_READ_CHARS): string {
  return readLines(root, maxChars).join(' ');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’',
  lsquo: '‘', rdquo: '”', ldquo: '“', eacute: 'é', egrave: 'è', agrave: 'à', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß',
  ccedil: 'ç', copy: '©',
};

/** Undo HTML entities that sites leave inside meta contents and JSON-LD strings ("Tom &amp; Jerry", "&#39;"). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Whitespace collapsed, entities undone, tags some sites leave in meta values dropped; null when empty. */
export function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = decodeEntities(String(value)).replace(/<[^>]{0,200}>/g, ' ').replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** Lower case, accents and punctuation gone: for comparing names and titles. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isUrl(text: string): boolean {
  return /^(https?:)?\/\/\S+$|^www\.\S+$|^[\w-]+(\.[\w-]+)+\/?$/i.test(text.trim());
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
