import { describe, expect, it } from 'vitest';
import {
  isHttpOrigin,
  originOf,
  originToMatchPattern,
  parseSiteInput,
  scriptIdForOrigin,
  urlToMatchPattern,
  SCRIPT_ID_PREFIX,
} from '../../utils/autoclean';

describe('origins and match patterns', () => {
  it.each([
    ['https://www.example.com/news/2024/story.html?x=1#top', 'https://www.example.com'],
    ['http://127.0.0.1:8080/page', 'http://127.0.0.1:8080'],
    ['https://www.example.com:443/', 'https://www.example.com'],
    ['HTTPS://WWW.Example.COM', 'https://www.example.com'],
    ['https://user:pass@news.example/', 'https://news.example'],
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example'],
  ])('originOf(%s) = %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it.each([
    'file:///home/me/page.html',
    'chrome://extensions',
    'chrome-extension://abc/options.html',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,<p>x',
    'ftp://files.example/',
    'view-source:https://example.com',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(originOf(url)).toBeNull();
    expect(urlToMatchPattern(url)).toBeNull();
  });

  it('turns a URL or origin into the pattern for every page of that origin', () => {
    expect(urlToMatchPattern('https://www.example.com/a/b?c')).toBe('https://www.example.com/*');
    expect(originToMatchPattern('https://www.example.com')).toBe('https://www.example.com/*');
    expect(originToMatchPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/*');
  });

  it('originToMatchPattern throws on anything but a normal http(s) origin', () => {
    expect(() => originToMatchPattern('https://www.example.com/')).toThrow();
    expect(() => originToMatchPattern('chrome://settings')).toThrow();
    expect(() => originToMatchPattern('*://*/*')).toThrow();
  });

  it('isHttpOrigin accepts only the normal form', () => {
    expect(isHttpOrigin('https://a.example')).toBe(true);
    expect(isHttpOrigin('https://a.example/')).toBe(false);
    expect(isHttpOrigin('https://A.example')).toBe(false);
    expect(isHttpOrigin(42)).toBe(false);
  });

  it('gives each origin its own script id under the module prefix', () => {
    expect(scriptIdForOrigin('https://a.example')).toBe(`${SCRIPT_ID_PREFIX}https://a.example`);
    expect(scriptIdForOrigin('https://a.example')).not.toBe(scriptIdForOrigin('http://a.example'));
  });
});

describe('what the user types in "add a site"', () => {
  it.each([
    ['lemonde.fr', 'https://lemonde.fr'],
    ['  www.bbc.co.uk/news/world  ', 'https://www.bbc.co.uk'],
    ['http://news.example/story', 'http://news.example'],
    ['localhost:3000', 'https://localhost:3000'],
    ['127.0.0.1:8080/x', 'https://127.0.0.1:8080'],
    ['//cdn-less.example/a', 'https://cdn-less.example'],
    ['https://www.thelocal.ch/20161015/some-story', 'https://www.thelocal.ch'],
  ])('%s -> %s', (input, origin) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['javascript:alert(1)', 'not-http'],
    ['chrome://settings', 'not-http'],
    ['file:///etc/passwd', 'not-http'],
    ['about:blank', 'not-http'],
    ['mailto:desk@news.example', 'not-http'],
    ['https://', 'invalid'],
    ['*.example.com', 'invalid'],
    ['exa mple.com', 'invalid'],
    [`https://${'a'.repeat(2000)}.example`, 'too-long'],
  ])('refuses %j (%s)', (input, error) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, error });
  });
});
