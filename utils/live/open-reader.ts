// Opening the clean view of a tab in a full tab of its own (the reader page), from the popup's button, the keyboard
// command and the context menu. The reader page reads the tab itself, with the activeTab grant those gestures give.

/** The keyboard command (Alt+Shift+R, declared in wxt.config.ts) that opens the clean view in a tab. */
export const OPEN_READER_COMMAND = 'open-reader';

/** The page context-menu entry that does the same. */
export const OPEN_READER_MENU_ID = 'broadsheet-open-reader';

/** The reader page, relative to the extension's root. */
export const READER_PAGE = '/reader.html';

export interface TabLike {
  id?: number;
  index?: number;
}

export interface ReaderTabsApi {
  query(filter: { active: true; currentWindow: true }): Promise<TabLike[]>;
  create(props: { url: string; index?: number; openerTabId?: number }): Promise<unknown>;
}

/** The reader page's URL for a tab, given the extension's getURL. */
export function readerUrl(getURL: (path: string) => string, tabId: number): string {
  return getURL(`${READER_PAGE}?tabId=${tabId}`);
}

/**
 * Opens the reader page for `tab` (or the active tab when the event gave none, as some keyboard-command paths do),
 * right after it and owned by it, so closing the reader returns to the page. Returns the tab id read, or null.
 */
export async function openReaderFor(tab: TabLike | undefined, tabs: ReaderTabsApi, getURL: (path: string) => string): Promise<number | null> {
  const target = tab?.id !== undefined ? tab : (await tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined || target.id < 0) return null;
  await tabs.create({
    url: readerUrl(getURL, target.id),
    ...(target.index !== undefined ? { index: target.index + 1 } : {}),
    openerTabId: target.id,
  });
  return target.id;
}
