import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** ../shared/corpus beside the checkout; tests that need it skip with a notice when it is absent (never under CI). */
export const CORPUS_DIR = resolve(process.env.BROADSHEET_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus'));

export function corpusAvailable(what: string): boolean {
  if (existsSync(CORPUS_DIR)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but the corpus is missing at ${CORPUS_DIR} (${what})`);
  console.warn(`[skip] ${what}: ../shared/corpus not found at ${CORPUS_DIR}`);
  return false;
}
