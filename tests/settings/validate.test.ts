import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MAX_SELECTOR_LENGTH,
  MAX_SELECTOR_SITES,
  MAX_SITES,
  SETTINGS_SCHEMA,
  SETTING_KEYS,
  SETTINGS_VERSION,
  defaultSettings,
  interpretStored,
  isValidSelector,
  parseSelectorList,
  MAX_SELECTORS_PER_SITE,
  migrateValue,
  storedByteSize,
  validateSettings,
} from '../../utils/settings';

const dom = new JSDOM('<!doctype html><p>x</p>').window.document;

describe('schema and defaults', () => {
  it('has a default for every field that itself validates without problems', () => {
    const result = validateSettings(defaultSettings(), dom);
    expect(result.problems).toEqual({});
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(DEFAULT_SETTINGS)).toEqual(SETTING_KEYS);
  });

  it('gives the documented defaults', () => {
    expect(DEFAULT_SETTINGS.autoClean).toBe('off');
    expect(DEFAULT_SETTINGS.theme).toBe('system');
    expect(DEFAULT_SETTINGS.remoteImages).toBe(true);
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
  });

  it('hands out copies: changing one does not change the defaults', () => {
    const a = defaultSettings();
    a.sites.push('https://a.example');
    expect(defaultSettings().sites).toEqual([]);
  });

  it('keeps the defaults and a full site list within the sync per-item quota', () => {
    expect(storedByteSize(DEFAULT_SETTINGS)).toBeLessThan(1024);
    const sites = Array.from({ length: MAX_SITES }, (_, i) => `https://www.news-site-${i}.example`);
    expect(storedByteSize({ ...DEFAULT_SETTINGS, sites })).toBeLessThan(8192);
  });
});

describe('validation: a bad field becomes its default, the others survive', () => {
  const good = { ...defaultSettings(), theme: 'sepia', fontSize: 22, sites: ['https://www.lemonde.fr'] };

  it.each([
    ['bool of the wrong type', 'showImages', 'yes'],
    ['enum value not in the list', 'theme', 'purple'],
    ['number as a string', 'fontSize', '20'],
    ['number out of range', 'lineHeight', 9],
    ['NaN-like number', 'lineWidth', null],
    ['list that is not an array', 'sites', 'https://a.example'],
    ['map that is an array', 'hideSelectors', ['.ad']],
  ] as const)('%s', (_name, key, bad) => {
    const others = { ...good, [key === 'theme' ? 'font' : 'theme']: key === 'theme' ? 'sans' : 'sepia' };
    const { settings, problems } = validateSettings({ ...others, [key]: bad }, dom);
    expect(settings[key]).toEqual(SETTINGS_SCHEMA[key].default);
    expect(problems[key]).toBeDefined();
    // Every other field is as stored.
    for (const other of SETTING_KEYS) {
      if (other !== key) expect(settings[other], other).toEqual((others as Record<string, unknown>)[other]);
    }
  });

  it('rounds numbers to their step', () => {
    const { settings, problems } = validateSettings({ lineHeight: 1.6333333, fontSize: 17.4 }, dom);
    expect(settings.lineHeight).toBe(1.65);
    expect(settings.fontSize).toBe(17);
    expect(problems).toEqual({});
  });

  it('drops only the bad entries of the site list, normalizes and dedupes the rest', () => {
    const { settings, problems } = validateSettings(
      { sites: ['https://www.bbc.co.uk', 'javascript:alert(1)', 42, 'ftp://files.example', 'HTTPS://WWW.BBC.CO.UK/news', 'http://127.0.0.1:8080'] },
      dom,
    );
    expect(settings.sites).toEqual(['https://www.bbc.co.uk', 'http://127.0.0.1:8080']);
    expect(problems.sites).toBe('entries');
  });

  it('caps an oversize site list at MAX_SITES', () => {
    const sites = Array.from({ length: 500 }, (_, i) => `https://s${i}.example`);
    const { settings, problems } = validateSettings({ sites }, dom);
    expect(settings.sites).toHaveLength(MAX_SITES);
    expect(settings.sites[0]).toBe('https://s0.example');
    expect(problems.sites).toBe('too-many');
  });

  it('keeps valid extra selectors and drops unsafe or malformed ones', () => {
    const { settings, problems } = validateSettings(
      {
        hideSelectors: {
          'https://news.example': ['.promo-box', 'div[', 'a{} body', '</style><script>', 'x'.repeat(MAX_SELECTOR_LENGTH + 1), '#paywall, .newsletter'],
          'not an origin': ['.ad'],
          'https://news.example/path': ['.ad'],
          'https://empty.example': ['{'],
        },
      },
      dom,
    );
    expect(settings.hideSelectors).toEqual({ 'https://news.example': ['.promo-box', '#paywall, .newsletter'] });
    expect(problems.hideSelectors).toBe('entries');
  });

  it('caps the number of sites with selectors', () => {
    const map = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`https://s${i}.example`, ['.ad']]));
    const { settings, problems } = validateSettings({ hideSelectors: map }, dom);
    expect(Object.keys(settings.hideSelectors)).toHaveLength(MAX_SELECTOR_SITES);
    expect(problems.hideSelectors).toBe('too-many');
  });

  it('does not let a __proto__ key reach the result object', () => {
    const raw = JSON.parse('{"hideSelectors": {"__proto__": [".ad"]}, "__proto__": {"theme": "dark"}}');
    const { settings } = validateSettings(raw, dom);
    expect(settings.theme).toBe('system');
    expect(Object.getPrototypeOf(settings.hideSelectors)).toBe(Object.prototype);
    expect(Object.keys(settings.hideSelectors)).toEqual([]);
  });

  it.each([['a string', 'dark'], ['an array', [1, 2]], ['a number', 7]])('turns %s into the defaults', (_n, raw) => {
    const { settings, problems } = validateSettings(raw, dom);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(problems).sort()).toEqual([...SETTING_KEYS].sort());
  });
});

