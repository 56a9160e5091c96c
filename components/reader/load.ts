import { browser } from 'wxt/browser';
import type { Article, Detection, NoArticleReason, PipelineResult } from '@/utils/article';
import { CONTENT_SCRIPT_FILE } from '@/utils/autoclean/constants';
import { finishPreparedPage } from '@/utils/finish';
import { withTimeout } from '@/utils/timeout';
import {
  parseExtractReply,
  parseLiveStatus,
  parsePong,
  type ContentRequest,
  type LiveStatus,
} from '@/utils/messages';
import { restrictionFromError, whyRestricted, type Restriction } from './restricted';

// Getting the article of a tab into a view: make sure our content script is in the page (inject it on demand with
// the activeTab grant), ask it to read the page now, and check every answer before believing it.

export type ViewState =
  | { kind: 'loading' }
  | { kind: 'restricted'; restriction: Restriction }
  | { kind: 'no-article'; reason: NoArticleReason; message: string; detection: Detection }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; article: Article; live: LiveStatus | null };

/** The tab a view reads: `?tabId=N` when given (reader page, tests), else the active tab of the current window. */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    return Number.isSafeInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function send(tabId: number, message: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/** Injects the content script unless it already answers (injecting twice would start a second copy). */
async function ensureContentScript(tabId: number): Promise<Restriction | null> {
  const pong = parsePong(await send(tabId, { type: 'ping' }).catch(() => null));
  if (pong) return null;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [`/${CONTENT_SCRIPT_FILE}` as const] });
  return null;
}

function errorText(error: unknown): string {
  return String((error as Error)?.message ?? error);
}

/**
 * How long the page may take to answer. Preparing even a page at the size limit takes a few seconds; a page whose
 * own script keeps the tab busy (content scripts share its thread) would otherwise leave the view loading forever.
 */
const EXTRACT_TIMEOUT_MS = 30_000;

const NO_GRANT =
  'Broadsheet can read this page after you click its toolbar button (or use Alt+Shift+R) while the page is open.';

/** Reads the tab's article. `force` extracts even when the detector says the page is not an article. */
export async function loadFromTab(tabId: number, force = false): Promise<ViewState> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { kind: 'error', message: 'That tab is no longer open.' };
  }
  const fileAccess = url?.startsWith('file:') ? await browser.extension.isAllowedFileSchemeAccess() : false;
  const restriction = whyRestricted(url, fileAccess);
  if (restriction) return { kind: 'restricted', restriction };

  try {
    await ensureContentScript(tabId);
  } catch (error) {
    const text = errorText(error);
    const known = restrictionFromError(text);
    if (known) return { kind: 'restricted', restriction: known };
    if (/permission|cannot access/i.test(text)) return { kind: 'error', message: NO_GRANT };
    return { kind: 'error', message: `Broadsheet could not read this page: ${text}` };
  }

  let raw: unknown;
  try {
    raw = await withTimeout(send(tabId, { type: 'extract', force }), EXTRACT_TIMEOUT_MS, `no answer within ${EXTRACT_TIMEOUT_MS / 1000} s (the page may be busy)`);
  } catch (error) {
    return { kind: 'error', message: `The page did not answer: ${errorText(error)}` };
  }
  const reply = parseExtractReply(raw);
  if (!reply) return { kind: 'error', message: 'The page sent an answer Broadsheet does not accept (malformed or too large).' };
  if (reply.type === 'extract-error') return { kind: 'error', message: `Reading the page failed: ${reply.message}` };
  const { detection, page } = reply.result;
  let result: PipelineResult;
  if (page) {
    try {
      // Readability and post-clean run here, on an inert copy of the cleaned page: the page script stays small.
      result = finishPreparedPage(page, detection, new DOMParser());
    } catch (error) {
      return { kind: 'error', message: `Reading the page failed: ${errorText(error).slice(0, 500)}` };
    }
  } else {
    result = { ...reply.result, article: null };
  }
  if (!result.article) {
    return {
      kind: 'no-article',
      reason: result.reason ?? 'no-content',
      message: result.message ?? 'No article was found on this page.',
      detection: result.detection,
    };
  }
  const live = parseLiveStatus(await send(tabId, { type: 'live-status' }).catch(() => null));
  return { kind: 'ready', article: result.article, live: live?.active ? live : null };
}

/** "Show original" / "clean again" on an auto-cleaned page. */
export async function setShowOriginal(tabId: number, showOriginal: boolean): Promise<LiveStatus | null> {
  return parseLiveStatus(await send(tabId, { type: 'live-show-original', showOriginal }).catch(() => null));
}
