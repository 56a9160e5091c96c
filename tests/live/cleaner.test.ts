import { describe, expect, it } from 'vitest';
import type { PageSurvey } from '../../utils/ads/survey';
import { surveyPage } from '../../utils/ads/survey';
import { isAdLabel } from '../../utils/ads/labels';
import { LiveCleaner } from '../../utils/live/cleaner';
import { findArticleRoot } from '../../utils/live/article-root';
import { parsePage } from '../helpers/dom';

// Auto-clean's live-page hiding, in jsdom. Batches run on demand (the schedule is injected) so every step is explicit.

const STORY = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to be real prose about the council vote on the new tram line and what it means for the city.</p>`,
).join('\n');

const PAGE = `<!doctype html><html><head><title>Tram</title></head><body>
<div class="ad-wrapper" id="top"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-1"></div></div>
<main><article class="story" id="story"><h1>Council approves tram</h1>
<div class="story-body" id="body">${STORY}
<div class="ad-slot" id="inline"><span>Partner content</span></div>
</div></article></main>
<aside class="rail"><div class="promo"><span>Anzeige</span></div></aside>
<footer class="site-footer">© Herald</footer>
</body></html>`;

interface Harness {
  cleaner: LiveCleaner;
  doc: Document;
  counts: number[];
  surveys: PageSurvey[];
  /** Run the pending batch (what requestAnimationFrame would do). */
  flush(): Promise<void>;
}

async function start(html: string, selectors: Record<string, string[]>, extra: Partial<{ invalid: string[] }> = {}): Promise<Harness> {
  const doc = parsePage(html, 'https://herald.example/2024/05/01/tram.html');
  const counts: number[] = [];
  const surveys: PageSurvey[] = [];
  let pending: (() => void) | null = null;
  const cleaner = new LiveCleaner({
    doc,
    survey: surveyPage,
    // The fake engine: a selector per class or id it knows, for the tokens in the survey it is given.
    selectorsFor: async (survey) => {
      surveys.push(survey);
      const tokens = [...survey.classes.map((c) => `.${c}`), ...survey.ids.map((i) => `#${i}`)];
      return [...tokens.flatMap((t) => selectors[t] ?? []), ...(extra.invalid ?? [])];
    },
    isAdLabel,
    onCount: (n) => counts.push(n),
    schedule: (run) => {
      pending = run;
    },
  });
  await cleaner.start();
  const flush = async () => {
    // MutationObserver callbacks are microtasks: let them queue the batch, then run it and its selector lookup.
    await new Promise((r) => setTimeout(r, 0));
    const run = pending;
    pending = null;
    run?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { cleaner, doc, counts, surveys, flush };
}

const cssText = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n');

/** Our hiding stylesheet: adopted by the document, or a <style> element where adopting is not possible. */
function hidingSheet(h: Harness): CSSStyleSheet | null {
  const sheets = [...(h.doc.adoptedStyleSheets ?? []), ...[...h.doc.querySelectorAll('style')].map((s) => s.sheet!)];
  return sheets.find((sheet) => cssText(sheet).includes(h.cleaner.attribute)) ?? null;
}

const hidden = (h: Harness, selector: string) => h.doc.querySelector(selector)!.hasAttribute(h.cleaner.attribute);

