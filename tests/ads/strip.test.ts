import { describe, expect, it } from 'vitest';
import { adSelectorsFor, surveyPage } from '../../utils/ads/engine';
import { loadBundledEngine } from '../../utils/ads/engine-node';
import { stripAds } from '../../utils/ads/strip';
import { parsePage } from '../helpers/dom';

const engine = loadBundledEngine();
const URL = 'https://news.example/2024/05/01/tram-line.html';

const PARAGRAPHS = [
  'The council voted on Tuesday to extend the tram line to the airport, a project first proposed a decade ago and delayed twice.',
  'Engineers expect the first trams to run in three years, once the bridge over the river has been widened and the depot moved.',
  'Opponents say the cost has doubled since the first estimate and that buses could do the same job for a fraction of the price.',
  'The mayor said the line would take ten thousand cars off the road every day and called the vote a turning point for the city.',
];

function newsPage(extra: { top?: string; middle?: string; side?: string } = {}): string {
  const [a, b, c, d] = PARAGRAPHS;
  return `<!doctype html><html><head><title>Tram line</title></head><body>
    <header><nav><a href="/">Home</a></nav>${extra.top ?? ''}</header>
    <main><article class="story"><h1>Tram line to reach the airport</h1>
      <div class="story-body"><p>${a}</p><p>${b}</p>${extra.middle ?? ''}<p>${c}</p><p>${d}</p></div>
    </article><aside class="rail">${extra.side ?? ''}</aside></main></body></html>`;
}

const text = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, ' ');

