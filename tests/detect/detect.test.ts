import { describe, expect, it } from 'vitest';
import type { Detection } from '../../utils/article';
import { classify, detectPage } from '../../utils/detect/detect';
import { ARTICLE_THRESHOLD, BYLINE_TEXT, DETAIL_MAX_CHARS, SIGNALS, type SignalName } from '../../utils/detect/signals';
import { parsePage } from '../helpers/dom';
import {
  BLOG_URL,
  blogPostPage,
  forumThreadPage,
  homePage,
  jsonLd,
  NEWS_URL,
  newsArticlePage,
  paragraphs,
  productPage,
  searchPage,
  sectionFrontPage,
  tagListingPage,
  teasers,
  videoPage,
} from './pages';

function detect(html: string, url: string): Detection {
  return detectPage(parsePage(html, url), url);
}

function names(d: Detection): string[] {
  return d.signals.map((s) => s.name);
}

function signal(d: Detection, name: SignalName) {
  return d.signals.find((s) => s.name === name);
}

/** A plain article page around some structured data, with no other news furniture. */
function plainPage(head: string, bodyHtml = paragraphs(6)): string {
  return `<!doctype html><html><head><title>t</title>${head}</head><body><main><h1>A title</h1>${bodyHtml}</main></body></html>`;
}

