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
