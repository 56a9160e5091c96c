import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser as ExtensionApi } from 'wxt/browser';
import { browserAvailable, launchWithExtension, screenshot, servePages, type ExtensionSession, type PageServer } from './harness';
import { LOOPBACK_PATTERN } from './support';
import { AUTOCLEAN_SCRIPT_FILE } from '../../utils/autoclean/constants';

// The options page in Debian's Chromium: every setting changed through the page (mouse and keyboard), kept across a
// reload, the auto-clean site registered and unregistered, a corrupted stored value repaired field by field,
// export then import, a malformed import refused. Screenshots go to test-output/options*.png.
//
// Granting: a headless browser cannot answer a permission prompt, so adding a site runs against a copy of the build
// whose manifest holds http://127.0.0.1/* (harness grantHosts); permissions.request() resolves at once and the rest
// (settings, scripting.registerContentScripts) is the extension's real path.

const run = browserAvailable('options page in Chromium');

/** `chrome` as the page's code below sees it (the functions passed to page.evaluate run in the extension page). */
declare const chrome: typeof ExtensionApi;

/** The stored item, read from the page itself. */
async function storedSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>);
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#save-status')?.getAttribute('data-state') === 'saved', null, { timeout: 15_000 });
}

async function registrations(page: Page): Promise<{ id: string; matches: string[]; js: string[]; persist: boolean }[]> {
  return page.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({
      id: s.id,
      matches: s.matches ?? [],
      js: s.js ?? [],
      persist: s.persistAcrossSessions ?? false,
    })),
  );
}

