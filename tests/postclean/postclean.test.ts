import { describe, expect, it } from 'vitest';
import { decodeCfEmail, decodeCfEmails } from '../../utils/cfemail';
import { postClean } from '../../utils/postclean/postclean';
import { countWords, elementToText, readingMinutes } from '../../utils/text';
import { parsePage } from '../helpers/dom';

const PROSE =
  'Officials said the comments section of the report was reviewed by the committee, and that more advertisement spending was planned for next year by the ministry.';

function content(inner: string): Element {
  return parsePage(`<html><body><div id="c">${inner}</div></body></html>`).getElementById('c')!;
}

describe('post-clean', () => {
  it.each([
    ['Advertisement'],
    ['Join the conversation in our comments section below. Share your own views.'],
    ['Please log in to leave a comment.'],
    ['Please keep comments civil, constructive and on topic.'],
    ['Sign up for our daily newsletter'],
    ['More'],
    ['Share Tweet Email'],
  ])('removes the leftover "%s"', (leftover) => {
    const c = content(`<p>${PROSE}</p><p>${leftover}</p><p>${PROSE}</p>`);
    const removed = postClean(c, null);
    expect(removed).toHaveLength(1);
    expect(removed[0]!.stage).toBe('postclean');
    expect(c.querySelectorAll('p')).toHaveLength(2);
    expect(c.textContent).not.toContain(leftover);
  });

  it('keeps article paragraphs that merely mention comments, advertisements or newsletters', () => {
    const c = content(`<p>${PROSE}</p><p>The newsletter, she said, would be sent to subscribers every week from now on.</p>`);
    expect(postClean(c, null)).toEqual([]);
    expect(c.querySelectorAll('p')).toHaveLength(2);
  });

  it('removes the headline repeated at the top, and only there', () => {
    const c = content(`<h2>Talks in Lausanne</h2><p>${PROSE}</p><h2>Talks in Lausanne</h2>`);
    postClean(c, 'Talks in Lausanne');
    expect(c.querySelectorAll('h2')).toHaveLength(1);
    expect(c.firstElementChild!.tagName).toBe('P');
  });

  it('removes containers left empty, keeps images', () => {
    const c = content(`<div><p>Advertisement</p></div><div><img src="https://x.test/a.jpg"></div><p>${PROSE}</p>`);
    postClean(c, null);
    expect(c.children).toHaveLength(2);
    expect(c.querySelector('img')).not.toBeNull();
  });
});

/** Article-like filler: long enough that the blocks after it sit in the article's tail. */
const STORY = Array.from({ length: 6 }, (_, i) => `<p>${PROSE} Paragraph ${i + 1} of the story goes on.</p>`).join('');

/** Content as Readability returns it: a tree that was never attached to any document. */
function detached(inner: string): Element {
  const doc = parsePage('<html><body></body></html>');
  const root = doc.createElement('div');
  const holder = parsePage(`<html><body><div id="c">${inner}</div></body></html>`).getElementById('c')!;
  for (const child of Array.from(holder.childNodes)) root.appendChild(doc.importNode(child, true));
  return root;
}

describe('post-clean on a detached tree', () => {
  it('removes leftovers from content that is in no document (Readability output)', () => {
    const c = detached(`<p>${PROSE}</p><div><p>Advertisement</p></div><p>Sign up for our daily newsletter</p>`);
    expect(c.isConnected).toBe(false);
    const reasons = postClean(c, null).map((r) => r.reason);
    expect(reasons).toEqual(['ad label', 'newsletter box']);
    expect(c.textContent).not.toContain('Advertisement');
    expect(c.querySelectorAll('div')).toHaveLength(0);
  });
});

