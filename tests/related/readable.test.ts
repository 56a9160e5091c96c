import { describe, expect, it } from 'vitest';
import { readableText } from '../../utils/media/dom-text';
import { readableTexts } from '../../utils/related/readable';
import { parsePage } from '../helpers/dom';

// The memo must answer exactly what readableText answers, for every element, in any order of asking.
const html = `<html><body>
  <div id="card"><h3>See <span class="sr-only">also</span>this</h3>
    <a href="/x"><span>Kicker</span><strong>Title</strong> text</a>
    <p>One<br>two <em>three</em></p><script>var x = 1;</script>
    <div hidden>gone</div><span style="display: none">gone too</span><button>Share</button>
    <ul><li>a</li><li>b\u00a0\u200b c</li></ul><svg><text>svg text</text></svg>
    <time>Today</time><!-- comment --><template><p>t</p></template>
  </div>
  <section><div><p>Nested   <b>bold</b>
    text</p></div></section>
</body></html>`;

describe('readableTexts (readableText, each element read once)', () => {
  it('equals readableText on every element, inner elements asked first or last', () => {
    for (const order of ['forward', 'reverse'] as const) {
      const doc = parsePage(html, 'https://news.example/a.html');
      const text = readableTexts();
      const all = [...doc.getElementsByTagName('*')];
      if (order === 'reverse') all.reverse();
      for (const el of all) expect(text(el), `${order} ${el.tagName}`).toBe(readableText(el));
      expect(text(doc.getElementById('card')!)).toContain('See also this');
    }
  });

  it('leaves out hidden and silent elements and separates blocks', () => {
    const doc = parsePage(html, 'https://news.example/a.html');
    const text = readableTexts();
    const card = text(doc.getElementById('card')!);
    expect(card).not.toMatch(/gone|var x|Share|svg text/);
    expect(card).toContain('KickerTitle text');
    expect(text(doc.querySelector('section')!)).toBe('Nested bold text');
  });
});
