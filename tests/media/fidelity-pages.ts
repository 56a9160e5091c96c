// Loads the hand-labelled fidelity pages (../shared/corpus/labels/fidelity-dev.json) for the corpus tests of the
// lead image and See Also harvesters. Not a test file itself.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { CORPUS_DIR } from '../helpers/corpus';

export interface FidelityLabel {
  url: string;
  path: string;
  /** null = no lead photo; absent = a lead video or gallery, not labelled. */
  leadImage?: { srcContains: string; caption: string | null; credit: string | null } | null;
  seeAlso?: { href: string; title: string }[];
  seeAlsoHeading?: string | null;
}

export function fidelityLabels(): FidelityLabel[] {
  return JSON.parse(readFileSync(resolve(CORPUS_DIR, 'labels/fidelity-dev.json'), 'utf8')) as FidelityLabel[];
}

/** The labelled page as a jsdom Document at its own URL (stylesheet parse errors silenced). */
export function loadFidelityPage(label: FidelityLabel): Document {
  const raw = readFileSync(resolve(CORPUS_DIR, label.path));
  const html = (label.path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return new JSDOM(html, { url: label.url, virtualConsole: new VirtualConsole() }).window.document;
}

/** Collapse whitespace; null and undefined read as empty. */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
