import { describe, expect, it } from 'vitest';
import { parseSrcset } from '../../utils/media/image-source';
import { harvestLeadImage } from '../../utils/media/lead-image';
import { harvestMetadata, type PageMetadata } from '../../utils/metadata/metadata';
import { parsePage } from '../helpers/dom';

const URL_ = 'https://news.example/2016/10/15/story.html';

/** The metadata stage's view of the page, as the pipeline passes it, with fields overridden for a test. */
function meta(doc: Document, over: Partial<PageMetadata> = {}): PageMetadata {
  return { ...harvestMetadata(doc, URL_), ...over };
}

const PARAS = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to read as real article text about the talks in Lausanne and what came of them.</p>`).join('');

/** A news page: headline, then `top` (the lead area), then the story paragraphs, then `bottom`. */
function page(top: string, { head = '', bottom = '' } = {}): Document {
  return parsePage(
    `<html><head><title>Talks in Lausanne</title>${head}</head><body>
      <header class="site-header"><img src="/logo.png" class="site-logo" alt="News Example" width="200" height="50"></header>
      <article><h1>Talks in Lausanne</h1>${top}${PARAS}${bottom}</article>
    </body></html>`,
    URL_,
  );
}

const harvest = (doc: Document, m?: PageMetadata) => harvestLeadImage(doc, URL_, m ?? meta(doc));

describe('lead image: the figure and its caption', () => {
  it('takes the figure after the headline, with caption and credit apart, and returns exactly the figure', () => {
    const doc = page(`<figure class="lead"><img src="/img/kerry.jpg" alt="Kerry" width="800" height="500">
      <figcaption>US Secretary of State John Kerry arrives at the talks. Photo: Fabrice Coffrini/AFP</figcaption></figure>`);
    const { image, element } = harvest(doc);
    expect(image).toEqual({
      src: 'https://news.example/img/kerry.jpg',
      alt: 'Kerry',
      caption: 'US Secretary of State John Kerry arrives at the talks.',
      credit: 'Fabrice Coffrini/AFP',
    });
    expect(element?.tagName).toBe('FIGURE');
    expect(element?.textContent).not.toContain('Paragraph 0');
  });

  it('reads a credit element (class*=credit) and leaves it out of the caption', () => {
    const doc = page(`<figure><img src="/a.jpg" width="800" height="500"><figcaption><span class="caption-text">Peacekeepers at a camp.</span>
      <span class="credit"><span class="visually-hidden">Credit</span>Ashraf Shazly/Agence France-Presse</span></figcaption></figure>`);
    const { image } = harvest(doc);
    expect(image?.caption).toBe('Peacekeepers at a camp.');
    expect(image?.credit).toBe('Ashraf Shazly/Agence France-Presse');
  });

  it('finds caption and credit classes inside longer class names (wp-caption-text, image-source, legende)', () => {
    for (const [captionClass, creditClass] of [['wp-caption-text', 'image-source'], ['bild-legende', 'photo-source']]) {
      const doc = page(`<figure><img src="/a.jpg" width="800" height="500"><div class="${captionClass}">Peacekeepers at a camp.</div>
        <div class="${creditClass}">Jane Doe</div></figure>`);
      const { image } = harvest(doc);
      expect(image?.caption, captionClass).toBe('Peacekeepers at a camp.');
      expect(image?.credit, creditClass).toBe('Jane Doe');
    }
  });

  it('reads [itemprop=copyrightHolder] with its "Credit:" label', () => {
    const doc = page(`<figure><img src="/a.jpg" width="800"><figcaption><span itemprop="caption">Mugabe at State House</span>
      <span itemprop="copyrightHolder"><span>Credit:</span> HARARE HERALD</span></figcaption></figure>`);
    const { image } = harvest(doc);
    expect(image?.caption).toBe('Mugabe at State House');
    expect(image?.credit).toBe('HARARE HERALD');
  });

  it('reads a byline element inside the figcaption as the credit', () => {
    const doc = page(`<figure><img src="/a.jpg" width="800"><figcaption>The harbour at dawn. <span class="byline">Maria Keller</span></figcaption></figure>`);
    const { image } = harvest(doc);
    expect(image?.caption).toBe('The harbour at dawn.');
    expect(image?.credit).toBe('Maria Keller');
  });

  it('does not take the story byline next to the photo for its credit, nor the header for its figure', () => {
    const doc = parsePage(`<html><body><article><header class="article-header"><h1>Talks in Lausanne</h1>
      <div class="author">By Jane Reporter</div><div class="lead-image"><img src="/a.jpg" width="800"></div></header>${PARAS}</article></body></html>`, URL_);
    const { image, element } = harvest(doc);
    expect(image?.src).toBe('https://news.example/a.jpg');
    expect(image?.credit).toBe('');
    expect(element?.querySelector('h1')).toBeNull();
    expect(element?.contains(doc.querySelector('h1'))).toBe(false);
  });

  it('reads a loose caption in an image wrapper: "div.image > img + p"', () => {
    const doc = page(`<div class="image top"><img src="/a.jpg" width="620" height="349">
      <p>Astronauts walk in space. (NASA via AP, File)</p></div>`);
    const { image, element } = harvest(doc);
    expect(image?.caption).toBe('Astronauts walk in space.');
    expect(image?.credit).toBe('NASA via AP, File');
    expect(element?.className).toBe('image top');
  });

  it('removes only the image when it sits inside a story paragraph', () => {
    const doc = page(`<p><img src="/a.jpg" alt="" width="600"><strong>Lupita</strong>'s dress was stolen from her hotel room, TMZ has learned, and police are looking at footage.</p>`);
    const { image, element } = harvest(doc);
    expect(image?.src).toBe('https://news.example/a.jpg');
    expect(element?.tagName).toBe('IMG');
  });
});

