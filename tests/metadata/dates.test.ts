import { describe, expect, it } from 'vitest';
import { dateFromUrl, parseMachineDate, parseTextDate } from '../../utils/metadata/dates';
import { harvestMetadata } from '../../utils/metadata/metadata';
import { parsePage } from '../helpers/dom';

const NOW = new Date('2024-01-01T00:00:00Z');

describe('machine dates', () => {
  it.each([
    ['2016-10-15T14:02:00+02:00', '2016-10-15T14:02:00+02:00'],
    ['2016-12-16T21:19:00.000Z', '2016-12-16T21:19:00.000Z'],
    ['2017-11-16T14:15+0000', '2017-11-16T14:15:00Z'],
    ['2015-04-08 12:46', '2015-04-08T12:46:00'],
    ['2019-11-19', '2019-11-19'],
    ['20191119', '2019-11-19'],
    ['1476532920', '2016-10-15T12:02:00Z'],
    ['Wed, 16 Nov 2016 10:00:00 GMT', '2016-11-16T10:00:00Z'],
  ])('%j -> %j', (input, iso) => {
    expect(parseMachineDate(input, NOW)?.iso).toBe(iso);
  });

  it('refuses impossible and placeholder dates', () => {
    expect(parseMachineDate('0001-01-01T00:00:00Z', NOW)).toBeNull();
    expect(parseMachineDate('2019-02-30', NOW)).toBeNull();
    expect(parseMachineDate('2099-01-01', NOW)).toBeNull();
    expect(parseMachineDate('not a date', NOW)).toBeNull();
  });
});

describe('dates written for readers', () => {
  it.each([
    ['08.04.2015', '2015-04-08'],
    ['15 octobre 2016', '2016-10-15'],
    ['Publié le 07 mai 2019 à 13h59', '2019-05-07T13:59:00'],
    ['7. Mai 2019, 10:15 Uhr', '2019-05-07T10:15:00'],
    ['Nov. 19, 2019 5:53 PM', '2019-11-19T17:53:00'],
    ['Published November 20th, 2019 - 07:50 GMT', '2019-11-20T07:50:00Z'],
    ['PUBLISHED: 00:01, Tue, Nov 19, 2019', '2019-11-19T00:01:00'],
    ['20 Nov 2019 08:00 GMT', '2019-11-20T08:00:00Z'],
    ['2019.04.25', '2019-04-25'],
    ['2019年4月25日', '2019-04-25'],
    ['mar. 19 nov. 2019', '2019-11-19'],
    ['7 de mayo de 2019', '2019-05-07'],
    ['15 October 2016 14:02 CEST+02:00', '2016-10-15T14:02:00+02:00'],
  ])('%j -> %j', (input, iso) => {
    expect(parseTextDate(input, { now: NOW })?.iso).toBe(iso);
  });

  it('reads slashed dates the American way only on American English pages', () => {
    expect(parseTextDate('04/08/2015', { lang: 'en-US', now: NOW })?.day).toBe('2015-04-08');
    expect(parseTextDate('04/08/2015', { lang: 'en-GB', now: NOW })?.day).toBe('2015-08-04');
    expect(parseTextDate('12/16/16 12:21pm', { lang: 'en', now: NOW })?.iso).toBe('2016-12-16T12:21:00');
  });

  it('finds no date in text without a full day', () => {
    expect(parseTextDate('1:39 PM ET', { now: NOW })).toBeNull();
    expect(parseTextDate('April 2019', { now: NOW })).toBeNull();
  });

  it('reads dates in URLs, but not a year and month alone', () => {
    expect(dateFromUrl('https://x.example/2016/10/15/story', NOW)?.day).toBe('2016-10-15');
    expect(dateFromUrl('https://x.example/us-news/2016/nov/29/story', NOW)?.day).toBe('2016-11-29');
    expect(dateFromUrl('https://x.example/20161015/story', NOW)?.day).toBe('2016-10-15');
    expect(dateFromUrl('https://x.example/design/2019/04/neon/588400/', NOW)).toBeNull();
  });
});

