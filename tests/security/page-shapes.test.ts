import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../utils/article';
import { runPipeline } from '../../utils/pipeline';
import { MAX_DEPTH } from '../../utils/prepare';
import { deepPage, depthOf, flatPage, heavyPage, PARAGRAPH, URL_BASE } from '../../bench/page-shapes';
import { parsePage } from '../helpers/dom';

/** Hang guard for the huge-page tests (the test timeout, not a speed mark: times are the benchmark's business). */
const HANG_GUARD_MS = 120_000;
/** Elements in the huge page of issue 4. */
const HUGE_ELEMENTS = 150_000;
/** Nesting depth of the deep page of issue 4. */
const DEEP_LEVELS = 10_000;
/** A heavy but real-world page size, which must still be read (the limits are far above it). */
const HEAVY_ELEMENTS = 20_000;

// Size and shape: huge, deep, bodiless and framed pages end quickly with a clear state; RTL and lazy images survive.
// Times are printed (a benchmark, not a pass mark) except for one generous bound that says "did not hang".

function timed(doc: Document, force = false): { result: PipelineResult; ms: number } {
  const start = performance.now();
  const result = runPipeline(doc, doc.URL, { force });
  return { result, ms: performance.now() - start };
}

describe('huge and deep pages', () => {
  it(`a page of ${HUGE_ELEMENTS.toLocaleString('en')} elements is "too large", quickly, without a crash`, () => {
    const doc = flatPage(HUGE_ELEMENTS);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThanOrEqual(HUGE_ELEMENTS);
    const { result, ms } = timed(doc);
    console.log(`${HUGE_ELEMENTS} elements: ${result.reason} in ${ms.toFixed(0)} ms (detect ${result.timingsMs.detect.toFixed(0)} ms)`);
    expect(result.article).toBeNull();
    expect(result.reason).toBe('too-large');
    expect(result.message).toMatch(/too large/i);
  }, HANG_GUARD_MS);

  it(`a page nested ${DEEP_LEVELS.toLocaleString('en')} levels deep is "too large", quickly, without a stack overflow`, () => {
    const doc = deepPage(DEEP_LEVELS);
    expect(depthOf(doc)).toBeGreaterThanOrEqual(DEEP_LEVELS);
    const { result, ms } = timed(doc, true);
    console.log(`${DEEP_LEVELS} levels: ${result.reason} in ${ms.toFixed(0)} ms (detect ${result.timingsMs.detect.toFixed(0)} ms)`);
    expect(result.article).toBeNull();
    expect(result.reason).toBe('too-large');
  }, HANG_GUARD_MS);

  it('a page just inside the depth limit is read without a stack overflow', () => {
    const doc = deepPage(MAX_DEPTH - 10);
    const { result, ms } = timed(doc, true);
    console.log(`${MAX_DEPTH - 10} levels (limit ${MAX_DEPTH}): ${result.article ? `article, ${result.article.wordCount} words` : result.reason} in ${ms.toFixed(0)} ms`);
    expect(result.reason).not.toBe('too-large');
    expect(result.article?.text).toContain('tender documents');
  }, HANG_GUARD_MS);

  it(`a heavy page of ${HEAVY_ELEMENTS.toLocaleString('en')} elements is still read`, () => {
    const doc = heavyPage(HEAVY_ELEMENTS);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(HEAVY_ELEMENTS - 4);
    expect(doc.getElementsByTagName('*').length).toBeLessThanOrEqual(HEAVY_ELEMENTS);
    const { result, ms } = timed(doc);
    console.log(`${HEAVY_ELEMENTS} elements: ${result.article ? `article, ${result.article.wordCount} words` : result.reason} in ${ms.toFixed(0)} ms ${JSON.stringify(result.timingsMs, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}`);
    expect(result.article).not.toBeNull();
    expect(result.article!.text).toContain('tender documents');
    expect(result.article!.text).not.toContain('Headline number');
  }, 180_000);
});

describe('pages without a readable body', () => {
  const quiet = () => new VirtualConsole();

  it('a document whose body was removed: "no-body"', () => {
    const doc = parsePage(`<html><head><title>T</title></head><body><p>${PARAGRAPH}</p></body></html>`, `${URL_BASE}no-body.html`);
    doc.body.remove();
    const result = runPipeline(doc, doc.URL, { force: true });
    expect(result.article).toBeNull();
    expect(result.reason).toBe('no-body');
  });

  it('a document with no root element at all: no crash, no article', () => {
    const doc = parsePage('<p>x</p>', `${URL_BASE}empty.html`);
    doc.documentElement.remove();
    const result = runPipeline(doc, doc.URL, { force: true });
    expect(result.article).toBeNull();
    expect(result.reason).toBe('no-body');
  });

  it('an XML document with no HTML body: "no-body"', () => {
    const doc = new JSDOM(`<?xml version="1.0"?><feed><entry><title>${PARAGRAPH}</title></entry></feed>`, {
      url: `${URL_BASE}feed.xml`,
      contentType: 'application/xml',
      virtualConsole: quiet(),
    }).window.document;
    const result = runPipeline(doc, doc.URL, { force: true });
    expect(result.article).toBeNull();
    expect(result.reason).toBe('no-body');
  });

  it.each([false, true])('a frameset page gives a clear "no article" answer (force: %s)', (force) => {
    const doc = parsePage(
      '<!doctype html><html><head><title>Framed news</title><meta property="og:type" content="article"></head>' +
        '<frameset cols="30%,70%"><frame src="/menu.html"><frame src="/2024/03/14/story.html"></frameset></html>',
      `${URL_BASE}framed.html`,
    );
    expect(doc.body?.localName).toBe('frameset');
    const result = runPipeline(doc, doc.URL, { force });
    expect(result.article).toBeNull();
    expect(['not-an-article', 'no-content', 'no-body']).toContain(result.reason);
    expect(result.message).toBeTruthy();
  });
});

