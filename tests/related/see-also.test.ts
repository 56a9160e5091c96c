import { describe, expect, it } from 'vitest';
import { explainSeeAlso } from '../../utils/related/explain';
import { classifyHeading, harvestSeeAlso } from '../../utils/related/see-also';
import { parsePage } from '../helpers/dom';

const URL_ = 'https://news.example/world/2019/11/18/talks-in-lausanne.html';
const PARAS = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story about the talks in Lausanne, long enough to be read as real article prose by anyone.</p>`).join('');

function page(inside: string, outside = ''): Document {
  return parsePage(
    `<html><head><title>Talks in Lausanne</title></head><body>
      <nav class="main-nav"><ul><li><a href="/world/">World</a></li><li><a href="/world/2019/11/17/other-story.html">Other story in the menu</a></li></ul></nav>
      <article><h1>Talks in Lausanne</h1>${PARAS}${inside}</article>${outside}
    </body></html>`,
    URL_,
  );
}

const hrefs = (doc: Document) => harvestSeeAlso(doc, URL_).links.map((l) => l.href);

describe('See Also blocks by heading, in several languages', () => {
  it.each([
    ['en', 'See also'],
    ['en', 'Related articles'],
    ['en', 'More on this story'],
    ['en', 'Read next'],
    ['en', 'You may also like'],
    ['fr', 'À lire aussi'],
    ['fr', 'Sur le même sujet'],
    ['de', 'Mehr zum Thema'],
    ['de', 'Auch auf heise online:'],
    ['de', 'Das könnte Sie auch interessieren'],
    ['es', 'Noticias relacionadas'],
    ['it', 'Leggi anche'],
    ['it', 'Articoli correlati'],
    ['pt', 'Veja também'],
    ['pt', 'Leia também'],
  ])('%s: "%s"', (_lang, heading) => {
    const doc = page(`<div class="box"><h3>${heading}</h3><ul>
      <li><a href="/world/2019/11/14/swiss-host-talks.html">Switzerland to host new Syria talks</a></li>
      <li><a href="https://news.example/world/2019/11/12/envoy-aleppo.html">UN envoy offers to escort rebels</a></li></ul></div>`);
    const result = harvestSeeAlso(doc, URL_);
    expect(result.heading).toBe(heading);
    expect(result.links).toEqual([
      { title: 'Switzerland to host new Syria talks', href: 'https://news.example/world/2019/11/14/swiss-host-talks.html' },
      { title: 'UN envoy offers to escort rebels', href: 'https://news.example/world/2019/11/12/envoy-aleppo.html' },
    ]);
    expect(result.blocks.map((b) => b.className)).toEqual(['box']);
  });

  it('takes a heading paragraph followed by one link per paragraph ("Read more:") without the story', () => {
    const doc = page(`<p><b>Read more:</b></p><p><a href="/world/2019/11/01/a.html">Story A</a></p><p><a href="/world/2019/11/02/b.html">Story B</a></p>`);
    const result = harvestSeeAlso(doc, URL_);
    expect(result.heading).toBe('Read more:');
    expect(result.links.map((l) => l.title)).toEqual(['Story A', 'Story B']);
    expect(result.blocks).toHaveLength(3);
    expect(result.blocks.some((b) => b.textContent?.includes('Paragraph'))).toBe(false);
  });

  it('takes a link that carries its own label ("SEE ALSO: title") and strips the label from the title', () => {
    const doc = page('', `<div class="next"><ul><li><a href="/world/2019/10/01/beach.html"><strong>SEE ALSO</strong>: How to work from the beach</a></li></ul></div>`);
    const result = harvestSeeAlso(doc, URL_);
    expect(result.heading).toBe('SEE ALSO');
    expect(result.links).toEqual([{ title: 'How to work from the beach', href: 'https://news.example/world/2019/10/01/beach.html' }]);
  });

  it('takes blocks marked up as related without a heading (class, rel=related)', () => {
    const doc = page(`<aside class="c-related-content"><a href="/world/2019/09/09/neon.html">The art of neon signs</a></aside>
      <p>More text. <a rel="related" href="/world/2019/08/08/glow.html">Glow history</a></p>`);
    expect(hrefs(doc)).toEqual([
      'https://news.example/world/2019/09/09/neon.html',
      'https://news.example/world/2019/08/08/glow.html',
    ]);
  });

  it('counts a rel=related link inside story prose but leaves the paragraph in place', () => {
    const doc = page(`<p>As we reported, <a rel="related" href="/world/2019/08/08/glow.html">the first round failed</a> in August.</p>`);
    const result = harvestSeeAlso(doc, URL_);
    expect(result.links.map((l) => l.href)).toEqual(['https://news.example/world/2019/08/08/glow.html']);
    expect(result.blocks).toEqual([]);
  });

  it('removes a See Also heading left empty by a script that never ran, but not a subheading over story text', () => {
    const empty = page('<div class="region"><h2>You may also like</h2><div class="js-fill"></div></div>');
    expect(harvestSeeAlso(empty, URL_).blocks.map((b) => b.textContent)).toEqual(['You may also like']);
    const subheading = page('<h2>Read more</h2><p>The talks went on into the night, and the envoys said they would meet again soon after.</p>');
    expect(harvestSeeAlso(subheading, URL_).blocks).toEqual([]);
  });

  it('classifies headings', () => {
    expect(classifyHeading('See Also:')).toBe('related');
    expect(classifyHeading('Lire aussi')).toBe('related');
    expect(classifyHeading('Around the web')).toBe('sponsored');
    expect(classifyHeading('More from UK')).toBe('listing');
    expect(classifyHeading('Recommended')).toBe('generic');
    expect(classifyHeading('The talks began on Saturday in Lausanne')).toBeNull();
    // Tables are tried sponsored, listing, related, generic: a phrase lives in the first table that claims it.
    expect(classifyHeading('Trending now')).toBe('listing');
    expect(classifyHeading('Trending on Twitter')).toBe('sponsored');
    expect(classifyHeading('Relacionados')).toBe('related');
  });
});

describe('what is not See Also', () => {
  it.each([
    ['Outbrain widget', '<div class="OUTBRAIN" data-widget-id="AR_1"><a href="https://paid.example/ad">Doctors hate this trick</a></div>'],
    ['Taboola widget', '<div id="taboola-below-article"><a href="https://paid.example/ad">You won\'t believe it</a></div>'],
    ['"Around the web" block', '<div class="box"><h3>Around the Web</h3><a href="https://paid.example/ad">Buy now</a></div>'],
    ['"Promoted" block', '<div class="box"><h3>Promoted Stories</h3><a href="https://paid.example/ad">Cheap flights</a></div>'],
    ['"Recommended by" block', '<div class="box"><span>Recommended by</span><a href="https://paid.example/ad">Shop</a></div>'],
    ['"Paid content" block', '<div class="box"><h4>Paid content</h4><a href="https://paid.example/ad">Sponsor story</a></div>'],
    ['"Sponsored" block', '<section class="box"><h2>Sponsored</h2><a href="/world/2019/01/01/partner.html">Partner story</a></section>'],
  ])('%s never counts, and is returned for removal', (_name, markup) => {
    const doc = page(markup);
    const result = harvestSeeAlso(doc, URL_);
    expect(result.links).toEqual([]);
    expect(result.blocks.length).toBeGreaterThan(0);
    expect(result.blocks.some((b) => b.textContent?.includes('Paragraph'))).toBe(false);
  });

  it('a sponsored widget next to a real See Also block does not leak into it', () => {
    const doc = page(`<div class="box"><h3>See also</h3><a href="/world/2019/11/01/a.html">Story A</a></div>
      <div class="OUTBRAIN"><h3>You may like</h3><a href="https://paid.example/x">Paid</a></div>`);
    expect(hrefs(doc)).toEqual(['https://news.example/world/2019/11/01/a.html']);
  });

  it('navigation, tag lists, share and comment links are not counted', () => {
    const doc = page(`<div class="box"><h3>Related</h3><ul>
        <li><a href="/world/2019/11/01/a.html">Story A</a></li>
        <li><a href="/tag/syria/">Syria</a></li>
        <li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a></li>
        <li><a href="#comments">12 comments</a></li>
        <li><a href="/">Home</a></li>
        <li><a href="mailto:desk@news.example">Mail us</a></li>
        <li><a href="javascript:void(0)">Print</a></li>
      </ul></div>`);
    expect(hrefs(doc)).toEqual(['https://news.example/world/2019/11/01/a.html']);
  });

  it('the site menu is never See Also even when it holds story links', () => {
    const doc = page('');
    expect(harvestSeeAlso(doc, URL_).links).toEqual([]);
  });

  it('drops links to the page itself and duplicates, keeping the text title over a thumbnail', () => {
    const doc = page(`<div class="box"><h3>See also</h3><ul>
      <li><a href="/world/2019/11/01/a.html"><img src="/t.jpg" alt="thumb-a.jpg"></a><a href="/world/2019/11/01/a.html#top">Story A</a></li>
      <li><a href="${URL_}">This very story</a></li>
      <li><a href="https://www.news.example/world/2019/11/18/talks-in-lausanne.html?utm_source=x">This story again</a></li>
      <li><a href="/world/2019/11/02/b.html">Story B</a></li>
      <li><a href="/world/2019/11/02/b.html">Story B (again)</a></li></ul></div>`);
    expect(harvestSeeAlso(doc, URL_).links).toEqual([
      { title: 'Story A', href: 'https://news.example/world/2019/11/01/a.html' },
      { title: 'Story B', href: 'https://news.example/world/2019/11/02/b.html' },
    ]);
  });

  it('a section list ("More from UK") is removed but never counted', () => {
    const doc = page(`<div class="sdc-article-related-stories"><h3>More from UK</h3><ul>
      <li><a href="/story/prince-andrew-ties-11865413">Prince Andrew: universities abandon ties</a></li></ul></div>`);
    const result = harvestSeeAlso(doc, URL_);
    expect(result.links).toEqual([]);
    expect(result.blocks.map((b) => b.className)).toEqual(['sdc-article-related-stories']);
  });

  it('a generic heading counts only when its links are about the story', () => {
    const onTopic = page(`<div class="box"><h3>Recommended</h3><a href="/world/2019/10/01/x.html">Lausanne talks: what next</a></div>`);
    const offTopic = page(`<div class="box"><h3>Recommended</h3><a href="/world/2019/10/01/y.html">Ten recipes for autumn soup</a></div>`);
    expect(hrefs(onTopic)).toEqual(['https://news.example/world/2019/10/01/x.html']);
    expect(hrefs(offTopic)).toEqual([]);
  });

  it('resolves relative links against the page URL, never a <base href>, and keeps only http(s)', () => {
    // The pipeline removes <base> first: a <base> elsewhere could make a link lie about its target.
    const doc = parsePage(`<html><head><base href="https://cdn.news.example/base/"></head><body><article><h1>T</h1>${PARAS}
      <div class="box"><h3>See also</h3><a href="rel/a.html">Relative story</a><a href="ftp://news.example/file">Ftp</a></div></article></body></html>`, URL_);
    expect(hrefs(doc)).toEqual(['https://news.example/world/2019/11/18/rel/a.html']);
  });

  it('never removes the story text', () => {
    const doc = page(`<div class="box"><h3>See also</h3><a href="/world/2019/11/01/a.html">Story A</a></div>`);
    const { blocks } = harvestSeeAlso(doc, URL_);
    for (const block of blocks) {
      expect(block.contains(doc.querySelector('h1'))).toBe(false);
      expect(block.textContent).not.toContain('Paragraph 1');
    }
  });

  it('explains what it saw (debug view)', () => {
    const doc = page(`<div class="box"><h3>See also</h3><a href="/world/2019/11/01/a.html">Story A</a></div><div class="OUTBRAIN"></div>`);
    const kinds = explainSeeAlso(doc, URL_).map((b) => b.kind).sort();
    expect(kinds).toEqual(['related', 'sponsored']);
  });
});