describe('news and articles', () => {
  it('a NewsArticle page is news, decided by its structured data, og:type, date and byline', () => {
    const d = detect(newsArticlePage(), NEWS_URL);
    expect(d.kind).toBe('news');
    expect(signal(d, 'jsonld-news')?.detail).toBe('newsarticle');
    expect(names(d)).toEqual(expect.arrayContaining(['og-article', 'published-time', 'news-section-meta', 'byline', 'header-time', 'url-date', 'url-slug', 'article-body', 'readerable']));
    expect(d.score).toBeGreaterThanOrEqual(ARTICLE_THRESHOLD);
  });

  it('the score is the sum of the signal weights, and each weight is the one in the table', () => {
    const d = detect(newsArticlePage(), NEWS_URL);
    for (const s of d.signals) expect(s.weight).toBe(SIGNALS[s.name as SignalName][0]);
    const sum = d.signals.reduce((acc, s) => acc + s.weight, 0);
    expect(d.score).toBeCloseTo(sum, 5);
  });

  it.each([
    ['@graph', { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'Organization' }, { '@type': 'ReportageNewsArticle' }] }, 'reportagenewsarticle'],
    ['an array of types', { '@type': ['Article', 'AnalysisNewsArticle'] }, 'analysisnewsarticle'],
    ['a list of items', [{ '@type': 'BreadcrumbList' }, { '@type': 'http://schema.org/NewsArticle' }], 'newsarticle'],
    ['a WebPage with mainEntity', { '@type': 'WebPage', mainEntity: { '@type': 'OpinionNewsArticle' } }, 'opinionnewsarticle'],
    ['a schema: prefix', { '@type': 'schema:LiveBlogPosting' }, 'liveblogposting'],
  ])('reads news types in %s', (_what, ld, expected) => {
    const d = detect(plainPage(jsonLd(ld)), 'https://example.org/a/story');
    expect(signal(d, 'jsonld-news')?.detail).toBe(expected);
    expect(d.kind).toBe('news');
  });

  it('a blog post is an article, not news', () => {
    const d = detect(blogPostPage(), BLOG_URL);
    expect(d.kind).toBe('article');
    expect(signal(d, 'jsonld-nonnews-article')?.detail).toBe('blogposting');
    expect(names(d)).toContain('nonnews-site');
    expect(names(d)).toContain('byline');
  });

  it('a generic Article type says article; news needs a news signal on top', () => {
    const generic = detect(plainPage(jsonLd({ '@type': 'Article' })), 'https://example.org/essays/on-walking');
    expect(generic.kind).toBe('article');
    expect(names(generic)).toContain('jsonld-article');
    // The same page with a dateline and a news section in its URL reads as news.
    const dateline = `<p>PARIS (AFP) - ${'The minister announced the reform on Monday after weeks of talks with unions and employers. '.repeat(3)}</p>`;
    const news = detect(plainPage(jsonLd({ '@type': 'Article' }), dateline + paragraphs(5)), 'https://example.org/news/world/reform-announced-after-talks');
    expect(names(news)).toEqual(expect.arrayContaining(['dateline', 'url-news-section']));
    expect(news.kind).toBe('news');
  });

  it('a page with only microdata itemtype NewsArticle is news', () => {
    const html = `<html><head><title>t</title></head><body><article itemscope itemtype="http://schema.org/NewsArticle"><h1>Story</h1>${paragraphs(5)}</article></body></html>`;
    const d = detect(html, 'https://example.org/2020/01/02/story-about-the-thing-that-happened');
    expect(signal(d, 'jsonld-news')?.detail).toBe('newsarticle');
    expect(d.kind).toBe('news');
  });

  it('an unstyled essay with no metadata still passes on prose alone when there is a lot of it', () => {
    const d = detect(`<html><body><h1>Maker's schedule</h1>${paragraphs(20, 'schedules')}</body></html>`, 'about:blank');
    expect(names(d)).toEqual(expect.arrayContaining(['readerable', 'much-prose', 'no-article-metadata']));
    expect(d.kind).toBe('article');
  });

  it('a docs page whose text is in short paragraphs, lists and definitions is an article', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<dt><code>Array.prototype.method${i}()</code></dt><dd>Returns a new array built from the elements of the calling array after applying step ${i} to each of them.</dd>`).join('');
    const sections = Array.from({ length: 4 }, (_, i) => `<h2 id="section-${i}"><a href="#section-${i}">Section ${i}</a></h2><p>Short introduction ${i} to this part of the reference.</p><dl>${items}</dl>`).join('');
    const d = detect(`<html><head><title>Array - Reference</title></head><body><header><nav><a href="/">Docs</a></nav></header><main><h1>Array</h1>${sections}</main></body></html>`, 'https://docs.example.org/en-US/docs/Reference/Array');
    expect(names(d)).toEqual(expect.arrayContaining(['text-container', 'doc-outline', 'nonnews-site']));
    expect(names(d)).not.toContain('little-prose');
    expect(d.kind).toBe('article');
  });

  it('a marketing page with some prose and no article markers is not an article', () => {
    const html = `<html><head><meta property="og:type" content="website"><title>Customize your browser</title></head><body>
      <section><h2>Make it yours</h2>${paragraphs(3, 'themes')}</section><section><button>Download now</button></section></body></html>`;
    const d = detect(html, 'https://www.example.org/en-US/browser/desktop/customize/');
    expect(names(d)).toEqual(expect.arrayContaining(['readerable', 'no-article-metadata', 'og-website']));
    expect(d.kind).toBe('other');
  });

  it('a page whose og:type names a thing (a code repository) is not an article, even with a README in an <article>', () => {
    const readme = Array.from({ length: 3 }, (_, i) => `<h2 id="usage-${i}"><a href="#usage-${i}">Part ${i}</a></h2>${paragraphs(1, `part ${i}`)}`).join('');
    const html = `<html><head><meta property="og:type" content="object"><title>owner/tool: a command line tool</title></head><body>
      <main><nav><a href="/owner/tool/issues">Issues</a> <a href="/owner/tool/pulls">Pull requests</a></nav><article class="readme">${readme}</article></main></body></html>`;
    const d = detect(html, 'https://code.example/owner/tool');
    expect(names(d)).toEqual(expect.arrayContaining(['og-nonarticle', 'readerable', 'doc-outline']));
    expect(d.kind).toBe('other');
  });

  it('reads story text written straight into a <section> with <br> between lines as prose', () => {
    const line = 'Officials said on Tuesday that the harbour plan, debated for months, would move ahead after a close vote in the chamber.';
    const text = Array.from({ length: 8 }, (_, i) => `${line} Point ${i}.<br><br>`).join('');
    const html = `<html><head><meta property="og:type" content="article"><title>Harbour plan</title></head><body>
      <h1>Council approves harbour plan</h1><section class="story">${text}</section></body></html>`;
    const d = detect(html, 'https://www.example.org/articles/2019/11/18/council-approves-harbour-plan');
    expect(names(d)).toContain('readerable');
    expect(names(d)).not.toContain('no-prose');
    expect(d.kind).not.toBe('other');
  });

  it('an <article> with <br> between its paragraphs is not counted again as one huge paragraph', () => {
    const html = `<html><body><h1>A title</h1><article>${paragraphs(6)}<br>${paragraphs(1)}</article></body></html>`;
    const d = detect(html, 'about:blank');
    expect(signal(d, 'much-prose')?.detail).toBe('7 paragraphs');
  });

  it('a short post with little prose and no markers is not an article', () => {
    const d = detect(`<html><body><h1>Hello</h1>${paragraphs(1)}</body></html>`, 'about:blank');
    expect(d.kind).toBe('other');
  });

  it('reads meta tags that carry value= instead of content= (saved pages)', () => {
    const d = detect(plainPage('<meta property="og:type" value="article"><meta name="news_keywords" value="harbour">'), 'https://example.org/x/y-z');
    expect(names(d)).toEqual(expect.arrayContaining(['og-article', 'news-meta']));
  });

  it('counts CJK paragraphs by what they carry, not by their character count', () => {
    const ja = '政府は火曜日、港湾整備計画を正式に承認したと発表した。計画は数か月にわたり議論されてきたが、議会での採決を経てようやく前進することになった。';
    const body = Array.from({ length: 6 }, () => `<p>${ja}</p>`).join('');
    const d = detect(`<html><body><article><h1>港湾計画</h1>${body}</article></body></html>`, 'https://example.jp/2019/04/25/harbour.html');
    expect(names(d)).toContain('readerable');
    expect(d.kind).not.toBe('other');
  });

  it('falls back to the canonical URL when the page URL is not http(s)', () => {
    const html = newsArticlePage().replace('<head>', `<head><link rel="canonical" href="${NEWS_URL}">`);
    const d = detectPage(parsePage(html, 'about:blank'), 'file:///tmp/saved.html');
    expect(signal(d, 'url-date')?.detail).toBe('/2016/10/15/');
  });
});

describe('pages that are not articles', () => {
  it('a home page is other', () => {
    const d = detect(homePage(), 'https://www.dailyherald.example/');
    expect(d.kind).toBe('other');
    expect(names(d)).toEqual(expect.arrayContaining(['home-page', 'cms-listing']));
    expect(names(d).some((n) => n === 'teaser-listing' || n === 'card-grid')).toBe(true);
  });

  it('an edition home page (/es/) is a home page; a query that picks an article is not', () => {
    expect(names(detect(homePage(), 'https://www.dailyherald.example/es/'))).toContain('home-page');
    expect(names(detect(homePage(), 'https://www.dailyherald.example/?p=123'))).not.toContain('home-page');
  });

  it('a tag listing is other', () => {
    const d = detect(tagListingPage(), 'https://www.dailyherald.example/tag/climate/');
    expect(d.kind).toBe('other');
    expect(signal(d, 'listing-url')?.detail).toBe('/tag/');
  });

  it('a section front with long summaries is other: no byline is taken from a teaser card', () => {
    const d = detect(sectionFrontPage(), 'https://news.example/world/');
    expect(d.kind).toBe('other');
    expect(names(d)).toContain('many-headlines');
    expect(names(d)).not.toContain('byline');
    expect(names(d)).not.toContain('text-container');
  });

  it('a later page of a listing is flagged as pagination', () => {
    const d = detect(tagListingPage(), 'https://www.dailyherald.example/tag/climate/page/3/');
    expect(signal(d, 'pagination')?.detail).toBe('/page/3');
    expect(d.kind).toBe('other');
  });

  it('a search page is other', () => {
    const d = detect(searchPage(), 'https://www.dailyherald.example/search?q=harbour');
    expect(d.kind).toBe('other');
    expect(signal(d, 'listing-url')?.detail).toBe('/search/');
    const wp = detect(searchPage(), 'https://www.dailyherald.example/?s=harbour');
    expect(names(wp)).not.toContain('home-page');
    expect(signal(wp, 'listing-url')?.detail).toBe('?s=');
    expect(wp.kind).toBe('other');
  });

  it('an article URL with list context in its query is not a listing', () => {
    const d = detect(newsArticlePage(), 'https://example.org/news/news_view.html?idx=8576&page=1&bc=03');
    expect(names(d)).not.toContain('listing-url');
    expect(names(d)).not.toContain('pagination');
    expect(d.kind).toBe('news');
  });

  it('a product page is other even with a long description', () => {
    const d = detect(productPage(), 'https://shop.example/products/trail-runner-3');
    expect(d.kind).toBe('other');
    expect(names(d)).toEqual(expect.arrayContaining(['jsonld-product', 'og-product', 'media-or-product-url']));
  });

  it('a forum thread is other: its prose is in the replies', () => {
    const d = detect(forumThreadPage(), 'https://forum.example/threads/router-drops-connection-after-update.1234/');
    expect(d.kind).toBe('other');
    expect(names(d)).toEqual(expect.arrayContaining(['jsonld-discussion', 'discussion-url', 'comment-thread']));
  });

  it('a video page is other', () => {
    const d = detect(videoPage(), 'https://video.example/watch?v=abc123xyz');
    expect(d.kind).toBe('other');
    expect(names(d)).toEqual(expect.arrayContaining(['jsonld-video', 'og-video', 'media-or-product-url']));
  });

  it('a CollectionPage main entity is other', () => {
    const d = detect(plainPage(jsonLd({ '@type': 'CollectionPage', mainEntity: { '@type': 'ItemList' } }), teasers(8)), 'https://example.org/world/');
    expect(signal(d, 'jsonld-collection')?.detail).toBe('collectionpage');
    expect(d.kind).toBe('other');
  });

  it('an embedded VideoObject beside a NewsArticle does not make the page a video page', () => {
    const d = detect(newsArticlePage([{ '@type': 'NewsArticle' }, { '@type': 'VideoObject' }]), NEWS_URL);
    expect(names(d)).not.toContain('jsonld-video');
    expect(d.kind).toBe('news');
  });

  it('an article that carries its comment thread or a reviewed product as extra items stays an article', () => {
    const withThread = detect(newsArticlePage([{ '@type': 'NewsArticle' }, { '@type': 'DiscussionForumPosting' }]), NEWS_URL);
    expect(names(withThread)).not.toContain('jsonld-discussion');
    expect(withThread.kind).toBe('news');
    const review = detect(plainPage(jsonLd([{ '@type': 'Review' }, { '@type': 'Product' }])), 'https://example.org/reviews/trail-runner-3-long-term-test');
    expect(names(review)).not.toContain('jsonld-product');
    expect(review.kind).toBe('article');
  });

  it('a page with no body is other and does not throw', () => {
    const doc = parsePage('<html><head><title>x</title></head><body></body></html>', 'https://example.org/');
    doc.body.remove();
    expect(doc.body).toBeNull();
    const d = detectPage(doc, 'https://example.org/a/b');
    expect(d.kind).toBe('other');
    expect(names(d)).toEqual(['no-body']);
  });

  it('an empty page is other', () => {
    const d = detect('<html><body></body></html>', 'https://example.org/a/b');
    expect(d.kind).toBe('other');
    expect(names(d)).toContain('no-prose');
  });
});

describe('hostile and broken input', () => {
  it('reads the types of broken JSON-LD by pattern, without throwing', () => {
    const broken = '<script type="application/ld+json">{ "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Oops", }</script>';
    const d = detect(plainPage(broken), 'https://example.org/a/story-with-broken-data');
    expect(names(d)).toContain('jsonld-malformed');
    expect(signal(d, 'jsonld-news')?.detail).toBe('newsarticle');
  });

  it('unwraps JSON-LD inside a CDATA or HTML comment', () => {
    const wrapped = `<script type="application/ld+json">//<![CDATA[\n${JSON.stringify({ '@type': 'BlogPosting' })}\n//]]></script>`;
    const d = detect(plainPage(wrapped), 'https://example.org/a/b');
    expect(names(d)).not.toContain('jsonld-malformed');
    expect(signal(d, 'jsonld-nonnews-article')?.detail).toBe('blogposting');
  });

  it('survives garbage JSON-LD of every shape', () => {
    const junk = ['', 'null', '42', '"text"', '[[[[]]]]', '{"@type": 7}', '{"@type": [null, {}, "Article"]}', '{"@graph": "nope"}', '{'.repeat(5000)];
    const head = junk.map((j) => `<script type="application/ld+json">${j}</script>`).join('');
    const d = detect(plainPage(head), 'https://example.org/a/b');
    expect(d.signals.length).toBeGreaterThan(0);
    expect(signal(d, 'jsonld-article')?.detail).toBe('article');
  });

  it('stops following deeply nested JSON-LD', () => {
    const depth = 200;
    const nested = `${'{"@graph":['.repeat(depth)}{"@type":"NewsArticle"}${']}'.repeat(depth)}`;
    const d = detect(plainPage(`<script type="application/ld+json">${nested}</script>`), 'https://example.org/a/b');
    expect(names(d)).not.toContain('jsonld-malformed');
    expect(names(d)).not.toContain('jsonld-news');
  });

  it('clips long page-derived details', () => {
    const html = newsArticlePage().replace('By Jane Reporter', `By ${'Jane '.repeat(20)}`);
    const d = detect(html, NEWS_URL);
    for (const s of d.signals) expect((s.detail ?? '').length).toBeLessThanOrEqual(DETAIL_MAX_CHARS);
  });

  it('handles a garbage URL', () => {
    const d = detectPage(parsePage(newsArticlePage(), 'https://example.org/'), 'not a url at all');
    expect(d.kind).toBe('news');
    expect(names(d)).not.toContain('url-date');
  });

  it('stays fast on a page with thousands of paragraphs and headings', () => {
    const big = `<html><body>${teasers(800)}${paragraphs(3000)}</body></html>`;
    const doc = parsePage(big, 'https://example.org/a/b');
    const t = performance.now();
    detectPage(doc, 'https://example.org/a/b');
    // Generous bound for a loaded CI machine: the scan is capped (PROSE_MAX_NODES, HEADINGS_MAX).
    expect(performance.now() - t).toBeLessThan(3000);
  });
});

