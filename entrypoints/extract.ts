import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createContentController } from '@/utils/live/content-controller';
import { claimOnce, EXTRACT_SCRIPT_MARK, listenForRequests, liveActive, tabEnv } from '@/utils/live/world';

// The extraction content script: injected on demand by the popup / reader page (activeTab + scripting) into every
// page they read, auto-cleaned or not. Runs the page's half of the pipeline (utils/prepare.ts) on a clone of the page
// and answers "ping" and "extract"; the view finishes the Article (utils/finish.ts).
// An unlisted script, not a WXT content script: nothing in the manifest (no host permission asked), and no WXT
// content-script context (about 1 KB gzipped that this script has no use for; it keeps no state to tear down).

export default defineUnlistedScript(() => {
  if (!claimOnce(EXTRACT_SCRIPT_MARK)) return;
  const controller = createContentController({ ...tabEnv(), live: liveActive });
  listenForRequests((request) => controller.handle(request));
});
