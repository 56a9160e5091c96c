import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createContentController } from '@/utils/live/content-controller';
import { parseContentRequest } from '@/utils/messages';

// Injected on demand by the popup / reader page (activeTab + scripting), and registered by utils/autoclean on the
// sites the user granted. Not in the manifest: `registration: 'runtime'` with no matches asks for no host permission.

/** Set in this extension's isolated world (the page cannot see or set it): one controller per page, however often injected. */
const INSTALLED = Symbol.for('broadsheet.content');

export default defineContentScript({
  registration: 'runtime',
  // WXT would otherwise window.postMessage into the page on start; the page has no business hearing from us.
  noScriptStartedPostMessage: true,
  main() {
    const world = globalThis as typeof globalThis & { [INSTALLED]?: true };
    if (world[INSTALLED]) return;
    world[INSTALLED] = true;

    const controller = createContentController({
      doc: document,
      url: () => location.href,
      send: (message) => browser.runtime.sendMessage(message),
    });

    browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
      // Only this extension's pages and worker talk to us; anything malformed gets a refusal, not a crash.
      if (sender.id !== browser.runtime.id) return false;
      const request = parseContentRequest(raw);
      if (!request) {
        sendResponse({ type: 'rejected' });
        return false;
      }
      controller.handle(request).then(sendResponse, (error: unknown) =>
        sendResponse({ type: 'extract-error', message: String((error as Error)?.message ?? error).slice(0, 500) }),
      );
      return true; // the answer comes asynchronously
    });

    void controller.startAutoClean().catch(() => undefined);
  },
});