describe('post-clean boilerplate anywhere in the article', () => {
  it.each([
    ['newsletter box', 'Get the latest updates right in your inbox. Subscribe to our newsletters.'],
    ['newsletter box', 'Let our news meet your inbox. The stories that matter, delivered weekday mornings.'],
    ['newsletter box', 'Subscribe to Example Weekly and stay smart with more of your favorite writers.'],
    ['newsletter box', 'If you enjoyed this article, we have a proposition for you: join our members today.'],
    ['newsletter box', 'Abonnez-vous pour lire la suite'],
    ['lone control', 'Subscribe'],
    ['lone control', 'READ MORE ON EXAMPLE NEWS BY CLICKING HERE'],
    ['lone control', 'SOURCE: News agencies'],
    ['lone control', 'Media playback is unsupported on your device'],
    ['lone control', 'View author archive'],
    ['legal line', 'Copyright © 2019 Example Media. All rights reserved.'],
    ['legal line', 'This website uses cookies to improve your experience.'],
    ['legal line', 'We may earn a commission if you buy something through links on this page.'],
    ['comment pitch', 'Note: we are temporarily moderating all comments submitted to deal with spam.'],
    // Shapes whose own rule gave way to an earlier, wider one: still removed, for the same reason.
    ['comment pitch', 'Show comments'],
    ['comment pitch', 'Comments are moderated.'],
    ['newsletter box', 'Abonnez-vous à notre newsletter'],
    ['newsletter box', 'Suscríbete a nuestro newsletter'],
    ['newsletter box', 'Subscribe now'],
    ['newsletter box', 'Abonnieren'],
    ['newsletter box', 'Iscriviti'],
    ['date line', 'Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM'],
    ['date line', 'sexta-feira, 22 de outubro de 2010 às 20:13'],
  ])('removes a %s: "%s"', (reason, leftover) => {
    const c = detached(`<p>${PROSE}</p><p>${leftover}</p><p>${PROSE}</p>`);
    expect(postClean(c, null).map((r) => r.reason)).toEqual([reason]);
    expect(c.querySelectorAll('p')).toHaveLength(2);
  });

  it('removes an all-capitals teaser link and a "READ MORE:" link, not a capitalised sentence', () => {
    const c = detached(
      `<p>${PROSE}</p><p><a href="/x">STAR CLEARED TO PERFORM AT AWARDS</a></p>` +
        `<p>READ MORE: <a href="/y">China plague outbreak confirmed in Beijing</a></p><p>NASA SAID NOTHING MORE.</p>`,
    );
    expect(postClean(c, null).map((r) => r.reason)).toEqual(['teaser link', 'teaser link']);
    expect(c.textContent).toContain('NASA SAID NOTHING MORE.');
  });

  it('removes a bare printed address at the top only, not a linked one', () => {
    const url = 'https://www.example.com/news/article/Some-story-123.php';
    const c = detached(`<div>${url}</div><p><a href="https://t.test/1">https://t.test/1</a></p>${STORY}<p>${url}</p>`);
    expect(postClean(c, null).map((r) => r.reason)).toEqual(['bare address']);
    expect(c.lastElementChild!.textContent).toBe(url);
  });

  it('keeps a lone "link" as a link text and a headline that opens with "Source:"', () => {
    const c = detached(`<p>${PROSE}</p><p><a href="/a">link</a></p><h3>Source: Minister irritated by attacks on the budget</h3>`);
    expect(postClean(c, null)).toEqual([]);
  });

  it('keeps version numbers, date-like titles and linked coordinates', () => {
    const c = detached(`<p>${PROSE}</p><p>4.2.3</p><h3>Le 15 Mai</h3><p><a href="/geo">41°17′S 174°27′E / 41.283°S 174.450°E</a></p><p>${PROSE}</p>`);
    expect(postClean(c, null)).toEqual([]);
  });

  it('removes a date span on a line of its own beside a heading, and a numeric date line', () => {
    const c = detached(`<div><h2>Local story</h2><span>Updated 5:27 am CST, Wednesday, November 20, 2019</span></div><p>2018-08-16</p>${STORY}`);
    expect(postClean(c, null).map((r) => r.reason)).toEqual(['date line', 'date line']);
    expect(c.textContent).toContain('Local story');
  });

  it('removes a date span on a line of its own between line breaks, keeps the byline line above it', () => {
    const c = detached(`<p>The Associated Press<br><span>Published Monday, November 18, 2019 8:22AM EST</span><br></p>${STORY}`);
    expect(postClean(c, null).map((r) => r.reason)).toEqual(['date line']);
    expect(c.textContent).toContain('The Associated Press');
  });

  it("removes the page's own address printed anywhere in the body", () => {
    const url = 'https://www.example.com/news/article/Some-story-123.php';
    const doc = parsePage('<html><body><div id="c"></div></body></html>', url);
    const c = doc.createElement('div');
    for (const html of [STORY, `<div><span>${url}</span></div>`, STORY, '<p>https://www.example.com/other</p>']) {
      const holder = parsePage(`<html><body><div id="h">${html}</div></body></html>`).getElementById('h')!;
      for (const child of Array.from(holder.childNodes)) c.appendChild(doc.importNode(child, true));
    }
    expect(postClean(c, null).map((r) => r.reason)).toEqual(['bare address']);
    expect(c.textContent).toContain('https://www.example.com/other');
  });

  it('keeps dates, links and numbers inside sentences, and prose that mentions subscribing', () => {
    const tweet = '<blockquote><p>Great news today.</p>— Jane Roe (@jane) <a href="https://t.test/1">November 9, 2018</a></blockquote>';
    const cite = '<p>One study in 50 people showed a reduction in binging<a href="#r1">1</a>.</p>';
    const mention = '<p>Readers who subscribe to the paper said they would sign up for more newsletters next year.</p>';
    const click = '<p>Click here to get more information or download this game.</p>';
    const c = detached(`<p>${PROSE}</p>${tweet}${cite}${mention}${click}`);
    const before = c.textContent;
    expect(postClean(c, null)).toEqual([]);
    expect(c.textContent).toBe(before);
  });
});

