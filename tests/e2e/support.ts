import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, servePages, type ExtensionSession, type PageServer } from './harness';

// Helpers shared by the popup, reader and auto-clean browser tests.

/** Test pages are served from here; launch with grantHosts: [LOOPBACK_PATTERN] so the extension may read them. */
export const LOOPBACK_PATTERN = 'http://127.0.0.1/*';

/** Where the view states land: html[data-state] is set by the view on every state change. */
export const FINAL_STATES: readonly string[] = ['ready', 'no-article', 'restricted', 'error'];

/**
 * No network: pages and the extension may only reach the loopback server; `photos` maps remote image URLs to bytes
 * served in their place (the seed page's photo), everything else remote is aborted at once instead of timing out.
 */
export async function offline(context: BrowserContext, photos: Map<string, Buffer> = new Map()): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = route.request().url();
      const photo = photos.get(url);
      if (photo) return route.fulfill({ status: 200, contentType: 'image/jpeg', body: photo });
      if (new URL(url).hostname === '127.0.0.1') return route.continue();
      return route.abort('internetdisconnected');
    },
  );
}

/** An extension page to run chrome.* calls from (the service worker may be asleep). */
export async function controlPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/reader.html?tabId=999999999`);
  return page;
}

/** The tab id of the tab showing `url`. */
export async function tabIdOf(control: Page, url: string): Promise<number> {
  const id = await control.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens the popup page as a tab for `tabId` and waits until it settles in a final state. */
export async function openView(
  session: ExtensionSession,
  tabId: number,
  which: 'popup' | 'reader' = 'popup',
  viewport = which === 'popup' ? { width: 580, height: 600 } : { width: 1200, height: 900 },
): Promise<{ page: Page; state: string; ms: number }> {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  const started = Date.now();
  await page.goto(`chrome-extension://${session.extensionId}/${which}.html?tabId=${tabId}`);
  await page.waitForFunction((states) => states.includes(document.documentElement.dataset.state ?? ''), FINAL_STATES, {
    timeout: 30_000,
  });
  const state = await page.evaluate(() => document.documentElement.dataset.state ?? '');
  return { page, state, ms: Date.now() - started };
}

/** A photo-like JPEG drawn in the browser (sky, mountains, lake), to stand in for a news site's image. */
export async function drawPhoto(context: BrowserContext, width = 1200, height = 800): Promise<Buffer> {
  const page = await context.newPage();
  const dataUrl = await page.evaluate(
    ([w, h]) => {
      const c = document.createElement('canvas');
      c.width = w!;
      c.height = h!;
      const g = c.getContext('2d')!;
      const sky = g.createLinearGradient(0, 0, 0, h! * 0.6);
      sky.addColorStop(0, '#9cc3e6');
      sky.addColorStop(1, '#e9eef2');
      g.fillStyle = sky;
      g.fillRect(0, 0, w!, h!);
      g.fillStyle = '#7d8a99';
      g.beginPath();
      g.moveTo(0, h! * 0.55);
      for (let x = 0; x <= w!; x += w! / 12) g.lineTo(x, h! * (0.32 + 0.12 * Math.abs(Math.sin(x / 170))));
      g.lineTo(w!, h! * 0.6);
      g.lineTo(0, h! * 0.6);
      g.fill();
      const lake = g.createLinearGradient(0, h! * 0.6, 0, h!);
      lake.addColorStop(0, '#4f7aa0');
      lake.addColorStop(1, '#2b4a66');
      g.fillStyle = lake;
      g.fillRect(0, h! * 0.6, w!, h! * 0.4);
      g.fillStyle = '#2f3b2a';
      g.fillRect(0, h! * 0.57, w!, h! * 0.04);
      return c.toDataURL('image/jpeg', 0.85);
    },
    [width, height],
  );
  await page.close();
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

/** What a browser test file drives: the loopback page server, the extension's browser, a control page in it. */
export interface GrantedBrowser {
  server: PageServer;
  session: ExtensionSession;
  control: Page;
}

/**
 * The usual setup of a browser test file: `routes` (path -> HTML) served from 127.0.0.1, Chromium launched with the
 * extension and that origin granted, the network otherwise off, and a control page to call chrome.* from.
 */
export async function openGrantedBrowser(routes: Record<string, string>): Promise<GrantedBrowser> {
  const server = await servePages();
  for (const [path, html] of Object.entries(routes)) server.route(path, html);
  try {
    const session = await launchWithExtension({ grantHosts: [LOOPBACK_PATTERN] });
    await offline(session.context);
    return { server, session, control: await controlPage(session) };
  } catch (error) {
    await server.close();
    throw error;
  }
}
