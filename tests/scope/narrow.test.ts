import { describe, expect, it } from 'vitest';
import { narrowForReadability } from '../../utils/scope/narrow';
import { MIN_PARAGRAPH_CHARS } from '../../utils/scope/tables';
import { parsePage } from '../helpers/dom';

/** A paragraph of story text, distinct per index so each can be found again. */
const sentence = (i: number) =>
  `<p>Story paragraph ${i}: the council met on Tuesday and voted to rebuild the old bridge over the river by next spring.</p>`;
const story = (count: number) => Array.from({ length: count }, (_, i) => sentence(i)).join('');

const CHROME = `
  <header class="site"><a href="/">Daily Example</a><nav><a href="/world">World</a><a href="/sport">Sport</a></nav></header>
  <div role="navigation"><a href="/a">Sections</a></div>
  <aside><h3>Most read</h3><a href="/x">Other story</a></aside>
  <form action="/search"><input name="q"></form>
  <iframe src="https://ads.example/frame"></iframe>
  <footer><p>Copyright Daily Example</p><a href="/about">About us</a></footer>`;

function storyPage(): Document {
  return parsePage(`<!DOCTYPE html><html lang="en"><head><title>Bridge vote</title>
    <meta property="og:title" content="Bridge vote"></head><body>
    ${CHROME}
    <main><article id="story">
      <h1>Council votes to rebuild the bridge</h1>
      <div class="byline">By Ann Writer</div>
      <div class="body">${story(8)}</div>
    </article>
    <section class="comments"><h2>Comments</h2><p>First!</p></section></main>
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-10-15"}</script>
    <div class="promo"><a href="/subscribe">Subscribe</a></div>
    </body></html>`);
}

