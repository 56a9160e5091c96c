import { describe, expect, it } from 'vitest';
import { AncestorIndex, scanPage } from '../../utils/related/page-scan';
import { parsePage } from '../helpers/dom';

const html = `<html><body>
  <nav id="n1"><ul><li id="in-nav"><a href="/x">X</a></li></ul></nav>
  <div role="menubar" id="n2"><span id="in-menu">M</span></div>
  <div class="share-bar" id="f1"><a id="share" href="/s">Share</a></div>
  <div id="outbrain-widget-1" class="w"></div><div data-ob-template="x" id="ob"></div>
  <section class="related-stories" id="r1"><a rel="Related" href="/r" id="rl">R</a></section>
  <span itemprop="relatedLink" id="ip">I</span><span itemprop="relatedlink" id="ip2">not this one</span>
  <p id="plain">Text</p>
</body></html>`;

describe('scanPage (one pass over the attributes)', () => {
  const doc = parsePage(html, 'https://news.example/a.html');
  const scan = scanPage(doc);
  const ids = (els: Iterable<Element>) => [...els].map((e) => e.id);

  it('finds navigation roots by tag and role, furniture by role, tag and class words', () => {
    expect(ids(scan.navigation).sort()).toEqual(['n1', 'n2']);
    expect(ids(scan.furniture)).toEqual(expect.arrayContaining(['n1', 'n2', 'f1']));
    expect(ids(scan.furniture)).not.toContain('plain');
  });

  it('finds widget and related markers in document order, and related links by rel (any case) and itemprop (exact)', () => {
    expect(ids(scan.widgets)).toEqual(['outbrain-widget-1', 'ob']);
    expect(ids(scan.sponsoredMarks)).toEqual(['outbrain-widget-1']);
    expect(ids(scan.related)).toEqual(['r1']);
    expect(ids(scan.relatedLinks)).toEqual(['rl', 'ip']);
  });

  it('answers "inside one of these?" like closest(), remembered or not', () => {
    const index = new AncestorIndex(scan.navigation);
    const get = (id: string) => doc.getElementById(id)!;
    for (let round = 0; round < 2; round++) {
      expect(index.nearestRoot(get('in-nav'))?.id).toBe('n1');
      expect(index.inside(get('in-menu'))).toBe(true);
      expect(index.inside(get('n2'))).toBe(true);
      expect(index.inside(get('share'))).toBe(false);
      expect(index.nearestRoot(get('plain'))).toBeNull();
    }
  });
});

describe('scanPage lists and element facts (what the selector queries answered)', () => {
  const page = `<html><head><meta name="description" content="d"></head><body>
    <div id="box">  <h2 id="h">  See also </h2>
      <ul id="list"><li><a href="/a" id="a1">One <img src="x.png"></a></li><li><a id="noref">Two</a></li>
      <li><a href="/b" id="a2"><span id="inner">Three</span></a></li></ul>
      <p id="p1">A paragraph long enough that its text is not a heading candidate at all, not even close to it.</p>
      <div role="heading" id="rh">Short</div></div>
    <h1 id="top">Headline</h1><h1>Second</h1>
  </body></html>`;
  const doc = parsePage(page, 'https://news.example/a.html');
  const scan = scanPage(doc, 60);
  const get = (id: string) => doc.getElementById(id)!;
  const ids = (els: Iterable<Element>) => [...els].map((e) => e.id);

  it('lists links, headings, paragraphs and metas in document order, and the first h1', () => {
    expect(scan.anchors).toEqual([...doc.querySelectorAll('a[href]')]);
    expect(scan.headings).toEqual([...doc.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]);
    expect(ids(scan.paragraphs)).toEqual(['p1']);
    expect(scan.metas.map((m) => m.getAttribute('name'))).toEqual(['description']);
    expect(scan.headline?.id).toBe('top');
  });

  it('gives each element its links as a slice, its images, its enclosing link and its text length', () => {
    for (const el of doc.getElementsByTagName('*')) {
      const f = scan.facts.get(el)!;
      expect(scan.anchors.slice(f.linkStart, f.linkEnd)).toEqual([...el.querySelectorAll('a[href]')]);
      expect(scan.headings.slice(f.headingStart, f.headingEnd)).toEqual([...el.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]);
      expect(f.images).toBe(el.querySelectorAll('img').length);
      expect(f.link).toBe(el.closest('a[href]'));
      const trimmed = f.lead === f.len ? 0 : f.len - f.lead - f.trail;
      expect(trimmed, el.tagName).toBe((el.textContent ?? '').trim().length);
    }
  });

  it("lists the parents of the body's short texts once each, long texts left out", () => {
    expect(ids(scan.shortTextParents)).toEqual(['h', 'a1', 'noref', 'inner', 'rh', 'top', '']);
    expect(ids(scan.shortTextParents)).not.toContain('p1');
  });
});
