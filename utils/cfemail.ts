// Cloudflare's e-mail obfuscation shows "[email protected]" and keeps the address XOR-encoded in data-cfemail
// (first byte is the key). Decoding it gives the reader the address the site meant to show.

const PROTECTED_HREF = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)$/i;
const MAX_ENCODED_HEX = 512;

export function decodeCfEmail(hex: string): string | null {
  if (hex.length < 4 || hex.length % 2 !== 0 || hex.length > MAX_ENCODED_HEX || !/^[0-9a-f]+$/i.test(hex)) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return /^[^\s@<>"]+@[^\s@<>"]+$/.test(out) ? out : null;
}

/** Both forms Cloudflare writes: the shown address, and a link whose target is the address. */
const OBFUSCATED = '[data-cfemail], a[href*="/cdn-cgi/l/email-protection#"]';

/** Replace every obfuscated address in the document with its plain text (links become mailto: links). */
export function decodeCfEmails(doc: Document): number {
  let decoded = 0;
  // One query for both forms: in jsdom each attribute query is a walk of the page.
  for (const el of Array.from(doc.querySelectorAll(OBFUSCATED))) {
    const encoded = el.getAttribute('data-cfemail');
    const shown = encoded === null ? null : decodeCfEmail(encoded);
    if (shown) {
      el.replaceWith(doc.createTextNode(shown));
      decoded++;
      continue;
    }
    const hex = PROTECTED_HREF.exec(el.getAttribute('href') ?? '')?.[1];
    const address = hex ? decodeCfEmail(hex) : null;
    if (!address) continue;
    el.setAttribute('href', `mailto:${address}`);
    decoded++;
  }
  return decoded;
}