describe.skipIf(!run)('options page', () => {
  let session: ExtensionSession;
  let server: PageServer;
  let page: Page;
  let optionsUrl: string;
  let site: string;

  beforeAll(async () => {
    server = await servePages();
    site = server.origin; // http://127.0.0.1:<port>
    session = await launchWithExtension({ grantHosts: [LOOPBACK_PATTERN] });
    optionsUrl = `chrome-extension://${session.extensionId}/options.html`;
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(optionsUrl);
    await page.getByRole('heading', { name: 'Appearance' }).waitFor();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens with the defaults', async () => {
    expect(await page.getByRole('radio', { name: 'Follow the system' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Serif', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Off/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Text size').inputValue()).toBe('18');
    expect(await page.getByRole('checkbox', { name: 'Load images from the news site' }).isChecked()).toBe(true);
    expect(await page.getByText('No sites yet.').isVisible()).toBe(true);
  });

  it('changes every setting, and they persist across a reload', async () => {
    await page.getByRole('radio', { name: 'Sepia' }).check();
    await page.getByRole('radio', { name: 'Sans-serif' }).check();
    // Sliders by keyboard: 18 -> 21 px, 66 -> 70 ch, 1.6 -> 1.8.
    await page.getByLabel('Text size').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.getByLabel('Line length').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.getByLabel('Line spacing').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('radio', { name: 'Justified' }).check();
    for (const name of ['Photo credits', '“See Also” links under the article', 'Reading time', 'Load images from the news site']) {
      await page.getByRole('checkbox', { name }).uncheck();
    }
    await page.getByRole('checkbox', { name: 'Show the number of hidden ads on the toolbar button' }).uncheck();
    // The preview follows at once.
    const preview = page.locator('.bs-preview');
    expect(await preview.getAttribute('data-theme')).toBe('sepia');
    expect(await preview.evaluate((el) => getComputedStyle(el).fontSize)).toBe('21px');
    expect(await preview.getByText('Photo: Fabrice Coffrini/AFP').count()).toBe(0);

    // A site, typed by keyboard and added with Enter.
    await page.getByLabel('Add a news site').fill(`${site}/2024/05/01/story.html`);
    await page.getByLabel('Add a news site').press('Enter');
    await page.getByText(`${site} added.`).waitFor();
    expect(await page.getByRole('radio', { name: /On the sites listed below/ }).isChecked()).toBe(true);
    expect(await page.locator('.bs-site').textContent()).toContain('Active');

    // Extra selectors for that site, one with a typo first: refused with the line named, nothing saved.
    await page.getByLabel('Site', { exact: true }).fill(site);
    await page.getByLabel('Selectors', { exact: true }).fill('.newsletter-box\ndiv[');
    await page.getByRole('button', { name: 'Add rules' }).click();
    await page.getByText('Line 2 is not a CSS selector').waitFor();
    await page.getByLabel('Selectors', { exact: true }).fill('.newsletter-box\n#comments-teaser');
    await page.getByRole('button', { name: 'Add rules' }).click();
    await page.getByText(`Rules for ${site} saved.`).waitFor();

    await waitSaved(page);
    const expected = {
      theme: 'sepia',
      font: 'sans',
      fontSize: 21,
      lineWidth: 70,
      lineHeight: 1.8,
      textAlign: 'justify',
      showImages: true,
      showCaptions: true,
      showCredits: false,
      showSeeAlso: false,
      showReadingTime: false,
      remoteImages: false,
      badgeCount: false,
      autoClean: 'sites',
      sites: [site],
      hideSelectors: { [site]: ['.newsletter-box', '#comments-teaser'] },
    };
    expect(await storedSettings(page)).toEqual(expected);

    // The auto-clean script is registered for that origin, persistently, with the build's auto-clean script file.
    const registered = await registrations(page);
    expect(registered).toEqual([
      { id: `broadsheet-autoclean:${site}`, matches: [`${site}/*`], js: [AUTOCLEAN_SCRIPT_FILE], persist: true },
    ]);
    expect(readFileSync(new URL(`../../.output/chrome-mv3/${registered[0]!.js[0]}`, import.meta.url)).length).toBeGreaterThan(0);

    await page.reload();
    await page.getByRole('heading', { name: 'Appearance' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Sepia' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Sans-serif' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Text size').inputValue()).toBe('21');
    expect(await page.getByLabel('Line length').inputValue()).toBe('70');
    expect(await page.getByLabel('Line spacing').inputValue()).toBe('1.8');
    expect(await page.getByRole('radio', { name: 'Justified' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Photo credits' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Photo captions' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Load images from the news site' }).isChecked()).toBe(false);
    expect(await page.locator('.bs-site-origin').allTextContents()).toEqual([site]);
    expect(await page.getByLabel(`Selectors for ${site}`).inputValue()).toBe('.newsletter-box\n#comments-teaser');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    expect(await storedSettings(page)).toEqual(expected);
  });

  it('saves a screenshot of the page with settings in place', async () => {
    await page.getByRole('radio', { name: 'Follow the system' }).check();
    await page.getByRole('checkbox', { name: 'Load images from the news site' }).check();
    await page.getByRole('checkbox', { name: 'Photo credits' }).check();
    await page.getByRole('checkbox', { name: '“See Also” links under the article' }).check();
    await page.getByRole('checkbox', { name: 'Reading time' }).check();
    await waitSaved(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'options');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 23, 26)');
    await screenshot(page, 'options-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  });

  it('exports to a file and imports it back; a malformed file is refused and changes nothing', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^broadsheet-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported) as { format: string; settings: Record<string, unknown> };
    expect(file.format).toBe('broadsheet-settings');
    expect(file.settings).toEqual(await storedSettings(page));

    const before = await storedSettings(page);
    const input = page.getByLabel('Import settings from a file');
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"broadsheet-settings","version":2,"settings":{"fontSize":"huge"}}') });
    await page.locator('#backup-notice').getByText('Nothing was changed.').waitFor();
    expect(await page.locator('#backup-notice').textContent()).toContain('fontSize (wrong type or value)');
    expect(await page.locator('#backup-notice').getAttribute('role')).toBe('alert');
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
    await page.locator('#backup-notice').getByText('is not valid JSON').waitFor();
    expect(await storedSettings(page)).toEqual(before);

    // Change something, then import the export: back to what was exported.
    await page.getByRole('radio', { name: 'Dark' }).check();
    await waitSaved(page);
    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.locator('#backup-notice').getByText('Settings imported.').waitFor();
    await waitSaved(page);
    expect(await storedSettings(page)).toEqual(file.settings);
    expect(await page.getByRole('radio', { name: 'Follow the system' }).isChecked()).toBe(true);
  });

  it('a corrupted stored value: the page still opens, only the bad fields take their defaults', async () => {
    const good = await storedSettings(page);
    await page.evaluate(async (value) => {
      await chrome.storage.sync.set({ settings: { ...value, fontSize: 'enormous', theme: 42, sites: 'everything', showCaptions: 'no' } });
    }, good);
    await page.reload();
    await page.getByRole('heading', { name: 'Appearance' }).waitFor();
    const note = page.locator('#repaired-note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/site list.*theme.*text size.*captions/);
    // Defaults for the bad fields...
    expect(await page.getByLabel('Text size').inputValue()).toBe('18');
    expect(await page.getByRole('radio', { name: 'Follow the system' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Photo captions' }).isChecked()).toBe(true);
    expect(await page.getByText('No sites yet.').isVisible()).toBe(true);
    // ...and everything else as it was.
    expect(await page.getByRole('radio', { name: 'Sans-serif' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Line length').inputValue()).toBe(String(good.lineWidth));
    expect(await page.getByLabel('Line spacing').inputValue()).toBe(String(good.lineHeight));
    expect(await page.getByRole('radio', { name: 'Justified' }).isChecked()).toBe(true);
    expect(await page.getByLabel(`Selectors for ${site}`).inputValue()).toBe('.newsletter-box\n#comments-teaser');
    // Reading it never wrote it back: the stored value is as corrupted as before until the user changes something.
    expect((await storedSettings(page)).fontSize).toBe('enormous');
    await page.getByRole('radio', { name: 'Light' }).check();
    await waitSaved(page);
    const repaired = await storedSettings(page);
    expect(repaired).toMatchObject({ ...good, theme: 'light', fontSize: 18, sites: [], showCaptions: true });
  });

  it('removing a site unregisters its script', async () => {
    await page.evaluate(async (value) => {
      const current = (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>;
      await chrome.storage.sync.set({ settings: { ...current, sites: [value] } });
    }, site);
    await page.reload();
    await page.locator('.bs-site').waitFor();
    // The background follows the stored list by itself (startAutoCleanSync).
    await expect.poll(async () => (await registrations(page)).map((r) => r.id), { timeout: 10_000 }).toEqual([`broadsheet-autoclean:${site}`]);
    await page.getByRole('button', { name: `Remove ${site}` }).click();
    await page.getByText(`${site} removed.`).waitFor();
    expect(await registrations(page)).toEqual([]);
    expect((await storedSettings(page)).sites).toEqual([]);
  });
});

describe.skipIf(!run)("options page: 'every news page' mode", () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    // The broad permission granted at install stands for the user's "Allow" on the prompt (see the note above).
    session = await launchWithExtension({ grantHosts: ['http://*/*', 'https://*/*'] });
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Auto-clean' }).waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('registers one script for every http(s) page, and none once auto-clean is off again', async () => {
    await page.getByRole('radio', { name: /On every news page/ }).check();
    await page.getByText('Auto-clean: On every news page.').waitFor();
    await waitSaved(page);
    expect((await storedSettings(page)).autoClean).toBe('all-news');
    expect(await registrations(page)).toEqual([
      { id: 'broadsheet-autoclean:all-news', matches: ['http://*/*', 'https://*/*'], js: [AUTOCLEAN_SCRIPT_FILE], persist: true },
    ]);
    // Keyboard: arrow keys move through the radio group.
    await page.getByRole('radio', { name: /On every news page/ }).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.getByText('Auto-clean: Off.').waitFor();
    await waitSaved(page);
    expect((await storedSettings(page)).autoClean).toBe('off');
    expect(await registrations(page)).toEqual([]);
  });
});
