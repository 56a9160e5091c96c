import { describe, expect, it } from 'vitest';
import { elementsByTags, indexBodyByTags, indexByTags, indexedByTags } from '../../utils/detect/dom';
import { readStructuredTypes } from '../../utils/detect/structured';
import { parsePage } from '../helpers/dom';

const PAGE = `<!doctype html><html><head><title>t</title></head><body>
  <main id="m"><h2 id="a">A</h2><p id="p1">one</p><article id="x"><h3 id="b">B</h3><p id="p2">two</p><pre id="pre">c</pre>
  <h2 id="c">C</h2></article><svg><a id="svg-a"></a></svg></main><p id="p3">three</p><article id="y"></article></body></html>`;

const ids = (els: readonly Element[]) => els.map((el) => el.id);

describe('one walk sorted by tag', () => {
  it('lists what one lookup per tag lists, in the same order and with the same cap', () => {
    const doc = parsePage(PAGE, 'https://example.org/');
    const tags = ['p', 'pre', 'h2', 'h3', 'article', 'main', 'a'];
    const index = indexByTags(doc.body, tags);
    for (const group of [['p', 'pre'], ['h2', 'h3'], ['article'], ['main'], ['a'], ['h3', 'h2']]) {
      for (const max of [Infinity, 2, 0]) {
        expect(ids(indexedByTags(index, group, max))).toEqual(ids(elementsByTags(doc.body, group, max)));
      }
    }
    expect(ids(indexedByTags(index, ['p', 'pre'], Infinity))).toEqual(['p1', 'p2', 'p3', 'pre']);
    // A tag that was not asked for is simply empty; the root itself is never listed.
    expect(indexedByTags(index, ['div'], Infinity)).toEqual([]);
    expect(ids(indexedByTags(indexByTags(doc.getElementById('x')!, ['article', 'p']), ['article', 'p'], 9))).toEqual(['p2']);
  });

  it("sorts a body by the document's own list only when nothing follows the body, and answers the same either way", () => {
    const tags = ['p', 'pre', 'h2', 'h3', 'article', 'main', 'a', 'title'];
    const doc = parsePage(PAGE, 'https://example.org/');
    const fromBody = indexByTags(doc.body, tags);
    const listed = (index: ReturnType<typeof indexByTags>) => tags.map((tag) => ids(indexedByTags(index, [tag], Infinity)));
    // The head's <title> comes before the body in the document's list and must not be counted.
    expect(listed(indexBodyByTags(doc.body, tags))).toEqual(listed(fromBody));
    expect(indexedByTags(indexBodyByTags(doc.body, tags), ['title'], Infinity)).toEqual([]);
    // A script may put elements after the body; they are not the body's.
    const after = doc.createElement('p');
    after.id = 'after';
    doc.documentElement.append(after);
    expect(listed(indexBodyByTags(doc.body, tags))).toEqual(listed(fromBody));
    expect(listed(indexByTags(doc.documentElement, tags))[0]).toContain('after');
  });

  it('gives the structured-data reader the same holders whether it is handed the index or looks them up', () => {
    const doc = parsePage(
      '<html itemscope itemtype="https://schema.org/WebPage"><body><main itemscope itemtype="https://schema.org/NewsArticle">' +
        '<article itemscope itemtype="http://schema.org/BlogPosting"></article></main></body></html>',
      'https://example.org/',
    );
    const own = readStructuredTypes(doc);
    expect(own.top).toEqual(['webpage', 'newsarticle', 'blogposting']);
    expect(readStructuredTypes(doc, indexByTags(doc.body, ['main', 'article']))).toEqual(own);
  });
});
