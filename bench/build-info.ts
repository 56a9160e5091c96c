// Section 4: numbers that come from the built extension and the browser tests, read from their output if present.
// Popup timing: test-output/popup-timings.json, written by the browser tests ({"medianMs": number, "samples": number}).
// Bundle sizes: gzip sizes of the Chrome MV3 build in .output/chrome-mv3 (`npm run build`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const NOT_MEASURED = 'n/a (run npm test first)';
export const NOT_BUILT = 'n/a (run npm run build first)';

/** The checkout this bench belongs to. */
export const REPO_DIR = resolve(import.meta.dirname, '..');

export interface PopupTiming {
  medianMs: number;
  samples: number;
}

/** The popup's open-to-article median, or null when the browser tests have not written it (or wrote nonsense). */
export function readPopupTiming(repo = REPO_DIR): PopupTiming | null {
  const path = join(repo, 'test-output', 'popup-timings.json');
  if (!existsSync(path)) return null;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<PopupTiming>;
    if (typeof data.medianMs !== 'number' || !Number.isFinite(data.medianMs)) return null;
    return { medianMs: data.medianMs, samples: typeof data.samples === 'number' ? data.samples : 0 };
  } catch {
    return null;
  }
}

export interface BundleSize {
  files: string[];
  gzipBytes: number;
}

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function listJs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).sort() : [];
}

/** Scripts a built HTML page loads: <script src> and <link rel="modulepreload"> (its shared chunks), same build. */
function scriptsOf(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const refs = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)=["']([^"']+\.js)["'][^>]*>/gi)) {
    refs.add(match[1]!.replace(/^\//, ''));
  }
  return [...refs];
}

/** Gzipped sizes of the content script(s) and of the popup's scripts, or null when there is no build. */
export function readBundleSizes(repo = REPO_DIR): { content: BundleSize | null; popup: BundleSize | null } {
  const out = join(repo, '.output', 'chrome-mv3');
  if (!existsSync(out)) return { content: null, popup: null };
  const measure = (files: string[]): BundleSize | null => {
    const present = files.filter((f) => existsSync(join(out, f)));
    if (present.length === 0) return null;
    return { files: present, gzipBytes: present.reduce((sum, f) => sum + gzipSize(join(out, f)), 0) };
  };
  const content = measure(listJs(join(out, 'content-scripts')).map((f) => `content-scripts/${f}`));
  const popupHtml = join(out, 'popup.html');
  const popupFiles = existsSync(popupHtml)
    ? scriptsOf(popupHtml)
    : listJs(join(out, 'chunks')).filter((f) => f.startsWith('popup')).map((f) => `chunks/${f}`);
  return { content, popup: measure(popupFiles) };
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