describe('published date of a page', () => {
  const URL = 'https://www.dailyexample.com/story.html';
  const page = (head: string, header: string) =>
    harvestMetadata(parsePage(`<html lang="en-US"><head>${head}</head><body><article><h1>Budget approved by council</h1>${header}<p>Text of the story goes here.</p></article></body></html>`, URL), URL);

  it('reads <time datetime> in the article header', () => {
    expect(page('', '<time datetime="2016-12-16T12:21:00-05:00">12/16/16 12:21pm</time>').published).toBe('2016-12-16T12:21:00-05:00');
  });

  it('keeps the day the reader sees when the structured date is in UTC and a day later', () => {
    const meta = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-20T01:53:00Z"}</script>',
      '<div class="timestamp">Nov. 19, 2019 5:53 PM</div>',
    );
    // The shown clock against the UTC instant gives the page's offset: the same instant, written as the page shows it.
    expect(meta.published).toBe('2019-11-19T17:53:00-08:00');
  });

  it('keeps the shown day alone when the offset cannot be known', () => {
    const meta = page('<meta property="article:published_time" content="2016-12-29T01:32:00Z">', '<p class="byline">By Jane Doe <span class="date">December 28, 2016</span></p>');
    expect(meta.published).toBe('2016-12-28');
  });

  it('writes the instant in the zone the page\'s other dates use when the shown day differs from the UTC one', () => {
    const meta = page(
      '<meta property="article:published_time" content="2016-12-29T01:32:00Z"><meta property="article:modified_time" content="2016-12-29T09:00:00-05:00">',
      '<span class="date">December 28, 2016</span>',
    );
    expect(meta.published).toBe('2016-12-28T20:32:00-05:00');
  });

  it('takes the time of a <meta value> date that agrees with the shown day', () => {
    const meta = page('<meta name="article:published_time" value="2019-04-28T08:00:00+09:00">', '<div class="date">2019/04/28</div>');
    expect(meta.published).toBe('2019-04-28T08:00:00+09:00');
  });

  it('completes a zone-less machine clock with the zone the text shows', () => {
    expect(page('', '<time datetime="2016-10-04 05:07:09">10/04/2016 05:07 AM EDT</time>').published).toBe('2016-10-04T05:07:09-04:00');
  });

  it('reads Unix seconds in data-time and custom elements with a datetime attribute', () => {
    expect(page('', '<span class="timestamp" data-time="1466522845">Jun 21</span>').published).toBe('2016-06-21T15:27:25Z');
    expect(page('', '<relative-time datetime="2020-07-07T12:10:51Z">on Jul 7, 2020</relative-time>').published).toBe('2020-07-07T12:10:51Z');
  });

  it('trusts a structured date with a local offset over the visible text', () => {
    const meta = page('<meta property="article:published_time" content="2019-11-20T01:53:00+01:00">', '<div class="date">Nov. 19, 2019</div>');
    expect(meta.published).toBe('2019-11-20T01:53:00+01:00');
  });

  it('prefers the published date over an "Updated" one', () => {
    const meta = page('', '<p class="byline">By Jane Doe, last updated <time datetime="2017-04-04T20:44:00Z">4 April 17</time></p><div class="meta">Published <time datetime="2017-01-13T21:45:08Z">13 January 2017</time></div>');
    expect(meta.published?.slice(0, 10)).toBe('2017-01-13');
  });

  it('reads a visible German date under the headline', () => {
    const meta = harvestMetadata(parsePage('<html lang="de"><body><article><h1>Neue Funktion für Passwörter</h1><div class="meta">08.04.2015 12:46 Uhr</div><p>Text.</p></article></body></html>', URL), URL);
    expect(meta.published).toBe('2015-04-08T12:46:00');
  });
});
