import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackgroundRequest } from '../../utils/messages';
import type { Article } from '../../utils/article';
import { finishPreparedPage } from '../../utils/finish';
import { parseExtractReply, parseLiveStatus, type ExtractReply } from '../../utils/messages';
import { createContentController } from '../../utils/live/content-controller';
import { createLiveController } from '../../utils/live/live-controller';
import { parsePage } from '../helpers/dom';

// The content script's behaviour without the browser: what it answers, what it asks the background, and that it
// reads the page anew on every request.

const SEED_URL = 'https://www.thelocal.ch/20161015/new-talks-in-lausanne-to-break-syria-deadlock';
const SEED = readFileSync(join(import.meta.dirname, '../fixtures/seed-page.html'), 'utf8');

/** The Article the view makes of a reply, as components/reader/load.ts does (null when there is none). */
function articleOf(reply: ExtractReply | null): Article | null {
  const page = reply?.type === 'prepared' ? reply.result.page : null;
  if (!reply || reply.type !== 'prepared' || !page) return null;
  return finishPreparedPage(page, reply.result.detection, new (parsePage('', 'about:blank').defaultView!.DOMParser)()).article;
}

// Both content scripts of one page, as the browser runs them: the registered auto-clean script (live) and the
// extraction script the popup injects beside it, which finds the first through `live`.
function setup(html: string, url: string, answers: { autoclean?: boolean; selectors?: string[] } = {}) {
  const doc = parsePage(html, url);
  let current = url;
  const sent: BackgroundRequest[] = [];
  const env = {
    doc,
    url: () => current,
    send: async (message: BackgroundRequest) => {
      sent.push(message);
      if (message.type === 'ad-selectors') return { type: 'selectors', selectors: answers.selectors ?? [] };
      if (message.type === 'autoclean-query') return { type: 'autoclean', enabled: answers.autoclean ?? false };
      return { type: 'ok' };
    },
  };
  const live = createLiveController(env);
  const controller = createContentController({ ...env, live: () => live.cleaner !== null });
  return { doc, controller, live, sent, navigate: (next: string) => (current = next) };
}