describe('narrowForReadability', () => {
  it('keeps the story, its headline and byline, and drops the page chrome', () => {
    const doc = storyPage();
    const result = narrowForReadability(doc);
    const text = doc.body.textContent ?? '';
    for (let i = 0; i < 8; i++) expect(text).toContain(`Story paragraph ${i}:`);
    expect(text).toContain('Council votes to rebuild the bridge');
    expect(text).toContain('By Ann Writer');
    for (const gone of ['Sections', 'Most read', 'Copyright Daily Example', 'Subscribe', 'World', 'First!']) {
      expect(text).not.toContain(gone);
    }
    expect(doc.querySelector('iframe, form, nav')).toBeNull();
    expect(result.scope).toBe('article#story');
    expect(result.removed).toBeGreaterThan(10);
  });

  it('keeps <head> and moves JSON-LD from the dropped part of the body into it', () => {
    const doc = storyPage();
    narrowForReadability(doc);
    expect(doc.title).toBe('Bridge vote');
    expect(doc.head.querySelector('meta[property="og:title"]')).not.toBeNull();
    expect(doc.head.querySelector('script[type="application/ld+json"]')?.textContent).toContain('datePublished');
  });

  it('scoping alone keeps the ancestors of the story and nothing beside them', () => {
    const doc = storyPage();
    const result = narrowForReadability(doc, { prune: false });
    expect(result.scope).toBe('article#story');
    expect(doc.querySelector('main > article#story')).not.toBeNull();
    expect(doc.querySelector('header, footer, aside, .comments, .promo')).toBeNull();
  });

  it('pruning alone drops chrome around the story and leaves the rest', () => {
    const doc = storyPage();
    const result = narrowForReadability(doc, { scope: false });
    expect(result.scope).toBe('none');
    expect(doc.querySelector('header, nav, aside, form, iframe, footer, [role="navigation"]')).toBeNull();
    expect(doc.querySelector('.comments')).not.toBeNull();
    expect(doc.body.textContent).toContain('Story paragraph 7:');
  });

  it('keeps both halves of a story split over two sibling blocks', () => {
    const doc = parsePage(`<html><body><nav><a href="/">Home</a></nav>
      <div id="wrap"><div class="part1">${story(6)}</div><div class="ad">Ad</div><div class="part2">${story(2).replace(/Story/g, 'Tail')}</div></div>
      <footer><a href="/about">About</a></footer></body></html>`);
    const result = narrowForReadability(doc);
    expect(result.scope).toBe('div#wrap');
    expect(doc.body.textContent).toContain('Tail paragraph 1:');
    expect(doc.body.textContent).toContain('Story paragraph 5:');
    expect(doc.body.textContent).not.toContain('Home');
  });

  it('does not take a long comment thread under a short post for the story', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<li class="comment"><div class="comment-body">${sentence(100 + i)}</div></li>`);
    const doc = parsePage(`<html><head><title>Open thread | The Blog</title></head><body>
      <header><h1>The Blog</h1></header><main><article id="post"><header><h1>Open thread</h1></header>
      <div class="entry">${story(5)}</div></article>
      <div id="comments"><ul class="comment-list">${comments.join('')}</ul></div></main></body></html>`);
    const result = narrowForReadability(doc);
    expect(result.scope).toBe('article#post');
    expect(doc.body.textContent).toContain('Open thread');
    expect(doc.body.textContent).toContain('Story paragraph 4:');
    expect(doc.body.textContent).not.toContain('Story paragraph 100:');
  });

  it('widens to the h1 that is part of the page title, not the logo h1', () => {
    const doc = parsePage(`<html><head><title>Council votes to rebuild the bridge - Daily Example</title></head><body>
      <div id="top"><h1>Daily Example</h1></div>
      <div id="page"><div id="head"><h1>Council votes to rebuild the bridge</h1><span>By Ann Writer</span></div>
      <div id="text">${story(8)}</div></div></body></html>`);
    const result = narrowForReadability(doc);
    expect(result.scope).toBe('div#page');
    expect(doc.body.textContent).toContain('By Ann Writer');
    expect(doc.getElementById('top')).toBeNull();
  });

  it('leaves a page without enough paragraph text untouched', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><div>Short text in a div<br>and a line</div>
      <p>One short paragraph.</p><footer>About</footer></body></html>`;
    const doc = parsePage(html);
    const before = doc.documentElement.outerHTML;
    expect((doc.body.textContent ?? '').length).toBeLessThan(MIN_PARAGRAPH_CHARS);
    expect(narrowForReadability(doc)).toEqual({ removed: 0, scope: 'none' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('does not scope when the paragraph text is spread evenly over several blocks', () => {
    const doc = parsePage(`<html><body>
      <div class="a">${story(4)}</div><div class="b">${story(4)}</div><div class="c">${story(4)}</div></body></html>`);
    const before = doc.documentElement.outerHTML;
    const result = narrowForReadability(doc);
    expect(result).toEqual({ removed: 0, scope: 'none' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('prunes nothing when no container below the body holds the story', () => {
    const doc = parsePage(`<html><head><title>Bridge vote</title></head><body><header><h1>Bridge vote</h1></header>
      <nav><a href="/">Home</a></nav><div class="a">${story(4)}</div><div class="b">${story(4)}</div>
      <aside><a href="/x">Most read</a></aside></body></html>`);
    expect(narrowForReadability(doc)).toEqual({ removed: 0, scope: 'none' });
    expect(doc.querySelector('nav')).not.toBeNull();
    expect(doc.querySelector('aside')).not.toBeNull();
  });

  it('never prunes chrome that holds the story (a page wrapped in one form, a story in an aside)', () => {
    const doc = parsePage(`<html><body><form id="aspnet"><nav><a href="/">Home</a></nav>
      <aside id="story">${story(8)}</aside><aside class="side"><a href="/x">More</a></aside></form></body></html>`);
    narrowForReadability(doc);
    expect(doc.body.textContent).toContain('Story paragraph 7:');
    expect(doc.getElementById('story')).not.toBeNull();
  });

  it('keeps a header that holds the headline', () => {
    const doc = parsePage(`<html><body><div id="page"><header><h1>The headline</h1><span>By Ann Writer</span></header>
      <div class="body">${story(8)}</div></div><footer><a href="/about">About</a></footer></body></html>`);
    narrowForReadability(doc);
    expect(doc.body.textContent).toContain('The headline');
    expect(doc.body.textContent).toContain('By Ann Writer');
    expect(doc.body.textContent).not.toContain('About');
  });

  it('does not throw on a document without a body', () => {
    const doc = parsePage('<html><head><title>x</title></head></html>');
    doc.body.remove();
    expect(doc.body).toBeNull();
    expect(narrowForReadability(doc)).toEqual({ removed: 0, scope: 'no-body' });
  });

  it('handles very deep nesting without recursion', () => {
    // Three times the pipeline's depth limit (jsdom itself builds deeper trees too slowly for a unit test).
    const levels = 3_000;
    const doc = parsePage(
      `<html><body>${'<div>'.repeat(levels)}<p>${'word '.repeat(200)}</p>${'</div>'.repeat(levels)}<nav>Home</nav></body></html>`,
    );
    const result = narrowForReadability(doc);
    expect(doc.body.textContent).toContain('word word');
    expect(doc.querySelector('nav')).toBeNull();
    expect(result.removed).toBe(1);
  });

  it('gives up on a page too large to walk, leaving it as it is', () => {
    const doc = parsePage(`<html><body><nav>Home</nav>${'<span></span>'.repeat(70_000)}${story(8)}</body></html>`);
    expect(narrowForReadability(doc)).toEqual({ removed: 0, scope: 'too-large' });
    expect(doc.querySelector('nav')).not.toBeNull();
  });
});
