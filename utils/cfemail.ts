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

/** Replace every obfuscated address in the document with its plain text (links become mailto: links). */
export function decodeCfEmails(doc: Document): number {
  let decoded = 0;
  for (const el of Array.from(doc.querySelectorAll('[data-cfemail]'))) {
    const address = decodeCfEmail(el.getAttribute('data-cfemail') ?? '');
    if (!address) continue;
    el.replaceWith(doc.createTextNode(address));
    decoded++;
  }
  for (const a of Array.from(doc.querySelectorAll('a[href*="/cdn-cgi/l/email-protection#"]'))) {
    const hex = PROTECTED_HREF.exec(a.getAttribute('href') ?? '')?.[1];
    const address = hex ? decodeCfEmail(hex) : null;
    if (!address) continue;
    a.setAttribute('href', `mailto:${address}`);
    decoded++;
  }
  return decoded;
}
