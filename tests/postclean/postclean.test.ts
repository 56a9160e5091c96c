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
