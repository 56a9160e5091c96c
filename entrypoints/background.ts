import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isAutoCleaned, originOf, startAutoCleanSync } from '@/utils/autoclean';
import { BADGE_COLOR, badgeText } from '@/utils/live/badge';
import { createSelectorService, userSelectorsFor } from '@/utils/live/engine-host';
import { OPEN_READER_COMMAND, OPEN_READER_MENU_ID, openReaderFor } from '@/utils/live/open-reader';
import { isContentScriptSender, LIMITS, parseBackgroundRequest, type BackgroundRequest, type SenderInfo } from '@/utils/messages';
import { readSettings } from '@/utils/settings/store';

// The service worker: holds the ad-filter engine for content scripts, sets the badge, and opens the reader page from
// the keyboard command and the context menu. Settings are never written here, and no message can ask it to.

const selectors = createSelectorService();

function openReader(tab: Browser.tabs.Tab | undefined): void {
  void openReaderFor(tab, browser.tabs, (path) => browser.runtime.getURL(path as '/reader.html'));
}

/** The page's site is auto-cleaned now (mode, site list and granted permission: utils/autoclean decides). */
async function autoCleanEnabledFor(url: string): Promise<boolean> {
  const origin = originOf(url);
  if (!origin) return false;
  const { settings } = await readSettings();
  return isAutoCleaned(origin, settings);
}

async function answer(request: BackgroundRequest, sender: SenderInfo & { tab: { id: number }; url: string }): Promise<unknown> {
  switch (request.type) {
    case 'ad-selectors': {
      const [fromFilters, { settings }] = await Promise.all([selectors.selectorsFor(request.survey, sender.url), readSettings()]);
      const own = userSelectorsFor(settings.hideSelectors, sender.url);
      return { type: 'selectors', selectors: [...new Set([...own, ...fromFilters])].slice(0, LIMITS.selectors) };
    }
    case 'autoclean-query':
      return { type: 'autoclean', enabled: await autoCleanEnabledFor(sender.url) };
    case 'live-count': {
      const { settings } = await readSettings();
      const tabId = sender.tab.id;
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
      await browser.action.setBadgeText({ tabId, text: badgeText(request.hidden, settings.badgeCount) });
      return { type: 'ok' };
    }
  }
}

export default defineBackground(() => {
  // Registrations follow the settings and the permissions granted (utils/autoclean owns the rules).
  startAutoCleanSync();

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    // Only content scripts send to the background; our own pages talk to tabs directly.
    if (!isContentScriptSender(sender, browser.runtime.id)) return false;
    const request = parseBackgroundRequest(raw);
    if (!request) {
      sendResponse({ type: 'rejected' });
      return false;
    }
    answer(request, sender).then(sendResponse, (error: unknown) => {
      console.error('Broadsheet: request failed', request.type, error);
      sendResponse({ type: 'rejected' });
    });
    return true;
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: OPEN_READER_MENU_ID, title: 'Open in Broadsheet reader', contexts: ['page'] }, () => {
      void browser.runtime.lastError; // already there after an update: nothing to do
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === OPEN_READER_MENU_ID) openReader(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_READER_COMMAND) openReader(tab);
  });
});
