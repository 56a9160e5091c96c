import { browser } from 'wxt/browser';
import { parseContentRequest, type ContentRequest } from '../messages';
import type { ContentEnv } from './content-env';

// Plumbing shared by the two content scripts (on-demand extraction and registered auto-clean). Both run in this
// extension's isolated world of the page, which the page can neither see nor write: they find each other there.

/** Marks in the isolated world's global object: one copy of each script per page, however often injected. */
export const EXTRACT_SCRIPT_MARK = Symbol.for('broadsheet.extract');
export const AUTOCLEAN_SCRIPT_MARK = Symbol.for('broadsheet.autoclean');

/** Where the auto-clean script leaves its controller for the extraction script's "ping" (is auto-clean active?). */
const LIVE_CONTROLLER_KEY = Symbol.for('broadsheet.live-controller');

type World = typeof globalThis & { [key: symbol]: unknown };
const world = () => globalThis as World;

/** The page this content script runs in, and the way to the background, as both controllers take them. */
export function tabEnv(): ContentEnv {
  return {
    doc: document,
    url: () => location.href,
    send: (message) => browser.runtime.sendMessage(message),
  };
}

/** True the first time a script claims its mark in this page; false when a copy of it already runs here. */
export function claimOnce(mark: symbol): boolean {
  if (world()[mark]) return false;
  world()[mark] = true;
  return true;
}

export interface LiveHandle {
  readonly cleaner: unknown;
}

export function publishLive(controller: LiveHandle): void {
  world()[LIVE_CONTROLLER_KEY] = controller;
}

/** Auto-clean hides ads in this page now (the auto-clean script is here and found a news page on an enabled site). */
export function liveActive(): boolean {
  const controller = world()[LIVE_CONTROLLER_KEY] as LiveHandle | undefined;
  return Boolean(controller?.cleaner);
}

/**
 * Answers this extension's messages to the tab with `handle`. A request `handle` returns null for belongs to the
 * other content script: no answer from here, so its answer is the one the sender gets.
 */
export function listenForRequests(handle: (request: ContentRequest) => Promise<unknown> | null): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    // Only this extension's pages and worker talk to us; anything malformed gets a refusal, not a crash.
    if (sender.id !== browser.runtime.id) return false;
    const request = parseContentRequest(raw);
    if (!request) {
      sendResponse({ type: 'rejected' });
      return false;
    }
    const reply = handle(request);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) =>
      sendResponse({ type: 'extract-error', message: String((error as Error)?.message ?? error).slice(0, 500) }),
    );
    return true; // the answer comes asynchronously
  });
}