describe('lead image: lazy-loaded sources', () => {
  it.each([
    ['data-src', '<img src="data:image/gif;base64,R0lGOD" data-src="/real/a.jpg" width="800">', 'https://news.example/real/a.jpg'],
    ['data-lazy-src', '<img src="/img/placeholder.gif" data-lazy-src="/real/b.jpg" width="800">', 'https://news.example/real/b.jpg'],
    ['data-original', '<img src="/img/blank.gif" data-original="https://cdn.example/c.jpg" width="800">', 'https://cdn.example/c.jpg'],
    ['data-srcset (largest)', '<img src="/img/spacer.gif" data-srcset="/d-300.jpg 300w, /d-1200.jpg 1200w, /d-600.jpg 600w">', 'https://news.example/d-1200.jpg'],
    ['srcset (largest)', '<img src="/e-300.jpg" srcset="/e-300.jpg 300w, /e-1024.jpg 1024w">', 'https://news.example/e-1024.jpg'],
    ['srcset density', '<img src="/f.jpg" srcset="/f.jpg 1x, /f@2x.jpg 2x" width="600">', 'https://news.example/f@2x.jpg'],
    ['picture > source', '<picture><source srcset="/g-480.jpg 480w, /g-1600.jpg 1600w" media="(min-width: 800px)"><img src="data:image/gif;base64,R0l" alt=""></picture>', 'https://news.example/g-1600.jpg'],
    ['noscript fallback', '<img class="lazy" src="/img/loading.gif" width="800"><noscript><img src="/h.jpg"></noscript>', 'https://news.example/h.jpg'],
    ['protocol-relative', '<img src="//cdn.example/i.jpg" width="800">', 'https://cdn.example/i.jpg'],
    ['the first listed lazy attribute', '<img src="/img/blank.gif" data-original="/j-orig.jpg" data-src="/j-src.jpg" width="800">', 'https://news.example/j-src.jpg'],
    ['lazy attribute over a src stand-in it names', '<img src="/k-low.jpg" data-lowsrc="/k-low.jpg" data-src="/k.jpg" width="800">', 'https://news.example/k.jpg'],
    ['onerror photo behind script in src', `<img src="if(this.src!='x') this.src='/l.jpg'" onerror="this.src='/l-real.jpg'" width="800">`, 'https://news.example/l-real.jpg'],
    ['srcset density without a declared width', '<img src="/m.jpg" srcset="/m-1.jpg 1x, /m-3.jpg 3x">', 'https://news.example/m-3.jpg'],
  ])('%s', (_kind, markup, src) => {
    const { image } = harvest(page(`<figure>${markup}<figcaption>A caption.</figcaption></figure>`));
    expect(image?.src).toBe(src);
  });

  it('parses srcset URLs that contain commas', () => {
    const c = parseSrcset('https://m.example/w_120,c_limit/a.jpg 120w, https://m.example/w_640,c_limit/a.jpg 640w');
    expect(c.map((x) => [x.url, x.width])).toEqual([
      ['https://m.example/w_120,c_limit/a.jpg', 120],
      ['https://m.example/w_640,c_limit/a.jpg', 640],
    ]);
  });

  it('ignores empty srcset entries that leave only a descriptor', () => {
    expect(parseSrcset(' 150w,  300w').length).toBe(0);
  });
});

