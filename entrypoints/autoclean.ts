import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createLiveController } from '@/utils/live/live-controller';
import { AUTOCLEAN_SCRIPT_MARK, claimOnce, listenForRequests, publishLive, tabEnv } from '@/utils/live/world';

// The auto-clean content script: registered by utils/autoclean (scripting.registerContentScripts) on the sites the
// user granted, run on every page load there. It hides ads in the live page and answers "live-status" / "show
// original"; it holds no extraction pipeline, so it stays small. The popup injects the extraction script
// (entrypoints/extract.ts) beside it when the user opens the clean view.
// An unlisted script, not a WXT content script: nothing in the manifest, and no WXT content-script context.

export default defineUnlistedScript(() => {
  if (!claimOnce(AUTOCLEAN_SCRIPT_MARK)) return;
  const controller = createLiveController(tabEnv());
  publishLive(controller);
  listenForRequests((request) => controller.handle(request));
  void controller.startAutoClean().catch(() => undefined);
});
