// Node-only loader of the committed filter artifact (command line, benchmark, tests). The extension loads the same
// file in its background worker with engineFromGzip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ARTIFACT_FILE } from './artifact';
import { engineFromBytes, type CosmeticEngine } from './engine';

/** Where the artifact, its metadata and its attribution live. */
export const DATA_DIR = join(import.meta.dirname, 'data');
export const ARTIFACT_PATH = join(DATA_DIR, ARTIFACT_FILE);

/** Read, gunzip and deserialize the committed EasyList engine. Synchronous: the caller caches it. */
export function loadBundledEngine(): CosmeticEngine {
  let gz: Buffer;
  try {
    gz = readFileSync(ARTIFACT_PATH);
  } catch (error) {
    throw new Error(`The ad-filter artifact is missing at ${ARTIFACT_PATH} (${(error as Error).message}); run \`npm run filters\`.`);
  }
  return engineFromBytes(gunzipSync(gz));
}
