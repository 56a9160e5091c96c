import { isAdLabel } from '../ads/labels';
import { surveyPage, type PageSurvey } from '../ads/survey';
import { detectPage } from '../detect/detect';
import {
  fitResult,
  parseAutocleanReply,
  parseSelectorsReply,
  type BackgroundRequest,
  type ContentRequest,
  type ExtractReply,
  type LiveStatus,
  type PongReply,
} from '../messages';
import { runPipeline } from '../pipeline';
import { LiveCleaner } from './cleaner';

// What the content script does, apart from the browser plumbing (kept injectable so tests run it in jsdom):
// answer the popup's requests by running the pipeline on the live page now, and auto-clean registered news pages.

export interface ContentEnv {
  doc: Document;
  /** The page's address now (single-page sites change it with history.pushState). */
  url(): string;
  /** Send to the background and get its (untrusted until parsed) reply. */
  send(message: BackgroundRequest): Promise<unknown>;
}

export interface ContentController {
  handle(request: ContentRequest): Promise<PongReply | ExtractReply | LiveStatus>;
  /** Ask the background whether this page is auto-cleaned; if so and it is news, hide its ads. */
  startAutoClean(): Promise<boolean>;
  readonly cleaner: LiveCleaner | null;
}

export function createContentController(env: ContentEnv): ContentController {
  let cleaner: LiveCleaner | null = null;

  const selectorsFor = async (survey: PageSurvey): Promise<string[]> => {
    const reply = parseSelectorsReply(await env.send({ type: 'ad-selectors', survey }));
    return reply?.selectors ?? [];
  };

  const liveStatus = (): LiveStatus => ({
    type: 'live-status',
    active: cleaner !== null,
    hidden: cleaner?.state.hidden ?? 0,
    showingOriginal: cleaner?.state.showingOriginal ?? false,
  });

  const extract = async (force: boolean): Promise<ExtractReply> => {
    // Every request reads the page as it is now: no cache, so a pushState to another story shows that story.
    let adSelectors: string[] = [];
    try {
      adSelectors = await selectorsFor(surveyPage(env.doc));
    } catch {
      // Without the engine the pipeline still strips ad labels and Readability still finds the story.
    }
    try {
      return { type: 'extracted', result: fitResult(runPipeline(env.doc, env.url(), { adSelectors, force })) };
    } catch (error) {
      return { type: 'extract-error', message: String((error as Error)?.message ?? error).slice(0, 500) };
    }
  };

  return {
    get cleaner() {
      return cleaner;
    },
    async handle(request) {
      switch (request.type) {
        case 'ping':
          return { type: 'pong', live: cleaner !== null };
        case 'extract':
          return extract(request.force);
        case 'live-status':
          return liveStatus();
        case 'live-show-original':
          cleaner?.showOriginal(request.showOriginal);
          return liveStatus();
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
        selectorsFor,
        isAdLabel,
        onCount: (hidden) => void env.send({ type: 'live-count', hidden }).catch(() => undefined),
      });
      await cleaner.start();
      return true;
    },
  };
}
