import type { PageSurvey } from '../ads/survey';
import { parseSelectorsReply, type BackgroundRequest } from '../messages';

// What both content scripts (extraction and auto-clean) get from their entrypoint: the page and a way to ask the
// background. Kept in its own module so that neither script's bundle pulls in the other's code through it.

export interface ContentEnv {
  doc: Document;
  /** The page's address now (single-page sites change it with history.pushState). */
  url(): string;
  /** Send to the background and get its (untrusted until parsed) reply. */
  send(message: BackgroundRequest): Promise<unknown>;
}

/** Asks the background for the selectors of this survey's ad elements; none when it answers something else. */
export async function selectorsFromBackground(send: ContentEnv['send'], survey: PageSurvey): Promise<string[]> {
  const reply = parseSelectorsReply(await send({ type: 'ad-selectors', survey }));
  return reply?.selectors ?? [];
}
