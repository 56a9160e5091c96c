// Small inline pages for the detection tests: each shows one kind of page with the markup real sites use.

/** Distinct prose paragraphs of about 300 characters each. */
export function paragraphs(count: number, topic = 'the council'): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      `<p>Paragraph ${i + 1} about ${topic}: officials said on Tuesday that the plan, which had been debated for months, ` +
        `would move ahead after a vote that split the chamber along familiar lines. Critics argued the cost estimates ` +
        `were too optimistic, while supporters pointed to similar projects elsewhere that came in on budget and on time.</p>`,
    );
  }
  return out.join('\n');
}

export function jsonLd(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

/** Teaser cards as home pages and listings show them: a linked headline, a short blurb. */
export function teasers(count: number, base = '/news'): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      `<article class="card"><a href="${base}/story-number-${i}-about-the-vote"><h3>Headline number ${i} about the vote</h3></a>` +
        `<p>A short blurb for story ${i}.</p><span class="byline">By Reporter ${i}</span></article>`,
    );
  }
  return out.join('\n');
}

export const NEWS_URL = 'https://www.dailyherald.example/news/world/2016/10/15/council-approves-harbour-plan-after-long-debate/';

export function newsArticlePage(ld: unknown = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Council approves harbour plan after long debate',
  datePublished: '2016-10-15T09:00:00Z',
}): string {
  return `<!doctype html><html lang="en"><head><title>Council approves harbour plan</title>
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="The Daily Herald">
    <meta property="article:published_time" content="2016-10-15T09:00:00Z">
    <meta property="article:section" content="World">
    ${jsonLd(ld)}
    </head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article>
      <header><h1>Council approves harbour plan after long debate</h1>
        <div class="byline">By Jane Reporter</div>
        <time datetime="2016-10-15T09:00:00Z">15 October 2016</time>
      </header>
      ${paragraphs(8)}
    </article>
    <aside>${teasers(3)}</aside>
    </body></html>`;
}

export const BLOG_URL = 'https://blog.example.dev/posts/how-we-rebuilt-our-build-cache-in-rust';

export function blogPostPage(): string {
  return `<!doctype html><html lang="en"><head><title>How we rebuilt our build cache</title>
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="Example Engineering Blog">
    ${jsonLd({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'How we rebuilt our build cache', datePublished: '2024-02-06' })}
    </head><body>
    <main><article>
      <h1>How we rebuilt our build cache in Rust</h1>
      <p class="meta">By <a rel="author" href="/authors/sam">Sam Developer</a> · <time datetime="2024-02-06">February 6, 2024</time></p>
      ${paragraphs(7, 'the build cache')}
      <h2 id="results">Results</h2>
      ${paragraphs(3, 'the results')}
    </article></main>
    </body></html>`;
}

export function homePage(): string {
  return `<!doctype html><html><head><title>The Daily Herald</title>
    <meta property="og:type" content="website">
    ${jsonLd({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'The Daily Herald', url: 'https://www.dailyherald.example/' })}
    </head><body class="home">
    <header><h1>The Daily Herald</h1></header>
    <main>${teasers(24)}</main>
    </body></html>`;
}

export function tagListingPage(): string {
  return `<!doctype html><html><head><title>Climate - The Daily Herald</title></head><body>
    <main><h1>Climate</h1>
    <p>Everything we have published about climate, newest first.</p>
    ${teasers(12, '/climate')}
    <nav class="pagination"><a href="/tag/climate/page/2">Older</a></nav>
    </main></body></html>`;
}

export function searchPage(): string {
  return `<!doctype html><html><head><title>Search results for harbour</title></head><body>
    <main><h1>Results for “harbour”</h1>
    <ol>${Array.from({ length: 10 }, (_, i) => `<li><h3><a href="/news/result-${i}-harbour-story">Harbour story ${i}</a></h3><p>Snippet ${i} mentioning the harbour.</p></li>`).join('')}</ol>
    </main></body></html>`;
}

export function productPage(): string {
  return `<!doctype html><html><head><title>Trail Runner 3 shoes</title>
    <meta property="og:type" content="product">
    ${jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Trail Runner 3', offers: { '@type': 'Offer', price: '129.00', priceCurrency: 'EUR' } })}
    </head><body><main>
    <h1>Trail Runner 3</h1><p class="price">€129.00</p><button>Add to cart</button>
    <div class="description">${paragraphs(4, 'the shoe')}</div>
    </main></body></html>`;
}

export function forumThreadPage(): string {
  const replies = Array.from(
    { length: 6 },
    (_, i) =>
      `<div class="comment" id="c${i}"><span class="author">user${i}</span><div class="comment-body"><p>Reply ${i}: I had the same problem with the router after the firmware update and the only fix that worked for me was a factory reset followed by restoring the settings by hand, which took most of an evening but has held up since.</p></div></div>`,
  ).join('\n');
  return `<!doctype html><html><head><title>Router drops connection after update - Forum</title>
    ${jsonLd({ '@context': 'https://schema.org', '@type': 'DiscussionForumPosting', headline: 'Router drops connection after update' })}
    </head><body><main><h1>Router drops connection after update</h1>
    <div class="post"><p>Since the last firmware update my router drops the connection every hour. Has anyone else seen this?</p></div>
    <section class="comments">${replies}</section></main></body></html>`;
}

export function videoPage(): string {
  return `<!doctype html><html><head><title>Harbour timelapse - video</title>
    <meta property="og:type" content="video.other">
    ${jsonLd({ '@context': 'https://schema.org', '@type': 'VideoObject', name: 'Harbour timelapse', uploadDate: '2019-01-01' })}
    </head><body><main><h1>Harbour timelapse</h1><video src="/v.mp4" controls></video>
    <p>Views: 1,204</p></main>${teasers(10, '/watch')}</body></html>`;
}

/** A section front whose teasers carry long summaries: prose, but spread over linked-headline cards. */
export function sectionFrontPage(): string {
  const cards = Array.from(
    { length: 15 },
    (_, i) =>
      `<div class="card"><h2><a href="/world/2024/05/0${(i % 9) + 1}/story-${i}-about-a-thing-that-happened">Story ${i} about a thing that happened</a></h2>` +
        `<p>Summary ${i}: a longer standfirst that explains in two sentences what happened, who was involved and why it matters to readers of this section today.</p>` +
        `<span class="byline">By Writer ${i}</span></div>`,
  ).join('');
  return `<!doctype html><html><head><meta property="og:type" content="website"><title>World</title></head>
    <body><header><h1>World</h1></header><main>${cards}</main></body></html>`;
}
