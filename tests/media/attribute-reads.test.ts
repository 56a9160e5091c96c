// The harvest stages read an element's attribute names once and only the values present (each DOM read is costly
// in jsdom). These tests pin the answers those shortcuts must keep: present-but-empty attributes, absent ones, case.
import { describe, expect, it } from 'vitest';
import { isHiddenByMarkup } from '../../utils/media/dom-text';
import { bestImageUrl, resolveImageUrl } from '../../utils/media/image-source';
import { harvestMetadata } from '../../utils/metadata/metadata';
import { outsideStory } from '../../utils/metadata/scan';
import { isHidden } from '../../utils/metadata/text';
import { resolveHttpUrl } from '../../utils/related/url';
import { parsePage } from '../helpers/dom';

const PAGE = 'https://news.example/2016/10/15/story.html';

function el(html: string, selector: string): Element {
  const found = parsePage(`<body>${html}</body>`, PAGE).querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found;
}

describe('hidden checks from the attributes present', () => {
  it.each([
    ['<span id="x">a</span>', false],
    ['<span id="x" hidden>a</span>', true],
    ['<span id="x" aria-hidden="true">a</span>', true],
    ['<span id="x" aria-hidden="false">a</span>', false],
    ['<span id="x" style="color: red; display: none">a</span>', true],
    ['<span id="x" style="">a</span>', false],
    ['<span id="x" class="sr-only">a</span>', true],
    ['<span id="x" class="">a</span>', false],
  ])('isHidden %s', (html, hidden) => {
    expect(isHidden(el(html, '#x'))).toBe(hidden);
  });

  it.each([
    ['<span id="x">a</span>', false],
    ['<span id="x" hidden="">a</span>', true],
    ['<span id="x" style="visibility:hidden">a</span>', true],
    ['<span id="x" class="sr-only">a</span>', false],
  ])('isHiddenByMarkup %s', (html, hidden) => {
    expect(isHiddenByMarkup(el(html, '#x'))).toBe(hidden);
  });
});

describe('remembered image addresses', () => {
  it('answers as resolveHttpUrl does, per base address, also when asked again', () => {
    const cases: [string | null, string][] = [
      ['/a/photo.jpg', PAGE],
      ['/a/photo.jpg', 'https://other.example/x/'],
      ['photo.jpg', 'https://other.example/x/'],
      ['javascript:alert(1)', PAGE],
      ['', PAGE],
      [null, PAGE],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [value, base] of cases) expect(resolveImageUrl(value, base)).toBe(resolveHttpUrl(value, base));
    }
    expect(resolveImageUrl('/a/photo.jpg', 'https://other.example/x/')).toBe('https://other.example/a/photo.jpg');
  });

  it('reads lazy attributes only when present, and a present empty one counts as none', () => {
    const img = el('<img id="x" data-src="" data-lazy-src="/real.jpg" src="/blank.gif">', '#x');
    expect(bestImageUrl(img, PAGE)?.url).toBe('https://news.example/real.jpg');
    const plain = el('<img id="x" src="/only.jpg" width="640">', '#x');
    expect(bestImageUrl(plain, PAGE)).toEqual({ url: 'https://news.example/only.jpg', width: 640 });
  });
});

describe('outsideStory from one read of the ancestry', () => {
  it('judges tags, hidden ancestors and class names as before', () => {
    const doc = parsePage(
      `<body><article><aside><p id="meta">By Jane Doe</p></aside></article>
       <nav><p id="nav">By Jane Doe</p></nav>
       <div hidden><p id="hidden">By Jane Doe</p></div>
       <div class="sidebar-widget"><p id="side">By Jane Doe</p></div>
       <div><aside><p id="loose">By Jane Doe</p></aside></div>
       <div itemprop="articleBody"><aside><p id="body">By Jane Doe</p></aside></div>
       <div class="Story"><p id="plain">By Jane Doe</p></div></body>`,
      PAGE,
    );
    const at = (id: string) => doc.getElementById(id)!;
    expect(outsideStory(at('meta'))).toBe(false);
    expect(outsideStory(at('nav'))).toBe(true);
    expect(outsideStory(at('hidden'))).toBe(true);
    expect(outsideStory(at('side'))).toBe(true);
    expect(outsideStory(at('loose'))).toBe(true);
    expect(outsideStory(at('body'))).toBe(false);
    expect(outsideStory(at('plain'))).toBe(false);
    // Right next to the headline, wrapper names are trusted.
    expect(outsideStory(at('side'), null, 3)).toBe(false);
  });
});

describe('fallback headline from the page element list', () => {
  const TITLE = 'Council passes the city budget after a long night of debate';
  // og:title words it otherwise: the title the page's headline shows wins over it only when the headline is found.
  const page = (heading: string) =>
    parsePage(
      `<html><head><meta property="og:title" content="Budget passes: what it means for you"><title>${TITLE}</title></head>
       <body><h1>The Gazette</h1>${heading}<p>The council voted late on Tuesday to pass the budget for next year.</p></body></html>`,
      PAGE,
    );

  it.each([
    ['a class that holds "title"', `<div class="story-title">${TITLE}</div>`],
    ['an itemprop headline', `<span itemprop="headline">${TITLE}</span>`],
    ['an h2', `<h2>${TITLE}</h2>`],
  ])('finds %s', (_, heading) => {
    const meta = harvestMetadata(page(heading), PAGE);
    expect(meta.title).toBe(TITLE);
    expect(meta.sources.title).toBe('title');
  });

  it('reads class words as written (a selector is case-sensitive there too)', () => {
    const meta = harvestMetadata(page(`<div class="Story-Headline">${TITLE}</div>`), PAGE);
    expect(meta.sources.title).toBe('meta:og:title');
  });
});
