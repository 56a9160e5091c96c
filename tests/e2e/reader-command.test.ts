import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { OPEN_READER_COMMAND, OPEN_READER_MENU_ID } from '../../utils/live/open-reader';
import { browserAvailable, ROOT, type ExtensionSession, type PageServer } from './harness';
import { openGrantedBrowser, tabIdOf } from './support';

// The keyboard command (Alt+Shift+R) and the page context-menu entry in Debian's Chromium. Headless Chromium has no
// toolbar or menu to press, so the test fires the browser's own events in the extension's service worker
// (chrome.commands.onCommand / chrome.contextMenus.onClicked .dispatch): the background's real listeners run, open
// the real reader page in a real tab, and that page reads the article from the tab.
//
// Granting: activeTab comes only from a real user gesture, so the build copy holds http://127.0.0.1/* (harness
// grantHosts), as in the other browser tests; the reader page then injects the extraction script as after a click.

const SEED_PATH = '/20161015/new-talks-in-lausanne-to-break-syria-deadlock';
const SEED_HTML = readFileSync(join(ROOT, 'tests/fixtures/seed-page.html'), 'utf8');
const SEED_TITLE = 'New talks in Lausanne to break Syria deadlock';
/** Long enough for a wrongly opened tab to show up after a dispatch that should open none. */
const NOTHING_OPENS_MS = 1_000;

/** Chromium's extension events can be fired from the extension's own code (not in @types: not a public API). */
interface Dispatchable {
  dispatch(...args: unknown[]): void;
}

const run = browserAvailable('keyboard command and context menu in Chromium');

describe.skipIf(!run)('keyboard command and context menu open the reader page', () => {
  let session: ExtensionSession;
  let server: PageServer;
  let control: Page;

  /** The extension's service worker, woken by the control page when the browser had put it to sleep. */
  async function worker(): Promise<Worker> {
    const [current] = session.context.serviceWorkers();
    if (current) return current;
    const woken = session.context.waitForEvent('serviceworker', { timeout: 30_000 });
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }).catch(() => undefined));
    return woken;
  }

  async function newsTab(): Promise<{ page: Page; tabId: number; index: number }> {
    const page = await session.context.newPage();
    const url = `${server.origin}${SEED_PATH}?n=${Math.random().toString(36).slice(2)}`;
    await page.goto(url);
    const tabId = await tabIdOf(control, url);
    const index = await control.evaluate(async (id) => (await chrome.tabs.get(id)).index, tabId);
    return { page, tabId, index };
  }

  /** The reader tab `fire` opens, with the article it shows once it settles. */
  async function readerOpenedBy(fire: () => Promise<unknown>): Promise<Page> {
    const [reader] = await Promise.all([session.context.waitForEvent('page', { timeout: 30_000 }), fire()]);
    await reader.waitForFunction(() => ['ready', 'no-article', 'restricted', 'error'].includes(document.documentElement.dataset.state ?? ''), null, {
      timeout: 30_000,
    });
    return reader;
  }

  async function expectReaderFor(reader: Page, tabId: number, index: number): Promise<void> {
    expect(reader.url()).toBe(`chrome-extension://${session.extensionId}/reader.html?tabId=${tabId}`);
    expect(await reader.evaluate(() => document.documentElement.dataset.state)).toBe('ready');
    expect(await reader.textContent('.bs-title')).toBe(SEED_TITLE);
    // Right after the page it reads, and owned by it (closing the reader returns to the page).
    const opened = await control.evaluate(async (url) => (await chrome.tabs.query({ url })).map((t) => ({ index: t.index, opener: t.openerTabId })), reader.url());
    expect(opened).toEqual([{ index: index + 1, opener: tabId }]);
  }

  beforeAll(async () => {
    ({ server, session, control } = await openGrantedBrowser({ [SEED_PATH]: SEED_HTML }));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the browser knows the command the manifest declares with Alt+Shift+R', async () => {
    const manifest = await control.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.commands?.[OPEN_READER_COMMAND]?.suggested_key).toEqual({ default: 'Alt+Shift+R' });
    const commands = await control.evaluate(() => chrome.commands.getAll());
    const command = commands.find((c) => c.name === OPEN_READER_COMMAND);
    expect(command?.description).toBe(manifest.commands?.[OPEN_READER_COMMAND]?.description);
    // Chromium leaves a suggested key unassigned ('') for an extension loaded from the command line; a store
    // install gets it unless another extension holds it. Either way it is never some other key.
    expect(['Alt+Shift+R', '']).toContain(command?.shortcut);
  });

  it('the keyboard command opens the reader page for the tab it was pressed in', async () => {
    const { tabId, index } = await newsTab();
    const sw = await worker();
    const reader = await readerOpenedBy(() =>
      sw.evaluate(
        async ([command, id]) => (chrome.commands.onCommand as unknown as Dispatchable).dispatch(command, await chrome.tabs.get(id)),
        [OPEN_READER_COMMAND, tabId] as const,
      ),
    );
    await expectReaderFor(reader, tabId, index);
    await reader.close();
  });

  it('the context-menu entry opens the reader page for the page it was clicked on', async () => {
    const { tabId, index } = await newsTab();
    const sw = await worker();
    const reader = await readerOpenedBy(() =>
      sw.evaluate(
        async ([menuItemId, id]) => {
          const tab = await chrome.tabs.get(id);
          (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch({ menuItemId, editable: false, pageUrl: tab.url }, tab);
        },
        [OPEN_READER_MENU_ID, tabId] as const,
      ),
    );
    await expectReaderFor(reader, tabId, index);
    await reader.close();
  });

  it('other commands and menu entries open nothing', async () => {
    const { tabId } = await newsTab();
    const sw = await worker();
    const opened: string[] = [];
    session.context.on('page', (p) => opened.push(p.url()));
    await sw.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      (chrome.commands.onCommand as unknown as Dispatchable).dispatch('some-other-command', tab);
      (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch({ menuItemId: 'some-other-entry', editable: false, pageUrl: tab.url }, tab);
    }, tabId);
    await control.waitForTimeout(NOTHING_OPENS_MS);
    expect(opened).toEqual([]);
  });
});
