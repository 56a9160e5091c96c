import { JSDOM } from 'jsdom';

/** Parse HTML the way the pipeline sees a page: a full document with its URL. */
export function parsePage(html: string, url = 'https://news.example/2016/10/15/story.html'): Document {
  return new JSDOM(html, { url }).window.document;
}
