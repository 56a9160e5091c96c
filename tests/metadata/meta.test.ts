import { describe, expect, it } from 'vitest';
import { harvestMetadata } from '../../utils/metadata/metadata';
import { parsePage } from '../helpers/dom';

const URL = 'https://www.dailyexample.com/2016/10/15/story.html';
const harvest = (head: string, body = '<p>Text.</p>', html = '<html lang="en">', url = URL) =>
  harvestMetadata(parsePage(`${html}<head>${head}</head><body>${body}</body></html>`, url), url);

describe('OpenGraph and meta tags', () => {
  it('reads og:title, og:site_name, article:published_time, og:description', () => {
    const meta = harvest(`
      <meta property="og:title" content="Storm hits the coast">
      <meta property="og:site_name" content="Daily Example">
      <meta property="article:published_time" content="2016-10-15T14:02:00+02:00">
      <meta property="og:description" content="A storm &amp; its aftermath.">`);
    expect(meta).toMatchObject({
      title: 'Storm hits the coast',
      site: 'Daily Example',
      published: '2016-10-15T14:02:00+02:00',
      excerpt: 'A storm & its aftermath.',
    });
  });

  it.each([
    ['author', 'Jane Doe'],
    ['parsely-author', 'Jane Doe'],
    ['sailthru.author', 'Jane Doe'],
    ['dc.creator', 'Jane Doe'],
    ['byl', 'By Jane Doe'],
  ])('takes the byline from <meta name="%s">', (name, value) => {
    expect(harvest(`<meta name="${name}" content="${value}">`).byline).toBe('Jane Doe');
  });

  it('joins repeated citation_author tags and skips author URLs', () => {
    const meta = harvest(`
      <meta property="article:author" content="https://www.facebook.com/janedoe">
      <meta name="citation_author" content="Jane Doe"><meta name="citation_author" content="John Roe">`);
    expect(meta.byline).toBe('Jane Doe, John Roe');
  });

  it('reads twitter:data1 only when its label says it is the author', () => {
    expect(harvest('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">').byline).toBe('Jane Doe');
    expect(harvest('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">').byline).toBeNull();
  });

  it('reads space-separated property lists and dc: prefixes', () => {
    const meta = harvest('<meta property="dc:creator twitter:site_name" content="Creator Name"><meta property="og:title twitter:title" content="A title">');
    expect(meta.byline).toBe('Creator Name');
    expect(meta.title).toBe('A title');
  });

  it('uses <meta value=...> only when nothing else gives the field', () => {
    expect(harvest('<meta name="author" value="Lisa de Moraes">').byline).toBe('Lisa de Moraes');
    expect(harvest('<meta name="author" value="Wrong Person">', '<p class="byline">By Right Person</p>').byline).toBe('Right Person');
  });

  it('gives no site when og:site_name is only a URL, but keeps a brand written like a domain', () => {
    expect(harvest('<meta property="og:site_name" content="http://www.tmz.com"><title>Story | TMZ</title>').site).toBeNull();
    expect(harvest('<meta property="og:site_name" content="Express.co.uk">').site).toBe('Express.co.uk');
  });

  it('drops a tagline and a legal form from the site name', () => {
    expect(harvest('<meta property="og:site_name" content="Raw Story - Celebrating 18 Years of Independent Journalism">').site).toBe('Raw Story');
    expect(harvest('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Spiceworks Inc"}}</script>').site).toBe('Spiceworks');
  });
});

describe('title', () => {
  it('cuts the " | Site" suffix when it names the site', () => {
    const meta = harvest('<title>Storm hits the coast | Daily Example</title>', '<h1>Storm hits the coast</h1>');
    expect(meta.title).toBe('Storm hits the coast');
    expect(meta.site).toBe('Daily Example');
  });

  it('cuts a section and site suffix when the rest is the h1', () => {
    const meta = harvest('<title>Storm hits the coast - Weather - Daily Example</title>', '<h1>Storm hits the coast</h1>');
    expect(meta.title).toBe('Storm hits the coast');
  });

  it('keeps a dash that belongs to the headline', () => {
    const meta = harvest('<title>Apple - the company that changed phones</title>', '<p>Text.</p>', '<html>', 'https://blog.example.org/post');
    expect(meta.title).toBe('Apple - the company that changed phones');
  });

  it('prefers the title the page h1 shows over a JSON-LD headline that differs', () => {
    const meta = harvest(
      '<title>New Zealand - Wikipedia</title><script type="application/ld+json">{"@type":"Article","headline":"constitutional monarchy in Oceania"}</script>',
      '<h1>New Zealand</h1>',
      '<html>',
      'https://en.wikipedia.org/wiki/New_Zealand',
    );
    expect(meta.title).toBe('New Zealand');
  });

  it('names the site from the logo link when no tag does', () => {
    const meta = harvest('<title>Une histoire</title>', '<header><a href="/" class="logo"><span class="sr-only">Le Monde - retour à la une</span></a></header><h1>Une histoire</h1>', '<html lang="fr">', 'https://www.lemonde.fr/article/1.html');
    expect(meta.site).toBe('Le Monde');
  });
});

describe('language and direction', () => {
  it('reads html lang and dir', () => {
    const meta = harvest('', '<p>x</p>', '<html lang="ar" dir="rtl">');
    expect(meta).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });

  it('infers rtl from an Arabic, Hebrew or Persian lang without dir', () => {
    expect(harvest('', '<p>x</p>', '<html lang="he-IL">').dir).toBe('rtl');
    expect(harvest('', '<p>x</p>', '<html lang="fa">').dir).toBe('rtl');
    expect(harvest('', '<p>x</p>', '<html lang="en">').dir).toBeNull();
  });

  it('reads body dir and og:locale', () => {
    const meta = harvest('<meta property="og:locale" content="de_DE">', '<p>x</p>', '<html>');
    expect(meta.lang).toBe('de-DE');
    const rtl = harvestMetadata(parsePage('<html><body dir="rtl"><p>x</p></body></html>', URL), URL);
    expect(rtl.dir).toBe('rtl');
  });
});