describe('LiveCleaner', () => {
  it('marks ad blocks from the filter selectors and label-only blocks, and counts each block once', async () => {
    const h = await start(PAGE, { '.ad-wrapper': ['.ad-wrapper'], '.ad-slot': ['.ad-slot'] });
    expect(hidden(h, '#top')).toBe(true);
    expect(hidden(h, '#inline')).toBe(true);
    // "Anzeige" alone in a block: hidden up to the largest block that holds nothing else.
    expect(hidden(h, 'aside.rail')).toBe(true);
    expect(hidden(h, '#story')).toBe(false);
    expect(hidden(h, '#body')).toBe(false);
    expect(hidden(h, '.site-footer')).toBe(false);
    // The top wrapper's label is inside a hidden block: not counted twice.
    expect(h.counts.at(-1)).toBe(3);
    expect(h.cleaner.state).toEqual({ hidden: 3, showingOriginal: false });
  });

  it('hides by stylesheet, never by removing nodes, and "show original" switches the stylesheet off', async () => {
    const h = await start(PAGE, { '.ad-slot': ['.ad-slot'] });
    const before = h.doc.querySelectorAll('*').length;
    const sheet = hidingSheet(h);
    expect(sheet).not.toBeNull();
    expect(cssText(sheet!)).toMatch(/display:\s*none\s*!important/);
    expect(h.doc.querySelector('#inline')).not.toBeNull();
    h.cleaner.showOriginal(true);
    expect(sheet!.disabled).toBe(true);
    expect(h.cleaner.state.showingOriginal).toBe(true);
    expect(h.counts.at(-1)).toBe(0); // the badge shows nothing hidden while the original is shown
    h.cleaner.showOriginal(false);
    expect(sheet!.disabled).toBe(false);
    expect(h.counts.at(-1)).toBe(h.cleaner.state.hidden);
    // Only our stylesheet was added; no page node went away.
    expect(h.doc.querySelectorAll('*').length).toBe(before);
  });

  it('never hides the story container or what holds it, whatever a filter says', async () => {
    const h = await start(PAGE, { '.story': ['.story', 'main', 'article'], '.story-body': ['.story-body', 'body'], '.ad-slot': ['.ad-slot'] });
    for (const selector of ['#story', 'main', '#body', 'body']) expect([selector, hidden(h, selector)]).toEqual([selector, false]);
    expect(hidden(h, '#inline')).toBe(true);
  });

  it('never hides a block that holds a large share of the page text, even outside the story container', async () => {
    const page = `<html><body><div class="col">${STORY}</div><div class="col2">${STORY}</div><div class="ad-x">x</div></body></html>`;
    const h = await start(page, { '.col2': ['.col2'], '.ad-x': ['.ad-x'] });
    expect(hidden(h, '.col2')).toBe(false);
    expect(hidden(h, '.ad-x')).toBe(true);
  });

  it('hides ads added after load in the next batch, asking the engine only about new classes and ids', async () => {
    const h = await start(PAGE, { '.ad-slot': ['.ad-slot'], '.late-banner': ['.late-banner'] });
    const firstSurveys = h.surveys.length;
    const late = h.doc.createElement('div');
    late.className = 'late-banner story';
    late.id = 'late';
    h.doc.getElementById('body')!.append(late);
    const label = h.doc.createElement('div');
    label.className = 'rail-slot';
    label.textContent = 'Advertisement';
    h.doc.body.append(label);
    await h.flush();
    expect(hidden(h, '#late')).toBe(true);
    expect(hidden(h, '.rail-slot')).toBe(true);
    const delta = h.surveys.slice(firstSurveys);
    expect(delta).toHaveLength(1);
    // 'story' was already on the page: only the new tokens are asked about.
    expect(delta[0]!.classes.sort()).toEqual(['late-banner', 'rail-slot']);
    expect(delta[0]!.ids).toEqual(['late']);
    expect(h.counts.at(-1)).toBe(h.cleaner.state.hidden);
  });

  it('picks up a class added to an existing element', async () => {
    const h = await start(PAGE, { '.sponsored-now': ['.sponsored-now'] });
    expect(hidden(h, '.site-footer')).toBe(false);
    h.doc.querySelector('.site-footer')!.classList.add('sponsored-now');
    await h.flush();
    expect(hidden(h, '.site-footer')).toBe(true);
  });

  it('skips selectors the browser cannot parse without losing the good ones', async () => {
    const h = await start(PAGE, { '.ad-slot': ['.ad-slot'] }, { invalid: ['div:has-text(Ad)', '#', ':::'] });
    expect(hidden(h, '#inline')).toBe(true);
  });

  it('keeps a sentence that mentions advertising', async () => {
    const page = PAGE.replace('<footer class="site-footer">© Herald</footer>', '<p id="about">Advertisement revenue fell by a third last year.</p>');
    const h = await start(page, {});
    expect(hidden(h, '#about')).toBe(false);
  });

  it('stop() takes every mark and the stylesheet away', async () => {
    const h = await start(PAGE, { '.ad-slot': ['.ad-slot'] });
    const attribute = h.cleaner.attribute;
    h.cleaner.stop();
    expect(h.doc.querySelectorAll(`[${attribute}]`)).toHaveLength(0);
    expect(hidingSheet(h)).toBeNull();
    expect(attribute).toBeTruthy();
  });

  it('uses a different marker on every page, so a page cannot pre-mark or forge it', async () => {
    const a = await start(PAGE, {});
    const b = await start(PAGE, {});
    expect(a.cleaner.attribute).not.toBe(b.cleaner.attribute);
    expect(a.cleaner.attribute).toMatch(/^data-broadsheet-hidden-[a-z0-9]+$/);
  });
});

describe('findArticleRoot', () => {
  it('prefers the semantic container with the most paragraph text', () => {
    const doc = parsePage(PAGE);
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('falls back to the parent of the most paragraph text', () => {
    const doc = parsePage(`<html><body><div id="nav"><p>Home</p></div><div id="text">${STORY}</div></body></html>`);
    expect(findArticleRoot(doc)?.id).toBe('text');
  });
});
