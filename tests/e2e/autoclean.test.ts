import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshot, type ExtensionSession, type PageServer } from './harness';
import { openGrantedBrowser, openView, tabIdOf } from './support';

// Auto-clean in Debian's Chromium: the site is added with the popup's own button (utils/autoclean asks for the
// origin's permission and registers the content script), then the page is loaded again without any click: its ad
// blocks, including one added a second after load, are hidden by a stylesheet, the story stays, the badge counts
// them, and "show original" brings them back. A page on the same site that is not news is left alone.
//
// Granting: a headless browser cannot answer a permission prompt, so the test loads a copy of the build whose
// manifest already holds http://127.0.0.1/* (harness grantHosts). permissions.request() then resolves at once and
// everything after it — settings, scripting.registerContentScripts, the registered script running on load — is the
// extension's real code path.

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NEWS_PATH = '/2024/05/01/city-council-approves-tram-line.html';
/** Ad blocks on the fixture page, by selector, counted once each (the top wrapper holds its label and slot). */
const AD_BLOCKS = ['#top-ad', 'ins.adsbygoogle', '#inline-ad-2', '.sidebar .advertisement-label'];
const LATE_AD = '#late-ad';
/** How long a batch may take after the late ad arrives (rAF, a selector round trip to the background). */
const SETTLE_MS = 1_500;

const run = browserAvailable('auto-clean in Chromium');

async function display(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => getComputedStyle(el).display);
}

describe.skipIf(!run)('auto-clean on a granted news site', () => {
  let session: ExtensionSession;
  let server: PageServer;
  let control: Page;

  const badge = (tabId: number) => control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const registrations = () =>
    control.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches ?? [] })));

  beforeAll(async () => {
    ({ server, session, control } = await openGrantedBrowser({
      [NEWS_PATH]: readFileSync(join(FIXTURES, 'ad-news.html'), 'utf8'),
      '/world': readFileSync(join(FIXTURES, 'listing.html'), 'utf8'),
    }));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('adds the site from the popup, hides ads (late ones too) on load, counts them, and "show original" restores', async () => {
    const news = await session.context.newPage();
    const url = `${server.origin}${NEWS_PATH}`;
    await news.goto(url);
    const tabId = await tabIdOf(control, url);
    // Before: nothing registered, nothing hidden.
    expect(await registrations()).toEqual([]);
    expect(await display(news, '#top-ad')).not.toBe('none');

    const { page: popup, state } = await openView(session, tabId);
    expect(state).toBe('ready');
    const toggle = popup.locator('.bs-site-toggle button');
    await expect.poll(() => toggle.textContent()).toBe('Auto-clean this site');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const registered = await registrations();
    expect(registered).toHaveLength(1);
    expect(registered[0]!.matches.join()).toContain('127.0.0.1');
    await popup.close();

    // Without a click: load the page again; the registered script cleans it.
    await news.reload();
    await news.waitForFunction(() => document.documentElement.dataset.lateAd === 'inserted', null, { timeout: 10_000 });
    await news.waitForTimeout(SETTLE_MS);
    for (const selector of [...AD_BLOCKS, LATE_AD]) expect([selector, await display(news, selector)]).toEqual([selector, 'none']);
    // The story stays, laid out as before.
    expect(await display(news, '#story')).toBe('block');
    const storyHeight = await news.$eval('#story-body', (el) => el.getBoundingClientRect().height);
    expect(storyHeight).toBeGreaterThan(200);
    expect(await news.$eval('#story-body p', (p) => getComputedStyle(p).display)).toBe('block');
    // Nodes are hidden, not removed: the page's own scripts still find them.
    expect(await news.$$eval('.ad-slot', (els) => els.length)).toBe(2);
    expect(await badge(tabId)).toBe(String(AD_BLOCKS.length + 1));
    await screenshot(news, 'autoclean-cleaned');

    // "Show original" from the popup, and back.
    const again = await openView(session, tabId);
    const live = again.page.locator('.bs-live');
    await expect.poll(() => live.textContent()).toContain(`Show original (${AD_BLOCKS.length + 1} hidden)`);
    await live.click();
    await expect.poll(() => live.getAttribute('aria-pressed')).toBe('true');
    for (const selector of [...AD_BLOCKS, LATE_AD]) expect(await display(news, selector)).not.toBe('none');
    await expect.poll(() => badge(tabId)).toBe('');
    await screenshot(news, 'autoclean-original');
    await live.click();
    await expect.poll(() => live.getAttribute('aria-pressed')).toBe('false');
    expect(await display(news, '#top-ad')).toBe('none');
    await expect.poll(() => badge(tabId)).toBe(String(AD_BLOCKS.length + 1));
    await again.page.close();
  });

  it("also hides the user's own selectors for the site (options: extra selectors to hide)", async () => {
    await control.evaluate(async (origin) => {
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings: Record<string, unknown> };
      await chrome.storage.sync.set({ settings: { ...settings, hideSelectors: { [origin]: ['.masthead nav'] } } });
    }, server.origin);
    const news = await session.context.newPage();
    await news.goto(`${server.origin}${NEWS_PATH}`);
    await news.waitForTimeout(SETTLE_MS);
    expect(await display(news, '.masthead nav')).toBe('none');
    expect(await display(news, '.masthead')).toBe('block');
    expect(await display(news, '#top-ad')).toBe('none');
    await news.close();
  });

  it('leaves a page of the same site that is not news alone', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/world`);
    await page.waitForTimeout(SETTLE_MS);
    expect(await display(page, '#listing-ad')).not.toBe('none');
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  });

  it('removing the site from the popup unregisters the script', async () => {
    const news = await session.context.newPage();
    const url = `${server.origin}${NEWS_PATH}`;
    await news.goto(url);
    const tabId = await tabIdOf(control, url);
    const { page: popup } = await openView(session, tabId);
    const toggle = popup.locator('.bs-site-toggle button');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await registrations()).toEqual([]);
  });
});
