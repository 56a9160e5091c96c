import { surveyPage } from '../ads/survey';
import { fitPrepared, type ContentRequest, type ExtractReply, type PongReply } from '../messages';
import { admitPage, harvestPage, stripPage, toPreparedResult, type Preparation } from '../prepare';
import { selectorsFromBackground, type ContentEnv } from './content-env';

// What the on-demand extraction script does, apart from the browser plumbing (kept injectable so tests run it in
// jsdom): answer the popup's and reader's requests by running the page's half of the pipeline on the live page
// now (prepare.ts); the view finishes the Article (finish.ts), so Readability never loads into the page.
// Auto-clean is a separate, much smaller script (live-controller.ts): a page that is only auto-cleaned never loads
// the pipeline, and this script never loads the live cleaner.

export interface ExtractEnv extends ContentEnv {
  /** Whether auto-clean runs in this page (the auto-clean script, when registered here, says so); false if absent. */
  live?(): boolean;
}

export interface ContentController {
  /** The reply to a request this script serves ('ping', 'extract'), or null for one it leaves to the other script. */
  handle(request: ContentRequest): Promise<PongReply | ExtractReply> | null;
  /** Prepares the page as it is now. */
  extract(force: boolean): Promise<ExtractReply>;
}

function prepared(preparation: Preparation, url: string): ExtractReply {
  return { type: 'prepared', result: fitPrepared(toPreparedResult(preparation, url)) };
}

export function createContentController(env: ExtractEnv): ContentController {
  const extract = async (force: boolean): Promise<ExtractReply> => {
    // Every request reads the page as it is now: no cache, so a pushState to another story shows that story.
    try {
      const url = env.url();
      const admission = admitPage(env.doc, url, { force });
      // A page that is not an article is answered at once: no survey of it goes to the background.
      if (!admission.ok) return prepared(admission, url);
      const harvested = harvestPage(env.doc, url, { force }, admission);
      if (!harvested.ok) return prepared(harvested, url);
      let adSelectors: string[] = [];
      try {
        // The survey is of the copy narrowed to the story: only its classes and ids go to the background.
        adSelectors = await selectorsFromBackground(env.send, surveyPage(harvested.doc));
      } catch {
        // Without the engine the pipeline still strips ad labels and Readability still finds the story.
      }
      return prepared(stripPage(harvested, adSelectors), url);
    } catch (error) {
      return { type: 'extract-error', message: String((error as Error)?.message ?? error).slice(0, 500) };
    }
  };

  return {
    extract,
    handle(request) {
      switch (request.type) {
        case 'ping':
          return Promise.resolve({ type: 'pong', live: env.live?.() ?? false });
        case 'extract':
          return extract(request.force);
        default:
          return null;
      }
    },
  };
}