describe('post-clean in the article tail', () => {
  it.each([
    ['author bio', 'Regan is a Connecticut native now living in Massachusetts with her husband, two sons, and two cats. She writes about food.'],
    ['author bio', 'Jeff Doe (jeff@example.com) is the editor and publisher of The Example Review.'],
    ['contact line', 'Follow us on Twitter @example and on Facebook.'],
    ['newsletter box', 'Subscribe to our YouTube channel for more videos.'],
    ['newsletter box', 'Want the best tools to get healthy? Check out our team’s picks for the best fitness trackers and running gear.'],
    ['newsletter box', `If you enjoyed this article, we have a proposition for you: join our members. ${'Members get all of our content, no paywalls, and a weekly letter from the editors. '.repeat(3)}`],
    ['contact line', 'Email Tariq Doe at tdoe@example.com or follow him @tdoe.'],
    ['contact line', 'Have a tip? Amy Doe may be reached at adoe@example.com.'],
  ])('removes an %s at the end', (reason, leftover) => {
    const c = detached(`${STORY}<p>${leftover}</p>`);
    expect(postClean(c, null).map((r) => r.reason)).toEqual([reason]);
    expect(c.querySelectorAll('p')).toHaveLength(6);
  });

  it('keeps the same shapes near the top, and story sentences that look like a bio', () => {
    const bio = '<p>Regan is a Connecticut native now living in Massachusetts, where she writes about food.</p>';
    const story = '<p>US President Donald Trump has been eager to withdraw, said the Joint Chiefs of Staff.</p>';
    const product = '<p>Falcon is a free, open-source SQL editor with inline data visualization.</p>';
    const c = detached(`${bio}${STORY}${story}${product}`);
    expect(postClean(c, null)).toEqual([]);
    expect(c.querySelectorAll('p')).toHaveLength(9);
  });

  it('keeps link lists of tags, names or addresses (references, see-also terms)', () => {
    const refs = '<ul><li><a href="https://a.test/x">https://a.test/x</a></li><li><a href="https://b.test/y">https://b.test/y</a></li></ul>';
    const terms = '<ul><li><a href="/m">Mozilla (mascot)</a></li><li><a href="/z">-zilla (suffix)</a></li></ul>';
    const c = detached(`${STORY}${refs}${terms}`);
    expect(postClean(c, null)).toEqual([]);
    expect(c.querySelectorAll('li')).toHaveLength(4);
  });

  it('removes a link-only list at the end with its heading, keeps a list with prose', () => {
    const links = '<h3>More great stories</h3><ul><li><a href="/a">First story of the day</a></li><li><a href="/b">Second story of the day</a></li></ul>';
    const prose = '<ul><li>Taxes rise by <a href="/t">two percent</a> next year for most people.</li><li><a href="/c">Read</a> the plan in full, officials said.</li></ul>';
    const c = detached(`${STORY}${prose}${links}`);
    expect(postClean(c, null).map((r) => r.reason)).toEqual(['related heading', 'related list']);
    expect(c.querySelectorAll('ul')).toHaveLength(1);
    expect(c.textContent).toContain('Taxes rise');
  });
});

describe('Cloudflare e-mail decoding', () => {
  it('decodes data-cfemail and protected links', () => {
    expect(decodeCfEmail('5a343f2d291a2e323f3635393b36743932')).toBe('news@thelocal.ch');
    const doc = parsePage(
      '<p>Write to <a href="/cdn-cgi/l/email-protection#5a39321a2e323f3635393b3674393537"><span class="__cf_email__" data-cfemail="5a39321a2e323f3635393b3674393537">[email&#160;protected]</span></a></p>',
    );
    expect(decodeCfEmails(doc)).toBe(2);
    expect(doc.body.textContent).toBe('Write to ch@thelocal.com');
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('mailto:ch@thelocal.com');
  });

  it.each(['', 'zz', '5a3', '5a00', 'ff'.repeat(400)])('refuses malformed input %#', (hex) => {
    expect(decodeCfEmail(hex)).toBeNull();
  });
});

describe('text', () => {
  it('puts each block on its own paragraph and collapses whitespace', () => {
    const c = content('<h2>Head</h2><p>One   two\nthree</p><ul><li>a</li><li>b</li></ul>');
    expect(elementToText(c)).toBe('Head\n\nOne two three\n\na\n\nb');
  });

  it('counts words in spaced and unspaced scripts and rounds reading time', () => {
    expect(countWords("It's a well-known fact, 42 times.")).toBe(6);
    expect(countWords('日本語の文章です')).toBe(4);
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});