describe('details of the refactored table-driven paths', () => {
  it('structured data: an article type outranks a product or video item; without one the first kind in order decides', () => {
    const review = detect(plainPage(jsonLd([{ '@type': 'Product' }, { '@type': 'Review' }])), 'https://example.org/x');
    expect(signal(review, 'jsonld-nonnews-article')?.detail).toBe('review');
    expect(names(review)).not.toContain('jsonld-product');
    const both = detect(plainPage(jsonLd([{ '@type': 'VideoObject' }, { '@type': 'Product' }])), 'https://example.org/x');
    expect(signal(both, 'jsonld-product')?.detail).toBe('product');
    expect(names(both)).not.toContain('jsonld-video');
  });

  it('structured data: CreativeWork alone is no article type', () => {
    const d = detect(plainPage(jsonLd({ '@type': 'CreativeWork' })), 'https://example.org/x');
    expect(names(d).filter((n) => n.startsWith('jsonld-'))).toEqual([]);
  });

  it('a blog, docs or wiki host is named by its word', () => {
    const blog = detect(plainPage(''), 'https://blog.example.com/a-post-about-some-thing-here');
    expect(signal(blog, 'nonnews-site')?.detail).toBe('blog');
    const docs = detect(plainPage(''), 'https://docs.example.com/guide/getting-started-with-the-thing');
    expect(signal(docs, 'nonnews-site')?.detail).toBe('docs');
  });

  it('a blog word in the site name is named as found ("Blogs", "Developers")', () => {
    const d = detect(plainPage('<meta property="og:site_name" content="Example Developers">'), 'https://example.org/x');
    expect(signal(d, 'nonnews-site')?.detail).toBe('Developers');
  });

  it('a news agency name marks a news site ("AP News", "Associated Press")', () => {
    for (const name of ['AP News', 'Associated Press']) {
      const d = detect(plainPage(`<meta property="og:site_name" content="${name}">`), 'https://example.org/x');
      expect(signal(d, 'news-site-name')?.detail, name).toBe(name);
    }
  });

  it('pagination: ?page=N as the only parameter, N of 2 or more', () => {
    expect(signal(detect(plainPage(''), 'https://example.org/list?page=4'), 'pagination')?.detail).toBe('?page=4');
    expect(names(detect(plainPage(''), 'https://example.org/list?page=1'))).not.toContain('pagination');
    expect(names(detect(plainPage(''), 'https://example.org/page'))).not.toContain('pagination');
  });

  it('a discussion URL is named by what matched', () => {
    const d = detect(plainPage(''), 'https://example.org/boards/router-help/12345');
    expect(signal(d, 'discussion-url')?.detail).toBe('/boards/router-help');
  });
});