describe('stripAds with the real EasyList artifact', () => {
  it('removes classic EasyList-hidden blocks and leaves the story intact', () => {
    const doc = parsePage(
      newsPage({
        top: '<div class="ad-slot" id="top-slot"><span>Buy now</span></div>',
        middle: '<ins class="adsbygoogle" data-ad-client="ca-pub-123" data-ad-slot="42" id="ins"></ins><div id="div-gpt-ad-1234-0">Big sale</div>',
        side: '<div class="ad-slot" id="side-slot">Cheap flights</div>',
      }),
      URL,
    );
    const removed = stripAds(doc, adSelectorsFor(engine, surveyPage(doc), URL));
    for (const id of ['top-slot', 'side-slot', 'ins', 'div-gpt-ad-1234-0']) expect(doc.getElementById(id), id).toBeNull();
    for (const p of PARAGRAPHS) expect(text(doc)).toContain(p);
    expect(doc.querySelector('h1')?.textContent).toBe('Tram line to reach the airport');
    expect(removed.filter((r) => r.stage === 'ads').length).toBeGreaterThanOrEqual(4);
    for (const r of removed) {
      expect(r.reason).toMatch(/^filter /);
      expect(r.what.length).toBeGreaterThan(0);
    }
    expect(removed.map((r) => r.what)).toContain('div#side-slot.ad-slot');
  });

  it('does nothing on a page without ads', () => {
    const doc = parsePage(newsPage(), URL);
    const before = doc.body.innerHTML;
    expect(stripAds(doc, adSelectorsFor(engine, surveyPage(doc), URL))).toEqual([]);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('stripAds selector matching', () => {
  it.each([
    ['AD-SLOT', '<ad-slot id="t">x</ad-slot>'],
    ['[class^="div-gpt-ad"]', '<div id="t" class="div-gpt-ad-top wide">x</div>'],
    ['div[id^="ad_position_"]', '<div class="w"><div id="ad_position_1"><span id="t">x</span></div></div>'],
    ['[data-ad-module]', '<section id="t" data-ad-module="1">x</section>'],
    ['a[href^="https://ads.example/"]', '<div><a id="t" href="https://ads.example/c?1">Offer</a></div>'],
    ['.md\\:block', '<div id="t" class="md:block">x</div>'],
    ['#\\31 0ad', '<div><div id="10ad"><span id="t">x</span></div></div>'],
    ['[class*="sponsor" i]', '<div id="t" class="SponsorBox">x</div>'],
    ['div:has(> .ad-label)', '<div id="t"><span class="ad-label">Paid</span><i></i></div>'],
  ])('applies %s to the element it names', (selector, markup) => {
    const doc = parsePage(newsPage({ side: markup }), URL);
    const removed = stripAds(doc, [selector]);
    expect(doc.getElementById('t')).toBeNull();
    expect(removed.length).toBeGreaterThan(0);
    for (const p of PARAGRAPHS) expect(text(doc)).toContain(p);
  });
});

describe('stripAds safety', () => {
  it('skips invalid and unsupported selectors without throwing, and still applies the valid ones', () => {
    const doc = parsePage(newsPage({ side: '<div class="promo" id="p">Deal</div>' }), URL);
    const bad = ['div[', '::-webkit-nonsense(', ':has-text(Ad)', '##', '', '   ', '.promo:nth-child(', 'a:foo-bar', '>>>'];
    let removed: ReturnType<typeof stripAds> = [];
    expect(() => {
      removed = stripAds(doc, [...bad, '.promo']);
    }).not.toThrow();
    expect(doc.getElementById('p')).toBeNull();
    expect(removed).toHaveLength(1);
  });

  it('skips a selector list whole when one of its parts is not valid CSS, as querySelectorAll does', () => {
    const doc = parsePage(newsPage({ side: '<div class="promo" id="p">Deal</div><div class="deal" id="d">Offer</div>' }), URL);
    expect(stripAds(doc, ['.promo, div[', '#d, :nonsense-pseudo'])).toEqual([]);
    expect(doc.getElementById('p')).not.toBeNull();
    expect(doc.getElementById('d')).not.toBeNull();
  });

  it('removes exactly what querySelectorAll selects, for every kind of selector it narrows by class, id, attribute or tag', () => {
    const side =
      '<div class="box"><div id="a1" class="Ad-Top x">1</div><span id="a2" data-slot="top-7">2</span>' +
      '<p id="a3" class="note">3</p><div id="a4" class="promo-unit wide">4</div><section id="a5" lang="en-GB">5</section>' +
      '<ad-slot id="a6">6</ad-slot><div id="a7" title="Sponsored deal">7</div><i id="a8" class="x y">8</i>' +
      '<div class="wrap"><b id="a9" class="inner">9</b></div><div id="a12"><em class="flag">12</em></div><div id="a10" class="first">10</div><div id="a11" class="second">11</div></div>';
    const selectors = [
      '[class^="Ad-"]', '[data-slot$="-7"]', '.box > p.note', '[class*="promo-" i]', '[lang|="en"]', 'AD-SLOT',
      '[title~="deal"]', 'i.x.y', '.wrap .inner, #nothing', 'div.first + div', '[class="x"]', '#a3:not(.note)',
      'html body .box > div.first', '[href="https://nowhere.example/"] div', 'div:has(> em.flag)', 'div:has(> .missing)',
    ];
    const expected = new Set<string>();
    const reference = parsePage(newsPage({ side }), URL);
    for (const selector of selectors) for (const el of reference.body.querySelectorAll(selector)) expected.add(el.id);
    const doc = parsePage(newsPage({ side }), URL);
    const removed = stripAds(doc, selectors);
    const gone = [...reference.body.querySelectorAll('[id^="a"]')].map((el) => el.id).filter((id) => !doc.getElementById(id));
    expect(new Set(gone)).toEqual(expected);
    expect(expected.size).toBeGreaterThan(8);
    expect(removed).toHaveLength(expected.size);
    for (const p of PARAGRAPHS) expect(text(doc)).toContain(p);
  });

  it('never removes the story, whatever a selector says', () => {
    const doc = parsePage(newsPage(), URL);
    const removed = stripAds(doc, ['.story', '.story-body', 'article', 'main', 'body', 'html', '*:not(p)', 'div', 'p']);
    for (const p of PARAGRAPHS) expect(text(doc)).toContain(p);
    expect(doc.querySelector('h1')).not.toBeNull();
    // The nav and the empty rail may go; no removed element held story text.
    for (const r of removed) expect(r.what).not.toMatch(/story|article|main|body/);
  });

  it('keeps a match that holds a large share of the text or a headline with paragraphs', () => {
    const long = PARAGRAPHS.join(' ');
    const doc = parsePage(
      `<html><body><div class="sponsored" id="s1"><h1>Paid feature</h1><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p></div>` +
        `<div class="sponsored" id="s2"><div>${long}</div></div><div class="sponsored" id="s3">Small ad</div></body></html>`,
      URL,
    );
    stripAds(doc, ['.sponsored']);
    expect(doc.getElementById('s1')).not.toBeNull();
    expect(doc.getElementById('s2')).not.toBeNull();
    expect(doc.getElementById('s3')).toBeNull();
  });

  it('measures the share of the text against the page as it was before any ad came out', () => {
    // 225 letters go first; the 315-letter match is then 29% of the page as loaded (1,080 letters), but would be
    // 37% of what is left: measured against what is left, it would wrongly be kept.
    const chars = (n: number, word: string) => Array.from({ length: n / 10 }, () => word.padEnd(9, 'x')).join(' ') + ' ';
    const story = Array.from({ length: 6 }, () => `<p>${chars(100, 'Story')}</p>`).join('');
    const html = (first: string) =>
      `<html><body><div class="${first}">${chars(250, 'Small')}</div><div id="story">${story}</div>` +
      `<div class="big-ad">${chars(350, 'Promo')}</div></body></html>`;
    const doc = parsePage(html('small-ad'), URL);
    const removed = stripAds(doc, ['.small-ad', '.big-ad']);
    expect(removed.map((r) => r.what)).toEqual(['div.small-ad', 'div.big-ad']);
    // The same large match on a page whose small ad stays: the page is as large, so the match goes as well.
    const kept = parsePage(html('not-an-ad'), URL);
    expect(stripAds(kept, ['.big-ad']).map((r) => r.what)).toEqual(['div.big-ad']);
    // A match over 30% of the page as loaded stays, whatever went before it.
    const larger = parsePage(html('small-ad').replace(chars(350, 'Promo'), chars(400, 'Promo')), URL);
    expect(stripAds(larger, ['.small-ad', '.big-ad']).map((r) => r.what)).toEqual(['div.small-ad']);
  });

  it('keeps sponsored links inside sentences and a story paragraph an ad class marks', () => {
    const doc = parsePage(
      newsPage({
        middle:
          '<p id="aff">You can buy it from <strong><a rel="sponsored" href="https://shop.example/x">our partner shop</a></strong> for less.</p>' +
          `<div class="ad-disclosure" id="disc"><p>${PARAGRAPHS[0]!.replace('council', 'committee')}</p></div>` +
          '<div class="ad-box" id="box"><a rel="sponsored" href="https://shop.example/y">Shop now</a></div>',
      }),
      URL,
    );
    stripAds(doc, ['[rel*="sponsored"]', '.ad-disclosure', '.ad-box']);
    expect(text(doc)).toContain('You can buy it from our partner shop for less.');
    expect(doc.getElementById('disc')).not.toBeNull();
    expect(doc.getElementById('box')).toBeNull();
  });

  it('removes nothing outside the body', () => {
    const doc = parsePage('<html><head><meta name="ad" class="ad"><title>x</title></head><body><p>Hi</p></body></html>', URL);
    stripAds(doc, ['.ad', 'title', 'head']);
    expect(doc.querySelector('meta.ad')).not.toBeNull();
    expect(doc.title).toBe('x');
  });
});