describe('direction and lazy images', () => {
  const ARABIC = [
    'صوّت مجلس المدينة مساء الثلاثاء على خطة الميناء الجديدة التي تضيف رصيفاً للمياه العميقة ومحطة جديدة للعبّارات وممشى عاماً على طول كاسر الأمواج الشرقي خلال السنوات الست المقبلة.',
    'وقال المؤيدون في المجلس إن الرصيف الجديد سيعيد سفن الشحن الكبيرة إلى المدينة لأول مرة منذ عقود، ومعها مئات الوظائف في التحميل والصيانة والخدمات اللوجستية التي انتقلت إلى موانئ أخرى.',
    'وحذّر المعارضون من أن تعميق القناة قد يضر بمروج الأعشاب البحرية جنوب المنارة القديمة، وطالبوا بدراسة مستقلة للتيارات البحرية قبل توقيع أي عقد للبناء في المرحلة الأولى من المشروع.',
    'وقال رئيس البلدية إن المرحلة الأولى ستطرح في مناقصة خلال الخريف، وإن محطة العبّارات ستحافظ على جدولها الحالي طوال مدة الأشغال، ويمكن للسكان متابعة الخطة في معرض عام بمكتبة المدينة.',
  ];

  it.each([
    ['on <html>', '<html lang="ar" dir="rtl">', '<body>'],
    ['on <body>', '<html lang="ar">', '<body dir="rtl">'],
  ])('an RTL page keeps dir="rtl" (%s)', (_where, htmlTag, bodyTag) => {
    const doc = parsePage(
      `<!doctype html>${htmlTag}<head><meta charset="utf-8"><title>خطة الميناء</title><meta property="og:type" content="article"></head>` +
        `${bodyTag}<main><article><h1>المجلس يوافق على خطة الميناء</h1>${ARABIC.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`,
      `${URL_BASE}harbour-ar.html`,
    );
    const result = runPipeline(doc, doc.URL, { force: true });
    expect(result.article).not.toBeNull();
    expect(result.article!.dir).toBe('rtl');
    expect(result.article!.text).toContain('رصيفاً');
  });

  it('lazy images (data-src, data-srcset, srcset, picture, noscript) resolve to the real image', () => {
    const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const doc = parsePage(
      '<!doctype html><html lang="en"><head><title>Lazy</title><meta property="og:type" content="article"></head><body><main><article>' +
        '<h1>Harbour works begin</h1>' +
        `<p>${PARAGRAPH}</p>` +
        `<figure><img src="${gif}" data-src="/media/lazy-data-src.jpg" alt="Quay" width="800" height="533"><figcaption>The quay.</figcaption></figure>` +
        `<p>${PARAGRAPH}</p>` +
        `<figure><img src="${gif}" class="lazyload" data-srcset="/media/lazy-srcset-400.jpg 400w, /media/lazy-srcset-800.jpg 800w" alt="Crane"><figcaption>A crane.</figcaption></figure>` +
        `<p>${PARAGRAPH}</p>` +
        `<figure><picture><source type="image/webp" srcset="/media/picture-800.webp 800w"><source srcset="/media/picture-800.jpg 800w"><img src="${gif}" alt="Ferry"></picture><figcaption>The ferry.</figcaption></figure>` +
        `<p>${PARAGRAPH}</p>` +
        `<figure><img class="js-lazy" src="${gif}" alt=""><noscript><img src="/media/noscript-real.jpg" alt="Lighthouse"></noscript><figcaption>The lighthouse.</figcaption></figure>` +
        `<p>${PARAGRAPH}</p>` +
        '<figure><img srcset="/media/only-srcset-1x.jpg 1x, /media/only-srcset-2x.jpg 2x" alt="Breakwater"><figcaption>The breakwater.</figcaption></figure>' +
        `<p>${PARAGRAPH}</p>` +
        '</article></main></body></html>',
      `${URL_BASE}lazy.html`,
    );
    const result = runPipeline(doc, doc.URL, { force: true });
    const article = result.article;
    expect(article).not.toBeNull();
    const body = new JSDOM(`<body>${article!.html}`).window.document.body;
    const sources = [...Array.from(body.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? ''), article!.leadImage?.src ?? ''];
    const expected: [string, RegExp][] = [
      ['data-src', /\/media\/lazy-data-src\.jpg$/],
      ['data-srcset', /\/media\/lazy-srcset-(?:400|800)\.jpg$/],
      ['picture', /\/media\/picture-800\.(?:jpg|webp)$/],
      ['noscript', /\/media\/noscript-real\.jpg$/],
      ['srcset only', /\/media\/only-srcset-[12]x\.jpg$/],
    ];
    const missing = expected.filter(([, pattern]) => !sources.some((src) => pattern.test(src))).map(([what]) => what);
    expect(missing, `image sources found: ${sources.join(', ')}`).toEqual([]);
    for (const src of sources.filter(Boolean)) expect(src.startsWith('https://news.example/media/'), src).toBe(true);
  });
});