describe('lead image: which image', () => {
  it('takes the first figure near the headline, not a later inline one', () => {
    const doc = page(`<figure><img src="/first.jpg" width="800"><figcaption>First.</figcaption></figure>`, {
      bottom: `<figure><img src="/later.jpg" width="800"><figcaption>Later.</figcaption></figure>`,
    });
    expect(harvest(doc).image?.src).toBe('https://news.example/first.jpg');
  });

  it('prefers the share image among several images at the top, and shows it at the declared address', () => {
    const doc = page(`<figure><img src="/chart.png" width="800"><figcaption>A chart.</figcaption></figure>
      <figure><img src="/photos/kerry-lausanne-1024.jpg" width="800"><figcaption>Kerry.</figcaption></figure>`, {
      head: '<meta property="og:image" content="https://news.example/photos/kerry-lausanne-1200x630.jpg">',
    });
    const { image, element } = harvest(doc);
    expect(image?.src).toBe('https://news.example/photos/kerry-lausanne-1200x630.jpg');
    expect(image?.caption).toBe('Kerry.');
    expect(element?.querySelector('img')?.getAttribute('src')).toBe('/photos/kerry-lausanne-1024.jpg');
  });

  it('takes the declared address of a rendition that shares an id with the page photo (resizer path)', () => {
    const doc = page(`<figure><img src="https://cdn.example/dims4/default/abc/resize/840x473/?url=https%3A%2F%2Fs3.example%2Fa6329ffd4ef9fb49%2Fphoto" width="840"><figcaption>Schools.</figcaption></figure>`, {
      head: '<meta property="og:image" content="https://cdn.example/dims4/default/def/resize/1200x630/?url=https%3A%2F%2Fs3.example%2Fa6329ffd4ef9fb49%2Fphoto">',
    });
    expect(harvest(doc).image?.src).toContain('/resize/1200x630/');
  });

  it('keeps the page original when the declared image is its link-card copy (photo.jpg and photo-social.jpg)', () => {
    const doc = page(`<figure><img src="/images/kerry-lausanne.jpg" width="800"><figcaption>Kerry.</figcaption></figure>`, {
      head: '<meta property="og:image" content="https://news.example/images/kerry-lausanne-social.jpg">',
    });
    expect(harvest(doc).image?.src).toBe('https://news.example/images/kerry-lausanne.jpg');
  });

  it('keeps the page photo when the share image only shares story words with it (another photo of a set)', () => {
    const doc = page(`<figure><img src="/2015/02/lupita-nyongo-getty-4.jpg" width="800"><figcaption>The dress.</figcaption></figure>`, {
      head: '<meta property="og:image" content="https://news.example/2015/02/lupita-nyongo-getty-01-1200x630.jpg">',
    });
    expect(harvest(doc).image?.src).toBe('https://news.example/2015/02/lupita-nyongo-getty-4.jpg');
  });

  it('never swaps the page photo for a twitter card image, even one with the same id', () => {
    const doc = page(`<figure><img src="/image/5d3255222516e949-2400/wework-sign.jpg" width="800"><figcaption>The sign.</figcaption></figure>`, {
      head: '<meta property="twitter:image" content="https://news.example/image/5d3255222516e949/ten-things-today.jpg">',
    });
    expect(harvest(doc).image?.src).toBe('https://news.example/image/5d3255222516e949-2400/wework-sign.jpg');
  });

  it('lets the declared share image lead over an uncaptioned illustration in the text, and leaves that in place', () => {
    const doc = page(`<p>Kerry spoke first. <img src="/charts/vote-count.jpg" width="800"></p>`, {
      head: '<meta property="og:image" content="https://news.example/photos/kerry-arrives.jpg">',
    });
    const { image, element } = harvest(doc);
    expect(image?.src).toBe('https://news.example/photos/kerry-arrives.jpg');
    expect(element).toBeNull();
  });

  it('recognises renditions by file name: size marks, an edited or second upload, a crop named after the original', () => {
    const cases: [string, string][] = [
      ['/up/be-the-thermostat-2160.png', 'https://news.example/up/be-the-thermostat-1200-1.png'],
      ['/up/john-doe-687723-unsplash-e1552667995546-1223x625.jpg', 'https://news.example/up/john-doe-687723-unsplash-1-e1552668096960.jpg'],
      ['/dam/170309_trumpRally.jpg.CROP.promo-xlarge2.jpg', 'https://news.example/dam/170309_trumpRally.jpg.CROP.cq5dam_web_1280.jpg'],
      ['/images/2016/09/20/Manhunt/Manhunt-superJumbo.jpg', 'https://news.example/images/2016/09/20/Manhunt/Manhunt-facebookJumbo-v2.jpg'],
    ];
    for (const [inPage, declared] of cases) {
      const doc = page(`<figure><img src="${inPage}" width="800"><figcaption>Photo.</figcaption></figure>`, {
        head: `<meta property="og:image" content="${declared}">`,
      });
      expect(harvest(doc).image?.src).toBe(declared);
    }
  });

  it('does not take a shared image folder for the share image: an uncaptioned promo in the text gives way to it', () => {
    const doc = page(`<img src="/api/images/stellar/prod/author-profile.jpg" class="byline-photo" width="60">
      <div class="image-inline"><img src="/api/images/stellar/prod/apppromoimage1600.jpg" width="800"></div>`, {
      head: '<meta property="og:image" content="https://news.example/api/images/stellar/prod/161128072443-trump.jpg">',
    });
    const { image, element } = harvest(doc);
    expect(image?.src).toBe('https://news.example/api/images/stellar/prod/161128072443-trump.jpg');
    expect(element).toBeNull();
  });

  it('reads the photo an onerror handler sets when src holds script', () => {
    const url = 'https://cdn.example/2019/04/190418gak00.jpg';
    const doc = page(`<figure><img src="if(this.src!='${url}') this.src='${url}';" onerror="if(this.src!='${url}') this.src='${url}';" width="800"><figcaption>A gacha machine.</figcaption></figure>`);
    expect(harvest(doc).image?.src).toBe(url);
  });

  it('ignores script written into src (an onerror handler copied there)', () => {
    const doc = page(`<figure><img src="if(this.src!='https://cdn.example/a.jpg') this.src='https://cdn.example/a.jpg';" width="800"><figcaption>x</figcaption></figure>`);
    expect(harvest(doc).image).toBeNull();
  });

  it('reads a share image whose resizer path says "default" (a preset, not a site image)', () => {
    const doc = page('', { head: '<meta property="og:image" content="https://cdn.example/dims4/default/0c0a70c/resize/1200x630/story-photo.jpg">' });
    expect(harvest(doc).image?.src).toBe('https://cdn.example/dims4/default/0c0a70c/resize/1200x630/story-photo.jpg');
  });

  it('finds og:image that the parser moved into the body', () => {
    const doc = parsePage(
      `<html><head><title>Talks in Lausanne</title></head><body><meta property="og:image" content="https://cdn.example/story.jpg">
        <article><h1>Talks in Lausanne</h1>${PARAS}</article></body></html>`,
      URL_,
    );
    expect(harvest(doc).image?.src).toBe('https://cdn.example/story.jpg');
  });

  it('does not take a photo deep in the story for the lead', () => {
    const doc = page('', { bottom: `<figure><img src="/inline.jpg" width="800"><figcaption>Inline.</figcaption></figure>` });
    expect(harvest(doc).image).toBeNull();
  });

  it('skips tracking pixels, hidden images, logos, avatars, icons and ad images', () => {
    const doc = page(`
      <img src="https://track.example/p.gif" width="1" height="1">
      <img src="/hidden.jpg" width="800" style="display:none">
      <img src="/img/author-avatar.jpg" class="avatar" width="800">
      <img src="/icons/share-icon.png" width="800">
      <img src="https://ad.doubleclick.net/ad/x.jpg" width="800">
      <div class="ad-slot"><img src="/promo.jpg" width="800"></div>
      <figure><img src="/photo.jpg" width="800"><figcaption>The real photo.</figcaption></figure>`);
    const { image } = harvest(doc);
    expect(image?.src).toBe('https://news.example/photo.jpg');
    expect(image?.caption).toBe('The real photo.');
  });

  it('returns null when the page has no photo and no share image', () => {
    const { image, element } = harvest(page(''));
    expect(image).toBeNull();
    expect(element).toBeNull();
  });

  it('returns the og:image alone (no element, no caption) when the page shows no photo', () => {
    const doc = page('', { head: '<meta property="og:image" content="/share/story-photo.jpg">' });
    const { image, element } = harvest(doc);
    expect(image).toEqual({ src: 'https://news.example/share/story-photo.jpg', alt: '', caption: '', credit: '' });
    expect(element).toBeNull();
  });

  it('takes caption and credit from a JSON-LD ImageObject for a share-image-only page', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', image: { '@type': 'ImageObject', url: 'https://news.example/share/p.jpg', caption: 'Kerry in Lausanne', creditText: 'Photo: Fabrice Coffrini/AFP' } };
    const doc = page('', { head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` });
    const { image } = harvest(doc);
    expect(image?.src).toBe('https://news.example/share/p.jpg');
    expect(image?.caption).toBe('Kerry in Lausanne');
    expect(image?.credit).toBe('Fabrice Coffrini/AFP');
  });

  it('uses the metadata stage JSON-LD when given (copyrightHolder name)', () => {
    const doc = page('', { head: '<meta property="og:image" content="https://news.example/share/q.jpg">' });
    const jsonLd = [{ '@type': 'NewsArticle', image: { '@type': 'ImageObject', url: 'https://news.example/share/q.jpg', copyrightHolder: { '@type': 'Organization', name: 'Keystone' } } }];
    expect(harvest(doc, meta(doc, { jsonLd })).image?.credit).toBe('Keystone');
  });

  it('ignores a generic site share image', () => {
    const doc = page('', { head: '<meta property="og:image" content="https://news.example/assets/default-share.png">' });
    expect(harvest(doc).image).toBeNull();
  });

  it('reads og:image written as <meta name=... value=...>', () => {
    const doc = page('', { head: '<meta name="og:image" value="https://cdn.example/story.jpg">' });
    expect(harvest(doc).image?.src).toBe('https://cdn.example/story.jpg');
  });

  it('keeps only http(s) sources', () => {
    const doc = page(`<figure><img src="javascript:alert(1)" width="800"><figcaption>x</figcaption></figure>`);
    expect(harvest(doc).image).toBeNull();
  });
});

describe('lead image: reading text with a limit', () => {
  it('stops reading past the limit but never reports a long text as short', async () => {
    const { readableText } = await import('../../utils/media/dom-text');
    const doc = parsePage(`<html><body><div id="w">${'<span>word</span>          \n'.repeat(400)}</div></body></html>`, URL_);
    const w = doc.getElementById('w')!;
    const full = readableText(w);
    expect(readableText(w, undefined, 100).length).toBeGreaterThan(100);
    expect(readableText(w, undefined, full.length + 10)).toBe(full);
  });
});
