import { describe, expect, it } from 'vitest';
import {
  containsSentence,
  imageMatchesLabel,
  normHref,
  normText,
  sameByline,
  sameDay,
  sameImage,
  sameText,
  showsUnwanted,
} from '../../bench/compare';

describe('text normalisation', () => {
  it('unifies quotes, dashes, invisible characters and whitespace, keeping case', () => {
    expect(normText('  “Quoted” — it’s\u00a0here\u200b \n now ')).toBe('"Quoted" - it\'s here now');
  });

  it('compares short values without case or framing punctuation', () => {
    expect(sameText('AFP.', 'afp')).toBe(true);
    expect(sameText('(Reuters)', 'Reuters')).toBe(true);
    expect(sameText('Reuters', 'AP')).toBe(false);
    expect(sameText(null, null)).toBe(true);
    expect(sameText('', null)).toBe(true);
    expect(sameText('Le Monde', null)).toBe(false);
  });

  it('drops a leading "By" (or Von/Par) from bylines', () => {
    expect(sameByline('By JOSH HASKELL', 'Josh  Haskell')).toBe(true);
    expect(sameByline('Von Anna Muster', 'Anna Muster')).toBe(true);
    expect(sameByline('Bylines Weekly', 'Weekly')).toBe(false);
    expect(sameByline('Anna Muster and Bo Li', 'Anna Muster')).toBe(false);
  });

  it('reads "and", "&" and commas between byline names alike, keeping the names and their order', () => {
    expect(sameByline('Julia Carrie Wong, Sam Levin', 'Julia Carrie Wong and Sam Levin')).toBe(true);
    expect(sameByline('A. Roe & B. Poe', 'A. Roe, B. Poe')).toBe(true);
    expect(sameByline('Sam Levin, Julia Carrie Wong', 'Julia Carrie Wong and Sam Levin')).toBe(false);
    expect(sameByline('Alexander Andersen', 'Alex Andersen')).toBe(false);
  });
});

describe('dates', () => {
  it('matches the same written day whatever the time and offset', () => {
    expect(sameDay('2016-12-16T16:19:00-05:00', '2016-12-16T21:19:00.000Z')).toBe(true);
    expect(sameDay('2015-04-08T12:46:00+02:00', '2015-04-08')).toBe(true);
  });

  it('matches the same UTC day when the page states another offset', () => {
    expect(sameDay('2016-12-17T02:49:00+05:30', '2016-12-16T21:19:00.000Z')).toBe(true);
  });

  it('matches a day-only answer to an instant on that day in some real time zone', () => {
    // A Japanese page shows 2019-04-02; Postlight stored its local midnight in UTC.
    expect(sameDay('2019-04-02', '2019-04-01T15:00:00.000Z')).toBe(true);
    expect(sameDay('2019-04-02', '2019-04-02T20:00:00.000Z')).toBe(true);
    // No zone is 40 hours away, and an answer with a time is held to its own instant.
    expect(sameDay('2019-04-02', '2019-03-31T08:00:00.000Z')).toBe(false);
    expect(sameDay('2019-04-02T00:00:00Z', '2019-04-01T15:00:00.000Z')).toBe(false);
  });

  it('rejects other days and missing values', () => {
    expect(sameDay('2016-12-15T10:00:00Z', '2016-12-16T21:19:00.000Z')).toBe(false);
    expect(sameDay(null, '2016-12-16')).toBe(false);
    expect(sameDay('yesterday', '2016-12-16')).toBe(false);
  });
});

describe('images and links', () => {
  it('sets aside scheme and query of an image address', () => {
    expect(sameImage('http://cdn.site/a/photo-123.jpg?w=800', 'https://CDN.site/a/photo-123.jpg')).toBe(true);
    expect(sameImage('https://cdn.site/a/other.jpg', 'https://cdn.site/a/photo-123.jpg')).toBe(false);
  });

  it('accepts another rendition of the same distinctive file, not of a generic one', () => {
    const want = 'https://www.news.example/resizer/abc=/1200x630/s3.host/public/Q3KUQ3K4VGF6733PRNTY36GQP4.jpg';
    expect(sameImage('https://www.news.example/resizer/xyz=/800x0/s3.host/public/Q3KUQ3K4VGF6733PRNTY36GQP4.jpg', want)).toBe(true);
    expect(sameImage('https://a.example/one/image.jpg', 'https://a.example/two/image.jpg')).toBe(false);
  });

  it('resolves relative image addresses against the page', () => {
    expect(sameImage('/img/lead-photo-2016.jpg', 'https://site.example/img/lead-photo-2016.jpg', 'https://site.example/story')).toBe(true);
  });

  it('matches a label srcContains raw or URL-decoded', () => {
    expect(imageMatchesLabel('https://x.example/i/1.3800223.1575?x=1', '1.3800223')).toBe(true);
    expect(imageMatchesLabel('https://x.example/i/caf%C3%A9.jpg', 'café')).toBe(true);
    expect(imageMatchesLabel(null, 'a')).toBe(false);
  });

  it('normalises links: scheme, www, fragment, tracking parameters, trailing slash', () => {
    const a = normHref('http://www.Site.example/news/story/?utm_source=x#top');
    expect(a).toBe(normHref('https://site.example/news/story'));
    expect(normHref('/news/other', 'https://site.example/a/b')).toBe('site.example/news/other');
    expect(normHref('https://site.example/story?id=5')).not.toBe(normHref('https://site.example/story?id=6'));
  });
});

describe('sentences and unwanted strings', () => {
  it('finds a sentence whatever its quotes and spacing', () => {
    const text = 'He said “no”.\n\nIt   ends here.';
    expect(containsSentence(text, 'He said "no".')).toBe(true);
    expect(containsSentence(text, 'He said "yes".')).toBe(false);
  });

  it('tests short labels as whole lines only', () => {
    const prose = 'The advertisement ran for weeks.\n\nMore text.';
    expect(showsUnwanted(prose, 'Advertisement')).toBe(false);
    expect(showsUnwanted(`${prose}\n\nADVERTISEMENT\n\nEnd.`, 'Advertisement')).toBe(true);
  });

  it('tests a short label ending in a colon also at the start of a line', () => {
    expect(showsUnwanted('Story.\n\nRead more: Other story', 'Read more:')).toBe(true);
    expect(showsUnwanted('Read more about it in the report.', 'Read more:')).toBe(false);
  });

  it('tests longer strings as case-insensitive substrings', () => {
    expect(showsUnwanted('End. Sign up for our newsletter today', 'SIGN UP FOR OUR NEWSLETTER')).toBe(true);
    expect(showsUnwanted('End of the story.', 'SIGN UP FOR OUR NEWSLETTER')).toBe(false);
  });
});
