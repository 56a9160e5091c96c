import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, launchWithExtension, ROOT, servePages, type ExtensionSession, type PageServer } from './harness';
import { controlPage, LOOPBACK_PATTERN, offline, openView, tabIdOf } from './support';

// Messages across the extension's boundaries, in the real browser: whatever a content script sends (unknown type,
// wrong shape, oversize, "change the settings"), the background refuses it and keeps working, and the settings do
// not change; whatever a content script answers the popup, the popup shows a clear state instead of crashing.
// The "content script" here is code run in the extension's isolated world of the page with scripting.executeScript,
// which is exactly where a compromised or confused content script would run.

const NEWS_PATH = '/20161015/new-talks-in-lausanne-to-break-syria-deadlock';
const SEED_HTML = readFileSync(join(ROOT, 'tests/fixtures/seed-page.html'), 'utf8');

const run = browserAvailable('message validation in Chromium');

describe.skipIf(!run)('message boundaries', () => {
  let session: ExtensionSession;
  let server: PageServer;
  let control: Page;
  let tabId: number;

  /** Runs `messages` through chrome.runtime.sendMessage from the page's isolated world; returns each reply. */
  const sendFromContent = (messages: unknown[]) =>
    control.evaluate(
      async ({ id, list }) => {
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: id },
          world: 'ISOLATED',
          args: [list],
          func: async (items: unknown[]) => {
            const replies: unknown[] = [];
            for (const item of items) {
              try {
                replies.push(await chrome.runtime.sendMessage(item));
              } catch (error) {
                replies.push({ thrown: String(error) });
              }
            }
            return replies;
          },
        });
        return result?.result as unknown[];
      },
      { id: tabId, list: messages },
    );

  const storedSettings = () => control.evaluate(() => chrome.storage.sync.get(null));

  beforeAll(async () => {
    server = await servePages();
    server.route(NEWS_PATH, SEED_HTML);
    session = await launchWithExtension({ grantHosts: [LOOPBACK_PATTERN] });
    await offline(session.context);
    control = await controlPage(session);
    const page = await session.context.newPage();
    await page.goto(`${server.origin}${NEWS_PATH}`);
    tabId = await tabIdOf(control, `${server.origin}${NEWS_PATH}`);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the background refuses bad messages, stays up, and no message changes the settings', async () => {
    await control.evaluate(() => chrome.storage.sync.set({ settings: { autoClean: 'off', sites: [], theme: 'sepia' } }));
    const before = await storedSettings();
    const replies = await sendFromContent([
      { type: 'no-such-type' },
      { type: 'ad-selectors', survey: 'not a survey' },
      { type: 'ad-selectors', survey: { classes: ['x'.repeat(7_000_000)], ids: [], hrefs: [] } },
      { type: 'live-count', hidden: -5 },
      { type: 'settings', settings: { autoClean: 'all-news', sites: ['https://evil.example'], theme: 'dark' } },
      { type: 'set-settings', patch: { theme: 'dark' } },
      { type: 'autoclean-query', enable: true },
      ['ad-selectors'],
      'extract',
      null,
    ]);
    for (const reply of replies) expect(reply).toEqual({ type: 'rejected' });
    // Still answering well-formed requests.
    const [selectors, autoclean] = (await sendFromContent([
      { type: 'ad-selectors', survey: { classes: ['ad-container'], ids: [], hrefs: [] } },
      { type: 'autoclean-query' },
    ])) as [{ type: string; selectors: string[] }, unknown];
    expect(selectors.type).toBe('selectors');
    expect(selectors.selectors.length).toBeGreaterThan(0);
    expect(autoclean).toEqual({ type: 'autoclean', enabled: false });
    expect(await storedSettings()).toEqual(before);
    expect(await control.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
  });

  it('the page itself cannot reach the extension at all', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}${NEWS_PATH}`);
    expect(await page.evaluate(() => typeof (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
  });

  /** Puts a fake content script in a fresh tab that answers ping and then `extractReply` to everything else. */
  async function tabWithLyingContentScript(extractReply: unknown): Promise<number> {
    const page = await session.context.newPage();
    const url = `${server.origin}${NEWS_PATH}?lie=${Math.random()}`;
    await page.goto(url);
    const id = await tabIdOf(control, url);
    await control.evaluate(
      async ({ target, reply }) => {
        await chrome.scripting.executeScript({
          target: { tabId: target },
          world: 'ISOLATED',
          args: [reply],
          func: (answer: unknown) => {
            chrome.runtime.onMessage.addListener((message: { type?: string }, _sender, respond) => {
              respond(message?.type === 'ping' ? { type: 'pong', live: false } : answer);
            });
          },
        });
      },
      { target: id, reply: extractReply },
    );
    return id;
  }

  it.each([
    ['garbage', { type: 'prepared', result: 'lol' }],
    ['the old shape of the reply (a finished article)', { type: 'extracted', result: { detection: { kind: 'news', score: 1, signals: [] }, article: { title: 'x', html: '<p>x</p>' }, reason: null, message: null } }],
    ['a page with markup where text belongs', { type: 'prepared', result: { detection: { kind: 'news', score: 1, signals: [] }, page: { facts: { title: { html: '<b>x</b>' } } }, reason: null, message: null } }],
    ['an oversize page', { type: 'prepared', result: { detection: { kind: 'news', score: 1, signals: [] }, page: { html: 'x'.repeat(6_000_000) }, reason: null, message: null } }],
    ['null', null],
  ])('the popup shows an error state when the page answers %s', async (_what, reply) => {
    const id = await tabWithLyingContentScript(reply);
    const { page, state } = await openView(session, id);
    expect(state).toBe('error');
    expect(await page.textContent('.bs-state h1')).toBe('Something went wrong');
    expect(await page.$('.bs-article')).toBeNull();
    await page.close();
  });
});
