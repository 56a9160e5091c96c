import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

// Reading a saved page from disk the way a browser would: gunzip, sniff the charset, refuse what is not HTML.

/** How far into the page a <meta charset> may be (the HTML standard's prescan window). */
const CHARSET_PRESCAN_BYTES = 1024 * 4;
/** How far into the page we look for a tag before calling it "not HTML". */
const HTML_SNIFF_CHARS = 4096;
/** Larger files are refused: no news page needs this, and jsdom would take minutes. */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

export class PageReadError extends Error {}

function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, CHARSET_PRESCAN_BYTES)).toString('latin1');
  const declared =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).encoding;
    } catch {
      // An unknown label falls back to UTF-8, as browsers do for most pages today.
    }
  }
  return 'utf-8';
}

/** Decode page bytes by their BOM or declared charset (Shift_JIS, windows-1251, ...). */
export function decodePage(bytes: Uint8Array): string {
  const charset = sniffCharset(bytes);
  // A page that declares an 8-bit charset but is actually UTF-8 would be garbled: browsers trust the declaration too.
  return new TextDecoder(charset).decode(bytes);
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, HTML_SNIFF_CHARS);
  if (head.includes('\u0000')) return false;
  return /<(!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|script)\b/i.test(head);
}

/** Read `path` ("-" for stdin), gunzipping .gz files; throws PageReadError with a reader-friendly message. */
export function readPage(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new PageReadError(`cannot read ${path}: ${why}`);
  }
  if (bytes.length > MAX_PAGE_BYTES) throw new PageReadError(`${path} is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_PAGE_BYTES });
    } catch (error) {
      throw new PageReadError(`cannot gunzip ${path}: ${(error as Error).message}`);
    }
  }
  const text = decodePage(bytes);
  if (!looksLikeHtml(text)) throw new PageReadError(`${path} does not look like an HTML page`);
  return text;
}