describe('the signal table', () => {
  it('a "By" byline needs a capitalised name after it', () => {
    expect(BYLINE_TEXT.test('By Jane Doe')).toBe(true);
    expect(BYLINE_TEXT.test('Von Hans Muster')).toBe(true);
    expect(BYLINE_TEXT.test('by the way, this is not a byline')).toBe(false);
    expect(BYLINE_TEXT.test('par exemple')).toBe(false);
  });

  it('every weight is a finite number, and some signals (never a negative one) mark an article', () => {
    const markers: string[] = [];
    for (const [name, [weight, news, marker]] of Object.entries(SIGNALS)) {
      expect(Number.isFinite(weight), name).toBe(true);
      expect(Number.isFinite(news), name).toBe(true);
      if (marker) markers.push(name);
      if (marker) expect(weight, name).toBeGreaterThanOrEqual(0);
    }
    expect(markers).toContain('byline');
    expect(markers).toContain('jsonld-news');
    expect(markers).not.toContain('readerable');
  });

  it('a page of prose with no article marker gets no-article-metadata', () => {
    const doc = parsePage(`<html><body><main>${paragraphs(6)}</main></body></html>`, 'https://example.org/');
    const names = detectPage(doc, 'https://example.org/').signals.map((s) => s.name);
    expect(names).toContain('no-article-metadata');
    const marked = parsePage(`<html><body><main><h1>T</h1><div class="byline">By Jane Doe</div>${paragraphs(6)}</main></body></html>`, 'https://example.org/');
    expect(detectPage(marked, 'https://example.org/').signals.map((s) => s.name)).not.toContain('no-article-metadata');
  });

  it('classify: below the threshold is other; news needs enough news score', () => {
    expect(classify(['home-page', 'readerable']).kind).toBe('other');
    expect(classify(['readerable', 'much-prose', 'byline']).kind).toBe('article');
    expect(classify(['readerable', 'much-prose', 'jsonld-news']).kind).toBe('news');
    expect(classify(['readerable', 'much-prose', 'jsonld-nonnews-article', 'url-date']).kind).toBe('article');
  });
});
