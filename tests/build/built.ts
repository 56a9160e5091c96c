import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The builds the tests in tests/build read. The Chrome build is the one `npm run build` made (the browser tests load
// that very directory, so it is never rebuilt under them); Firefox's is built here.

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_DIR = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_DIR = join(ROOT, '.output/firefox-mv3');

/** How long one `wxt build` may take on a shared 2-core machine. */
export const BUILD_TIMEOUT_MS = 240_000;

const wxtBuild = (args: string[]) =>
  execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });

/**
 * The Chrome MV3 build directory. Missing: under CI=true that is a failure (CI builds before it tests, so a missing
 * build means a broken pipeline, not something to paper over); elsewhere it is built now.
 */
export function chromeBuild(): string {
  if (existsSync(join(CHROME_DIR, 'manifest.json'))) return CHROME_DIR;
  if (process.env.CI === 'true') throw new Error(`CI=true but there is no build at ${CHROME_DIR}: run \`npm run build\` before the tests`);
  wxtBuild([]);
  return CHROME_DIR;
}

/** Builds the Firefox MV3 extension (always fresh: nothing else builds it) and returns its directory. */
export function firefoxBuild(): string {
  wxtBuild(['-b', 'firefox', '--mv3']);
  return FIREFOX_DIR;
}
