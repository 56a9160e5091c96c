import { describe, expect, it } from 'vitest';
import { bylineLabel, formatPublished, readingTimeLabel, viewImage, viewLink } from '../../components/reader/format';
import { restrictionFromError, whyRestricted } from '../../components/reader/restricted';
import { badgeText } from '../../utils/live/badge';
import { openReaderFor } from '../../utils/live/open-reader';
import { userSelectorsFor } from '../../utils/live/engine-host';

// The small decisions of the clean view (components/reader) and the badge: pure functions, checked here.

describe('pages Broadsheet cannot read', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://a.example/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['https://example.org/report.pdf', 'pdf'],
    ['file:///home/me/page.html', 'file-access'],
  ])('%s -> %s', (url, kind) => {
    expect(whyRestricted(url, false)?.kind).toBe(kind);
  });

  it('lets ordinary pages, and local files when allowed, through', () => {
    expect(whyRestricted('https://www.thelocal.ch/20161015/story', false)).toBeNull();
    expect(whyRestricted('https://chrome.google.com/search?q=x', false)).toBeNull();
    expect(whyRestricted('file:///home/me/page.html', true)).toBeNull();
    expect(whyRestricted(undefined, false)).toBeNull(); // unknown until we try
  });

  it('maps the browser\'s refusals to the same explanations', () => {
    expect(restrictionFromError('Cannot access a chrome:// URL')?.kind).toBe('browser-page');
    expect(restrictionFromError('The extensions gallery cannot be scripted.')?.kind).toBe('store');
    expect(restrictionFromError('Cannot access contents of url "file:///x". Extension manifest must request permission')?.kind).toBe('file-access');
    expect(restrictionFromError('Something else')).toBeNull();
  });
});

describe('display helpers', () => {
  it('formats the date in the given locale, keeping a date-only value on its day', () => {
    expect(formatPublished('2016-10-15', 'en-GB')).toBe('15 October 2016');
    expect(formatPublished('2016-10-15', 'en-US')).toBe('October 15, 2016');
    expect(formatPublished('2016-10-15T14:02:00+02:00', 'de-DE')).toMatch(/Oktober 2016/);
    expect(formatPublished('not a date', 'en-GB')).toBeNull();
    expect(formatPublished(null)).toBeNull();
  });

  it('labels reading time and bylines', () => {
    expect(readingTimeLabel(4)).toBe('4 min read');
    expect(readingTimeLabel(0)).toBeNull();
    expect(bylineLabel('Jane Doe', null)).toBe('By Jane Doe');
    expect(bylineLabel('By Jane Doe', null)).toBe('By Jane Doe');
    expect(bylineLabel('AFP', 'AFP')).toBeNull(); // already in the source line
  });

  it('shows links by their real host and refuses script URLs', () => {
    expect(viewLink('https://user:pw@www.bank.example@evil.example/x')?.host).toBe('evil.example');
    expect(viewLink('https://www.thelocal.ch/a')).toEqual({ href: 'https://www.thelocal.ch/a', host: 'www.thelocal.ch' });
    expect(viewLink('javascript:alert(1)')).toBeNull();
    expect(viewLink(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(viewImage('data:image/png;base64,AAAA')).toBeNull();
    expect(viewImage('https://img.example/a.jpg')).toBe('https://img.example/a.jpg');
  });

  it('badge text: empty for none or when turned off, capped when huge', () => {
    expect(badgeText(0, true)).toBe('');
    expect(badgeText(5, true)).toBe('5');
    expect(badgeText(5, false)).toBe('');
    expect(badgeText(12_345, true)).toBe('999+');
  });
});

describe('openReaderFor (popup button, Alt+Shift+R, context menu)', () => {
  const getURL = (path: string) => `chrome-extension://id${path}`;
  function fakeTabs(active: { id?: number; index?: number }[] = []) {
    const created: { url: string; index?: number; openerTabId?: number }[] = [];
    return {
      created,
      api: { query: async () => active, create: async (props: (typeof created)[number]) => void created.push(props) },
    };
  }

  it('opens the reader page for the given tab, right after it', async () => {
    const tabs = fakeTabs();
    expect(await openReaderFor({ id: 12, index: 3 }, tabs.api, getURL)).toBe(12);
    expect(tabs.created).toEqual([{ url: 'chrome-extension://id/reader.html?tabId=12', index: 4, openerTabId: 12 }]);
  });

  it('falls back to the active tab when the event carries none', async () => {
    const tabs = fakeTabs([{ id: 5, index: 0 }]);
    expect(await openReaderFor(undefined, tabs.api, getURL)).toBe(5);
    expect(tabs.created[0]?.url).toBe('chrome-extension://id/reader.html?tabId=5');
  });

  it('does nothing without a tab', async () => {
    const tabs = fakeTabs([]);
    expect(await openReaderFor(undefined, tabs.api, getURL)).toBeNull();
    expect(await openReaderFor({ id: -1 }, tabs.api, getURL)).toBeNull();
    expect(tabs.created).toEqual([]);
  });
});

describe("the user's own hide selectors", () => {
  const map = { 'https://www.thelocal.ch': ['.newsletter-box', '#paywall-teaser'], 'http://news.example:8080': ['.promo'] };
  it('apply to pages of their origin only (scheme, host and port)', () => {
    expect(userSelectorsFor(map, 'https://www.thelocal.ch/20161015/story')).toEqual(['.newsletter-box', '#paywall-teaser']);
    expect(userSelectorsFor(map, 'http://www.thelocal.ch/20161015/story')).toEqual([]);
    expect(userSelectorsFor(map, 'http://news.example:8080/a')).toEqual(['.promo']);
    expect(userSelectorsFor(map, 'http://news.example/a')).toEqual([]);
    expect(userSelectorsFor(map, 'not a url')).toEqual([]);
  });
});