describe('content controller', () => {
  it('answers ping, and extracts the live page with selectors asked of the background', async () => {
    const { controller, sent } = setup(SEED, SEED_URL, { selectors: ['.share-bar'] });
    expect(await controller.handle({ type: 'ping' })).toEqual({ type: 'pong', live: false });
    const reply = parseExtractReply(structuredClone(await controller.extract(false)));
    expect(reply?.type).toBe('prepared');
    expect(articleOf(reply)?.title).toBe('New talks in Lausanne to break Syria deadlock');
    const ask = sent.find((m) => m.type === 'ad-selectors');
    expect(ask?.type === 'ad-selectors' && ask.survey.classes).toContain('ad-container');
  });

  it('reads the page again on each request: a pushState to another story gives that story', async () => {
    const { doc, controller, navigate } = setup(SEED, SEED_URL);
    const first = await controller.extract(false);
    expect(articleOf(first)?.title).toBe('New talks in Lausanne to break Syria deadlock');
    // The site swaps the story in place and changes the URL.
    doc.querySelector('h1')!.textContent = 'Ceasefire talks end without agreement';
    for (const meta of Array.from(doc.querySelectorAll('meta[property="og:title"], script[type="application/ld+json"]'))) meta.remove();
    doc.title = 'Ceasefire talks end without agreement - The Local';
    navigate('https://www.thelocal.ch/20161016/ceasefire-talks-end');
    const second = await controller.extract(false);
    expect(articleOf(second)?.title).toBe('Ceasefire talks end without agreement');
    expect(articleOf(second)?.url).toBe('https://www.thelocal.ch/20161016/ceasefire-talks-end');
  });

  it("sends the background a survey of the story only, not of the page's chrome around it", async () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p class="story-text">Paragraph ${i} of the council's budget story, with enough words in it to be read as the story of this page.</p>`).join('');
    const html = `<html><head><title>Council budget</title></head><body><nav class="site-menu-strip"><a href="/">Home</a><a href="/world">World</a></nav>` +
      `<article><h1>Council budget</h1>${paragraphs}</article><footer class="site-footer-strip"><a href="/about">About</a></footer></body></html>`;
    const { controller, sent } = setup(html, 'https://news.example/2024/05/02/council-budget.html');
    await controller.extract(true);
    const ask = sent.find((m) => m.type === 'ad-selectors');
    expect(ask?.type === 'ad-selectors' && ask.survey.classes).toContain('story-text');
    expect(ask?.type === 'ad-selectors' && ask.survey.classes).not.toContain('site-menu-strip');
    expect(ask?.type === 'ad-selectors' && ask.survey.classes).not.toContain('site-footer-strip');
  });

  it('answers "not an article" for a listing page without sending its survey to the background', async () => {
    const listing = '<html><head><title>World news</title></head><body><h1>World</h1><ul><li><a href="/a">A story</a></li><li><a href="/b">B story</a></li></ul></body></html>';
    const { controller, sent } = setup(listing, 'https://news.example/world');
    const reply = parseExtractReply(structuredClone(await controller.extract(false)));
    expect(reply?.type === 'prepared' && reply.result.reason).toBe('not-an-article');
    expect(sent.filter((m) => m.type === 'ad-selectors')).toEqual([]);
    // Asked for anyway ("read it anyway"), the page is surveyed for ads as usual.
    await controller.extract(true);
    expect(sent.filter((m) => m.type === 'ad-selectors')).toHaveLength(1);
  });

  it('still extracts when the background does not answer (no engine)', async () => {
    const doc = parsePage(SEED, SEED_URL);
    const controller = createContentController({ doc, url: () => SEED_URL, send: () => Promise.reject(new Error('no receiver')) });
    const reply = await controller.extract(false);
    expect(articleOf(reply)?.title).toBe('New talks in Lausanne to break Syria deadlock');
  });

  it("each script answers only its own requests, so the other one's answer is the one the sender gets", async () => {
    const { controller, live } = setup(SEED, SEED_URL);
    expect(controller.handle({ type: 'live-status' })).toBeNull();
    expect(controller.handle({ type: 'live-show-original', showOriginal: true })).toBeNull();
    expect(live.handle({ type: 'ping' })).toBeNull();
    expect(live.handle({ type: 'extract', force: true })).toBeNull();
    const routed = parseExtractReply(structuredClone(await controller.handle({ type: 'extract', force: false })));
    expect(articleOf(routed)?.title).toBe('New talks in Lausanne to break Syria deadlock');
  });

  it('does not auto-clean when the background says the site is not enabled', async () => {
    const { live, controller } = setup(SEED, SEED_URL, { autoclean: false, selectors: ['.ad-container'] });
    expect(await live.startAutoClean()).toBe(false);
    expect(live.cleaner).toBeNull();
    expect(parseLiveStatus(await live.handle({ type: 'live-status' })))?.toEqual({ type: 'live-status', active: false, hidden: 0, showingOriginal: false });
    expect(await controller.handle({ type: 'ping' })).toEqual({ type: 'pong', live: false });
  });

  it('auto-cleans an enabled news page, reports the count, and toggles "show original"', async () => {
    const { controller, live, sent, doc } = setup(SEED, SEED_URL, { autoclean: true, selectors: ['.ad-container'] });
    expect(await live.startAutoClean()).toBe(true);
    const attribute = live.cleaner!.attribute;
    expect(doc.querySelectorAll(`.ad-container[${attribute}]`)).toHaveLength(3);
    expect(doc.querySelector(`article[${attribute}], main[${attribute}]`)).toBeNull();
    expect(sent.filter((m) => m.type === 'live-count').at(-1)).toEqual({ type: 'live-count', hidden: 3 });
    const status = await live.handle({ type: 'live-show-original', showOriginal: true });
    expect(status).toEqual({ type: 'live-status', active: true, hidden: 3, showingOriginal: true });
    expect(sent.filter((m) => m.type === 'live-count').at(-1)).toEqual({ type: 'live-count', hidden: 0 });
    expect(await controller.handle({ type: 'ping' })).toEqual({ type: 'pong', live: true });
  });

  it('leaves a page that is not news alone even on an enabled site', async () => {
    const listing = `<html><head><title>Shop</title></head><body><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/p/${i}">Product ${i}</a></li>`).join('')}</ul><div class="ad-container">Advertisement</div></body></html>`;
    const { live, doc } = setup(listing, 'https://www.thelocal.ch/shop', { autoclean: true, selectors: ['.ad-container'] });
    expect(await live.startAutoClean()).toBe(false);
    const marked = Array.from(doc.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('data-broadsheet-hidden')));
    expect(marked).toHaveLength(0);
    expect(doc.adoptedStyleSheets?.length ?? 0).toBe(0);
  });
});