describe('selector syntax', () => {
  it('uses the DOM parser when there is one', () => {
    expect(isValidSelector('article .ad-slot > div:not(.story)', dom)).toBe(true);
    expect(isValidSelector('div[', dom)).toBe(false);
    expect(isValidSelector('::-webkit-nonsense(', dom)).toBe(false);
  });

  it('still refuses rule-breaking characters without a DOM (service worker)', () => {
    expect(isValidSelector('.ad', null)).toBe(true);
    expect(isValidSelector('.ad } body { display:none', null)).toBe(false);
    expect(isValidSelector('.a; color: red', null)).toBe(false);
    expect(isValidSelector('.a /* x */', null)).toBe(false);
    expect(isValidSelector('.a\n.b', null)).toBe(false);
    expect(isValidSelector('   ', null)).toBe(false);
  });
});

describe('versions', () => {
  it('migrates a v1 draft value in memory: boolean mode, bare host names', () => {
    const { value, failedAt } = migrateValue({ autoClean: true, sites: ['lemonde.fr', 'https://bbc.co.uk'] }, 1, SETTINGS_VERSION);
    expect(failedAt).toBeNull();
    expect(value).toMatchObject({ autoClean: 'sites', sites: ['https://lemonde.fr', 'https://bbc.co.uk'] });
  });

  it('leaves a value already in the current shape as it is (a value stored without a version record)', () => {
    const current = { ...defaultSettings(), autoClean: 'all-news', sites: ['https://a.example'] };
    expect(migrateValue(current, 1, SETTINGS_VERSION).value).toEqual(current);
  });

  it('keeps the last good value when a migration throws, and validation keeps the good fields', () => {
    const loaded = interpretStored({ theme: 'dark', autoClean: true, fontSize: 20 }, { v: 1 }, {
      migrations: {
        2: () => {
          throw new Error('broken migration');
        },
      },
    });
    expect(loaded.migrationFailedAt).toBe(2);
    expect(loaded.settings.theme).toBe('dark');
    expect(loaded.settings.fontSize).toBe(20);
    expect(loaded.settings.autoClean).toBe('off');
    expect(loaded.problems.autoClean).toBe('type');
  });

  it('reads a value from an unknown future version: known fields survive, new ones are carried', () => {
    const loaded = interpretStored({ theme: 'sepia', font: 'sans', fontSize: 'x-large', columns: 2 }, { v: SETTINGS_VERSION + 7 });
    expect(loaded.storedVersion).toBe(SETTINGS_VERSION + 7);
    expect(loaded.settings.theme).toBe('sepia');
    expect(loaded.settings.font).toBe('sans');
    expect(loaded.settings.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(loaded.carry).toEqual({ columns: 2 });
  });
});

describe('selector lists typed one per line', () => {
  it('keeps the good lines, names the bad ones by line number, ignores blanks and duplicates', () => {
    const result = parseSelectorList('.promo\n\n  #box  \ndiv[\n.promo\n.a { color: red }\n', dom);
    expect(result.selectors).toEqual(['.promo', '#box']);
    expect(result.bad).toEqual([
      { line: 4, text: 'div[' },
      { line: 6, text: '.a { color: red }' },
    ]);
    expect(result.tooMany).toBe(false);
  });

  it('flags more selectors than one site may have', () => {
    const text = Array.from({ length: MAX_SELECTORS_PER_SITE + 1 }, (_, i) => `.c${i}`).join('\n');
    expect(parseSelectorList(text, dom).tooMany).toBe(true);
    expect(parseSelectorList(text.split('\n').slice(1).join('\n'), dom).tooMany).toBe(false);
  });
});
