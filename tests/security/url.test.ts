import { describe, expect, it } from 'vitest';
import { displayHost, MAX_URL_LENGTH, safeHref, safeWebUrl } from '../../utils/url';

const PAGE = 'https://news.example/2024/03/14/story.html';

describe('safeHref', () => {
  it.each([
    ['/2024/03/13/other.html', 'https://news.example/2024/03/13/other.html'],
    ['other.html', 'https://news.example/2024/03/14/other.html'],
    ['//cdn.example/x', 'https://cdn.example/x'],
    ['  https://a.example/x\n', 'https://a.example/x'],
    ['https://a.exa\tmple/p\na\rth', 'https://a.example/path'],
    ['https://a.example/\u200bx\u202e', 'https://a.example/x'],
    ['HTTP://A.EXAMPLE/Path', 'http://a.example/Path'],
    ['#section', 'https://news.example/2024/03/14/story.html#section'],
    ['mailto:desk@news.example', 'mailto:desk@news.example'],
    ['https://user:secret@a.example/x', 'https://a.example/x'],
    ['https://www.news.example@evil.example/phish', 'https://evil.example/phish'],
  ])('%j -> %j', (input, expected) => {
    expect(safeHref(input, PAGE)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \u0000javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\u200bscript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;&#97;vascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '%6A%61vascript:alert(1)',
    '%256A%2561vascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    'livescript:x',
    'file:///etc/passwd',
    'ftp://files.example/',
    'chrome-extension://abcdef/options.html',
    'about:blank',
    'blob:https://news.example/uuid',
    'tel:+1555',
    'mailto:',
    'https://',
    'http://[::1',
    '',
    '   ',
  ])('refuses %j', (input) => {
    expect(safeHref(input, PAGE)).toBeNull();
  });

  it('refuses non-strings and overlong input', () => {
    for (const value of [null, undefined, 42, {}, ['https://a.example/'], { href: 'https://a.example/' }]) expect(safeHref(value, PAGE)).toBeNull();
    expect(safeHref(`https://a.example/${'x'.repeat(MAX_URL_LENGTH)}`)).toBeNull();
  });

  it('without a base, only absolute URLs pass', () => {
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('https://a.example/')).toBe('https://a.example/');
  });

  it('a relative link cannot escape to another scheme through a hostile base', () => {
    expect(safeHref('x.html', 'javascript:alert(1)//')).toBeNull();
    expect(safeHref('x.html', 'chrome-extension://abc/popup.html')).toBeNull();
  });

  it('safeWebUrl is http(s) only', () => {
    expect(safeWebUrl('mailto:a@b.example')).toBeNull();
    expect(safeWebUrl('/img.jpg', PAGE)).toBe('https://news.example/img.jpg');
  });
});

describe('displayHost', () => {
  it.each([
    ['https://news.example/a', 'news.example'],
    ['https://WWW.News.Example:443/a', 'www.news.example'],
    ['http://news.example:8080/a', 'news.example:8080'],
    ['https://user:pw@news.example/a', 'news.example'],
    ['https://www.trusted.example@evil.example/a', 'evil.example'],
    ['https://trusted.example%2F@evil.example/', 'evil.example'],
    ['http://[::1]:8080/', '[::1]:8080'],
    ['http://127.0.0.1/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    // internationalized names: shown in their own letters when plainly one script
    ['https://münchen.example/', 'münchen.example'],
    ['https://xn--mnchen-3ya.example/', 'münchen.example'],
    ['https://пример.рф/', 'пример.рф'],
    ['https://例え.jp/', '例え.jp'],
    ['https://ελληνικά.gr/', 'ελληνικά.gr'],
  ])('%s -> %s', (href, expected) => {
    expect(displayHost(href)).toBe(expected);
  });

  it.each([
    ['https://аpple.com/', 'Cyrillic а among Latin letters'],
    ['https://аррӏе.com/', 'all-Cyrillic look-alike of "apple"'],
    ['https://ѕсоре.example/', 'all-Cyrillic look-alike of "scope"'],
    ['https://οτ.example/', 'Greek look-alike of "ot"'],
    ['https://ıbm.com/', 'dotless i'],
    ['https://ɡoogle.com/', 'IPA script g'],
    ['https://paypal\u0441.com/', 'trailing Cyrillic с'],
    ['https://news\u2010example.com/', 'a hyphen look-alike'],
  ])('%s is shown in its punycode form (%s)', (href) => {
    const ascii = new URL(href).hostname;
    expect(ascii).toMatch(/xn--/);
    expect(displayHost(href)).toBe(ascii);
  });

  it.each(['mailto:a@b.example', 'javascript:alert(1)', 'data:text/html,x', 'ftp://f.example/', '/relative', '', 'not a url'])(
    'null for %j',
    (href) => {
      expect(displayHost(href)).toBeNull();
    },
  );

  it('matches where the link really goes', () => {
    for (const href of ['https://www.bank.example@evil.example/', 'https://evil.example\\@bank.example/', 'https://evil.example#@bank.example/']) {
      const real = new URL(href).hostname;
      expect(displayHost(href)).toBe(real);
    }
  });
});
