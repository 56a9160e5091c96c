import { isAdLabel } from '../ads/labels';
import { surveyPage } from '../ads/survey';
import { detectPage } from '../detect/detect';
import { parseAutocleanReply, type ContentRequest, type LiveStatus } from '../messages';
import { LiveCleaner } from './cleaner';
import { selectorsFromBackground, type ContentEnv } from './content-env';

// What the registered auto-clean script does, apart from the browser plumbing: ask the background whether this page
// is auto-cleaned, and if it is news, hide its ads in the live page; answer "live-status" and "show original".
// It never runs the extraction pipeline: the popup injects the extraction script (content-controller.ts) beside it.

export interface LiveController {
  /** The reply to a request this script serves ('live-status', 'live-show-original'), or null for the others. */
  handle(request: ContentRequest): Promise<LiveStatus> | null;
  /** Ask the background whether this page is auto-cleaned; if so and it is news, hide its ads. */
  startAutoClean(): Promise<boolean>;
  readonly cleaner: LiveCleaner | null;
}

export function createLiveController(env: ContentEnv): LiveController {
  let cleaner: LiveCleaner | null = null;

  const liveStatus = (): LiveStatus => ({
    type: 'live-status',
    active: cleaner !== null,
    hidden: cleaner?.state.hidden ?? 0,
    showingOriginal: cleaner?.state.showingOriginal ?? false,
  });

  return {
    get cleaner() {
      return cleaner;
    },
    handle(request) {
      switch (request.type) {
        case 'live-status':
          return Promise.resolve(liveStatus());
        case 'live-show-original':
          cleaner?.showOriginal(request.showOriginal);
          return Promise.resolve(liveStatus());
        default:
          return null;
      }
    },
    async startAutoClean() {
      if (cleaner) return true;
      const reply = parseAutocleanReply(await env.send({ type: 'autoclean-query' }).catch(() => null));
      if (!reply?.enabled) return false;
      // Only news pages: a shop, a forum or a home page on a listed site is left as it is.
      if (detectPage(env.doc, env.url()).kind !== 'news') return false;
      cleaner = new LiveCleaner({
        doc: env.doc,
        survey: surveyPage,
        selectorsFor: (survey) => selectorsFromBackground(env.send, survey),
        isAdLabel,
        onCount: (hidden) => void env.send({ type: 'live-count', hidden }).catch(() => undefined),
      });
      await cleaner.start();
      return true;
    },
  };
}
