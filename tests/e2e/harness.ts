import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../bench/browser-speed';

// Shared pieces of the real-browser tests: Debian's Chromium, the built extension, a loopback page server.

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const OUTPUT_DIR = join(ROOT, 'test-output');
export { CHROMIUM_PATH };

/**
 * Browser tests run when Chromium and (unless `needsExtension` is false) the build exist; under CI=true a missing one
 * is a failure, not a skip.
 */
export function browserAvailable(what: string, needsExtension = true): boolean {
  const missing = [
    !existsSync(CHROMIUM_PATH) && `no Chromium at ${CHROMIUM_PATH}`,
    needsExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json')) && `no built extension at ${EXTENSION_DIR} (run npm run build)`,
  ].filter(Boolean);
  if (missing.length === 0) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${missing.join(' and ')} (${what})`);
  console.warn(`[skip] ${what}: ${missing.join(' and ')}`);
  return false;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Host permissions granted at install, e.g. ['http://127.0.0.1/*']. A headless browser cannot click "Allow" in a
   * permission prompt, and activeTab is only granted by a real toolbar click or shortcut; so the test loads a copy
   * of the build whose manifest lists these origins in host_permissions (all within the build's own
   * optional_host_permissions). permissions.request() for them then resolves at once, and the extension's own code
   * (injection, registerContentScripts) runs exactly as after a user's "Allow". The shipped build is not modified.
   */
  grantHosts?: readonly string[];
}

/** A temporary copy of the build with `hosts` added to host_permissions (see LaunchOptions.grantHosts). */
function buildWithGrantedHosts(hosts: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...hosts])];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'broadsheet-chromium-'));
  const extensionDir = options.grantHosts?.length ? buildWithGrantedHosts(options.grantHosts) : EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close: () => context.close() };
}

export interface PageServer {
  origin: string;
  /** Serve `html` at `path` (replacing what was there). */
  route(path: string, html: string | (() => string), contentType?: string): void;
  close(): Promise<void>;
}

/** A loopback HTTP server for test pages; port 0 lets the OS pick a free port. */
export async function servePages(host = '127.0.0.1'): Promise<PageServer> {
  const routes = new Map<string, { body: string | (() => string); type: string }>();
  const server: Server = createServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.type });
    res.end(typeof route.body === 'function' ? route.body() : route.body);
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('page server has no port');
  return {
    origin: `http://${host}:${address.port}`,
    route: (path, body, type = 'text/html; charset=utf-8') => routes.set(path, { body, type }),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
