// Small, careful readers of the CSS the filter engine writes: "sel,\nsel { display: none !important; }" blocks.
// They respect quotes, escapes, [attribute] and (argument) nesting, so a brace or comma inside
// `[href*="{"]` or `:is(a, b)` never splits a selector. Browser-safe, no DOM.

export interface StyleBlock {
  /** The block's selector list, split at its top-level commas. */
  selectors: string[];
  /** The declarations inside the braces, trimmed. */
  style: string;
}

/** Index of the last character of the escape starting at `i` (a backslash): "\\31 " is one escape, space included. */
function escapeEnd(text: string, i: number): number {
  const hex = /^[0-9a-fA-F]{1,6}\s?/.exec(text.slice(i + 1, i + 8));
  return hex ? i + hex[0].length : i + 1;
}

/**
 * Walk `text` from `from`, calling `visit(index, char)` on each character outside quotes, brackets and parens
 * (escapes skipped). `visit` returns true to stop; the index it stopped at is returned, or -1.
 */
function scanTopLevel(text: string, from: number, visit: (index: number, char: string) => boolean): number {
  let quote = '';
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      i = escapeEnd(text, i);
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth += 1;
    else if ((c === ']' || c === ')') && depth > 0) depth -= 1;
    else if (depth === 0 && visit(i, c)) return i;
  }
  return -1;
}

/** Split a selector list at its top-level commas; empty parts are dropped. */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let start = 0;
  scanTopLevel(list, 0, (i, c) => {
    if (c === ',') {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The rule blocks of a stylesheet. Anything unbalanced at the end is ignored. */
export function parseStyleBlocks(css: string): StyleBlock[] {
  const blocks: StyleBlock[] = [];
  let pos = 0;
  while (pos < css.length) {
    const open = scanTopLevel(css, pos, (_i, c) => c === '{');
    if (open < 0) break;
    const close = scanTopLevel(css, open + 1, (_i, c) => c === '}');
    if (close < 0) break;
    blocks.push({ selectors: splitSelectorList(css.slice(pos, open)), style: css.slice(open + 1, close).trim() });
    pos = close + 1;
  }
  return blocks;
}

/** Characters that end a compound at the top level of a complex selector: combinators and the whitespace one. */
const COMBINATOR_CHARS = ' >+~\t\n';

/** The last compound of a complex selector: the part that names the elements it selects ("div > .ad" -> ".ad"). */
export function subjectCompound(complex: string): string {
  const text = complex.trim();
  let start = 0;
  scanTopLevel(text, 0, (i, c) => {
    if (COMBINATOR_CHARS.includes(c)) start = i + 1;
    return false;
  });
  return text.slice(start).trim();
}

/** The compounds of a complex selector, left to right ("div > .a + b" -> ["div", ".a", "b"]). */
export function complexCompounds(complex: string): string[] {
  const text = complex.trim();
  const parts: string[] = [];
  let start = 0;
  scanTopLevel(text, 0, (i, c) => {
    if (COMBINATOR_CHARS.includes(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Index of the ')' closing the '(' at `open` (nested parens counted, escapes skipped), or -1 when unbalanced. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i += 1;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The compounds that a compound's `:has(...)` arguments require below or beside the element: all of them must
 * exist on the page for it to match. Arguments that are lists (a comma: any one may do) are left out.
 */
export function hasArgumentCompounds(compound: string): string[] {
  const out: string[] = [];
  const lower = compound.toLowerCase();
  // Only a :has() of the compound itself: one inside :not() or :is() says nothing certain.
  const starts: number[] = [];
  scanTopLevel(compound, 0, (i, c) => {
    if (c === ':' && lower.startsWith(':has(', i)) starts.push(i);
    return false;
  });
  for (const at of starts) {
    const open = at + 4;
    const close = closingParen(compound, open);
    if (close < 0) break;
    const argument = compound.slice(open + 1, close);
    if (splitSelectorList(argument).length === 1) out.push(...complexCompounds(argument));
  }
  return out;
}

/** The type (tag name) a compound selector starts with, lower case, or null ("div.ad" -> "div", ".ad" -> null). */
export function compoundTag(compound: string): string | null {
  const m = /^(?:[\w-]*\|)?([a-zA-Z][\w-]*)/.exec(compound);
  return m ? m[1]!.toLowerCase() : null;
}

/** What an element must have to match a compound selector, as far as a page index can tell. */
export interface CompoundNeeds {
  /** Lower-case tag name, or null for any. */
  tag: string | null;
  classes: string[];
  ids: string[];
  attributes: { name: string; op: string; value: string }[];
}

/** Undo CSS escapes in an identifier ("md\\:block" -> "md:block", "\\31 0" -> "10"). */
function unescapeIdent(text: string): string {
  return text.replace(/\\(?:([0-9a-fA-F]{1,6})\s?|([\s\S]))/g, (_m, hex: string | undefined, ch: string | undefined) =>
    hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : (ch ?? ''),
  );
}

/** An identifier (with escapes) starting at `i`; returns its end index. */
function identEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text[j]!;
    if (c === '\\') j = escapeEnd(text, j) + 1;
    else if (/[\w-]/.test(c) || c.charCodeAt(0) > 127) j += 1;
    else break;
  }
  return Math.min(j, text.length);
}

/**
 * The tag, classes, ids and attributes a compound selector demands at its top level (what is inside :not(), :is()
 * or :has() is ignored), or null when the compound is not understood (then the selector is simply tested).
 */
export function compoundNeeds(compound: string): CompoundNeeds | null {
  const needs: CompoundNeeds = { tag: null, classes: [], ids: [], attributes: [] };
  let i = 0;
  const typeMatch = /^(?:[\w-]*\|)?([a-zA-Z][\w-]*|\*)/.exec(compound);
  if (typeMatch) {
    if (typeMatch[1] !== '*') needs.tag = typeMatch[1]!.toLowerCase();
    i = typeMatch[0].length;
  }
  while (i < compound.length) {
    const c = compound[i]!;
    if (c === '.' || c === '#') {
      const end = identEnd(compound, i + 1);
      if (end === i + 1) return null;
      (c === '.' ? needs.classes : needs.ids).push(unescapeIdent(compound.slice(i + 1, end)));
      i = end;
    } else if (c === '[') {
      const end = attributeEnd(compound, i);
      if (end < 0) return null;
      const m = /^\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s\]]+))\s*([iIsS])?\s*)?\]$/.exec(
        compound.slice(i, end + 1),
      );
      if (!m) return null;
      const value = unescapeIdent(m[3] ?? m[4] ?? m[5] ?? '');
      // A case-insensitive value cannot be checked against the index: keep only the name.
      const op = m[6] && m[6].toLowerCase() === 'i' ? '' : (m[2] ?? '');
      needs.attributes.push({ name: m[1]!.toLowerCase(), op, value: op ? value : '' });
      i = end + 1;
    } else if (c === ':') {
      // Pseudo-classes and pseudo-elements: skip the name and any (argument).
      let j = i + 1;
      if (compound[j] === ':') j += 1;
      j = identEnd(compound, j);
      if (compound[j] === '(') {
        const close = closingParen(compound, j);
        j = (close < 0 ? compound.length : close) + 1;
      }
      if (j <= i + 1) return null;
      i = j;
    } else {
      return null;
    }
  }
  return needs;
}

/** Index of the ']' closing the attribute selector opened at `open`, respecting quotes; -1 when unbalanced. */
function attributeEnd(text: string, open: number): number {
  let quote = '';
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i += 1;
    else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ']') return i;
  }
  return -1;
}
