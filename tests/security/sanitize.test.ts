import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../utils/sanitize';
import { findDangers } from './dangers';

// The sanitizer's rules one by one, each on a small input that the rule must change.

function freshWindow(): Window {
  return new JSDOM('<!doctype html><body></body>', { url: 'https://popup.broadsheet.test/popup.html' }).window as unknown as Window;
}

const win = freshWindow();

/** Sanitize, then parse the result in the same window, as the view does. */
function clean(html: string, options?: { images?: boolean }, w: Window = win): HTMLElement {
  const out = sanitizeHtml(html, w, options);
  const host = w.document.createElement('div');
  host.innerHTML = out;
  return host;
}

describe('sanitizeHtml: elements', () => {
  const forbidden: [string, string][] = [
    ['script', '<script>alert(1)</script>'],
    ['style', '<style>p{background:url(https://b.example/x)}</style>'],
    ['link', '<link rel="stylesheet" href="https://b.example/x.css">'],
    ['meta', '<meta http-equiv="refresh" content="0;url=https://b.example/">'],
    ['base', '<base href="https://b.example/">'],
    ['form', '<form action="https://b.example/"><p>x</p></form>'],
    ['input', '<input type="password" name="pw">'],
    ['button', '<button>Go</button>'],
    ['select', '<select><option>a</option></select>'],
    ['textarea', '<textarea>t</textarea>'],
    ['iframe', '<iframe src="https://b.example/"></iframe>'],
    ['frame', '<frameset><frame src="https://b.example/"></frameset>'],
    ['object', '<object data="https://b.example/x.swf"></object>'],
    ['embed', '<embed src="https://b.example/x.swf">'],
    ['template', '<template><p>t</p></template>'],
    ['svg', '<svg><circle r="1"></circle></svg>'],
    ['math', '<math><mi>x</mi></math>'],
    ['noscript', '<noscript><p>n</p></noscript>'],
    ['video', '<video src="https://b.example/v.mp4"></video>'],
  ];
  it.each(forbidden)('drops <%s>', (tag, html) => {
    const out = clean(`<p>keep</p>${html}`);
    expect(out.querySelector(tag)).toBeNull();
    expect(out.querySelector('p')?.textContent).toBe('keep');
  });

  it('keeps the text structure of an article', () => {
    const html =
      '<article><h2>Sub</h2><p dir="rtl" lang="ar">نص <em>مائل</em></p><blockquote cite="https://a.example/q">q</blockquote>' +
      '<ul><li>one</li></ul><table><tbody><tr><td colspan="2">c</td></tr></tbody></table>' +
      '<figure><img src="https://i.example/a.jpg" alt="A harbour" width="640" height="480"><figcaption>Cap</figcaption></figure>' +
      '<p><time datetime="2024-03-14">14 March</time> <a href="https://a.example/">link</a></p></article>';
    const out = clean(html);
    expect(out.querySelector('p[dir="rtl"][lang="ar"] em')?.textContent).toBe('مائل');
    expect(out.querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(out.querySelector('img')?.getAttribute('width')).toBe('640');
    expect(out.querySelector('img')?.getAttribute('alt')).toBe('A harbour');
    expect(out.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-14');
    expect(out.querySelector('blockquote')?.getAttribute('cite')).toBe('https://a.example/q');
    expect(out.querySelector('figcaption')?.textContent).toBe('Cap');
    expect(findDangers(out)).toEqual([]);
  });
});

describe('sanitizeHtml: attributes', () => {
  it('drops every event handler, style, srcdoc, formaction, ping and srcset', () => {
    const out = clean(
      '<p onclick="alert(1)" onmouseover="alert(2)" onfoo="alert(3)" style="color:red">a</p>' +
        '<a href="https://a.example/" ping="https://b.example/p">l</a>' +
        '<img src="https://i.example/a.jpg" srcset="https://i.example/b.jpg 2x" sizes="100vw" onerror="alert(4)">' +
        '<div srcdoc="<script>alert(5)</script>" formaction="https://b.example/">d</div>',
    );
    for (const el of Array.from(out.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name).not.toMatch(/^on|^(?:style|srcdoc|formaction|ping|srcset|sizes)$/);
      }
    }
    expect(out.querySelector('img')?.getAttribute('src')).toBe('https://i.example/a.jpg');
  });

  it('drops class, so page markup cannot dress up in the view\'s own styles', () => {
    const out = clean('<div class="bs-toolbar bs-overlay"><p class="lead">x</p></div>');
    expect(out.querySelector('[class]')).toBeNull();
    expect(out.textContent).toBe('x');
  });

  it.each([
    ['javascript:alert(1)'],
    [' JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java&#x09;script:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['javascript&colon;alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox(1)'],
    ['VBSCRIPT:msgbox(1)'],
    ['tel:+15551234'],
    ['ftp://files.example/x'],
    ['file:///etc/passwd'],
    ['chrome-extension://abc/options.html'],
    ['/relative/path.html'],
    ['relative.html'],
    ['//protocol-relative.example/x'],
  ])('refuses href %j', (href) => {
    const out = clean(`<a href="${href}">x</a>`);
    expect(out.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(out.textContent).toBe('x');
  });

  it('refuses code URLs in every URL attribute, not only href and src', () => {
    const out = clean(
      '<blockquote cite="javascript:alert(1)">q</blockquote><img src="https://i.example/a.jpg" longdesc="javascript:alert(2)">' +
        '<q cite="data:text/html,x">q</q><a href="https://a.example/" title="javascript:alert(3)">t</a>',
    );
    expect(out.querySelector('blockquote')?.hasAttribute('cite')).toBe(false);
    expect(out.querySelector('img')?.hasAttribute('longdesc')).toBe(false);
    expect(out.querySelector('q')?.hasAttribute('cite')).toBe(false);
    expect(out.querySelector('a')?.hasAttribute('title')).toBe(false);
  });

  it('keeps http(s), mailto and fragment links, cleaned of whitespace', () => {
    const out = clean(
      '<a href=" https://a.example/x ">a</a><a href="http://b.example/">b</a><a href="mailto:desk@news.example">m</a><a href="#notes">f</a>',
    );
    const hrefs = Array.from(out.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://a.example/x', 'http://b.example/', 'mailto:desk@news.example', '#user-content-notes']);
  });

  it('does not let an image source be mailto, a fragment or data', () => {
    const out = clean('<img src="mailto:a@b.example"><img src="#x"><img src="data:image/png;base64,AAAA"><img src="https://i.example/ok.jpg">');
    expect(Array.from(out.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['https://i.example/ok.jpg']);
  });

  it('forces rel="noopener noreferrer" and target=_blank on links, replacing what the page said', () => {
    const out = clean('<a href="https://a.example/" target="_self" rel="opener">x</a><a href="#n">n</a><a>no href</a>');
    const [external, fragment, bare] = Array.from(out.querySelectorAll('a'));
    expect(external?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(external?.getAttribute('target')).toBe('_blank');
    expect(fragment?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(fragment?.hasAttribute('target')).toBe(false);
    expect(bare?.hasAttribute('target')).toBe(false);
  });

  it('prefixes ids and names so page markup cannot clobber the view, and keeps fragments pointing at them (idempotently)', () => {
    const once = sanitizeHtml('<p id="app">a</p><a href="#app">to a</a><img name="getElementById" src="https://i.example/x.jpg">', win);
    const twice = sanitizeHtml(once, win);
    expect(twice).toBe(once);
    const out = clean(once);
    const target = out.querySelector('a')!.getAttribute('href')!.slice(1);
    expect(out.querySelector(`[id="${target}"]`)?.textContent).toBe('a');
    expect(out.querySelector('#app')).toBeNull();
    expect(out.querySelector('img')?.getAttribute('name')).not.toBe('getElementById');
  });
});

describe('sanitizeHtml: images', () => {
  it.each([
    ['width/height 1', '<img src="https://t.example/p.gif" width="1" height="1">'],
    ['width 0', '<img src="https://t.example/p.gif" width="0">'],
    ['height 2px', '<img src="https://t.example/p.gif" height="2px" width="300">'],
    ['style size', '<img src="https://t.example/p.gif" style="width: 1px; height: 1px">'],
    ['hidden attribute', '<img src="https://t.example/p.gif" hidden>'],
    ['display:none', '<img src="https://t.example/p.gif" style="display:none">'],
    ['visibility:hidden', '<img src="https://t.example/p.gif" style="border:0; visibility: hidden">'],
    ['opacity 0', '<img src="https://t.example/p.gif" style="opacity:0">'],
  ])('drops a tracking pixel (%s)', (_what, html) => {
    const out = clean(`<p>text</p>${html}`);
    expect(out.querySelector('img')).toBeNull();
    expect(out.textContent).toBe('text');
  });

  it('keeps a real image, with no referrer', () => {
    const out = clean('<img src="https://i.example/photo.jpg" width="800" height="450" alt="Photo">');
    expect(out.querySelector('img')?.getAttribute('src')).toBe('https://i.example/photo.jpg');
    expect(out.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('drops <img> and <picture> when remote images are off, keeping captions', () => {
    const html =
      '<figure><picture><source srcset="https://i.example/a.webp"><img src="https://i.example/a.jpg"></picture>' +
      '<figcaption>Caption</figcaption></figure><p><img src="https://i.example/b.jpg"> text</p>';
    const off = clean(html, { images: false });
    expect(off.querySelector('img, picture, source')).toBeNull();
    expect(off.querySelector('figcaption')?.textContent).toBe('Caption');
    const on = clean(html);
    expect(on.querySelectorAll('img').length).toBe(2);
  });

  it('keeps no state between calls with different options on the same window', () => {
    const html = '<p><img src="https://i.example/a.jpg" width="600"><a href="https://a.example/">a</a></p>';
    const w = freshWindow();
    const results = [true, false, true, false, undefined].map((images) =>
      clean(html, images === undefined ? undefined : { images }, w),
    );
    expect(results.map((r) => r.querySelectorAll('img').length)).toEqual([1, 0, 1, 0, 1]);
    // Hooks ran on every call, whatever the options.
    for (const r of results) expect(r.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('uses the displaying window: two windows give the same result and do not share hooks', () => {
    const a = freshWindow();
    const b = freshWindow();
    const html = '<p onclick="x()"><a href="https://a.example/">a</a><img src="https://i.example/a.jpg"></p>';
    expect(sanitizeHtml(html, a, { images: false })).not.toContain('<img');
    expect(sanitizeHtml(html, b)).toContain('<img');
    expect(sanitizeHtml(html, a)).toBe(sanitizeHtml(html, b));
  });
});

describe('sanitizeHtml: failure modes', () => {
  it('refuses a window that cannot run DOMPurify instead of returning the input', () => {
    const fake = { document: {} } as unknown as Window;
    expect(() => sanitizeHtml('<img src=x onerror=alert(1)>', fake)).toThrow();
  });

  it('handles empty and non-markup input', () => {
    expect(sanitizeHtml('', win)).toBe('');
    expect(clean('plain & simple').textContent).toBe('plain & simple');
    expect(clean('a < b and c > d').textContent).toBe('a < b and c > d');
    expect(sanitizeHtml('1 < 2 <3', win)).not.toMatch(/<3/);
  });
});
