import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ENGINE_VERSION, FiltersEngine } from '@ghostery/adblocker';
import { describe, expect, it } from 'vitest';
import { META_FILE, type ArtifactMeta } from '../../utils/ads/artifact';
import { adSelectorsFor, engineFromBytes, engineFromGzip, isSafeSelector, surveyPage } from '../../utils/ads/engine';
import { ARTIFACT_PATH, DATA_DIR, loadBundledEngine } from '../../utils/ads/engine-node';
import { parsePage } from '../helpers/dom';

const engine = loadBundledEngine();
const noSurvey = { classes: [], ids: [], hrefs: [] };

/** A small engine from a synthetic list, to check how lookups treat hosts, exceptions and styles. */
function tinyEngine(lines: string[]) {
  return engineFromBytes(FiltersEngine.parse(lines.join('\n'), { loadNetworkFilters: false, loadCosmeticFilters: true }).serialize());
}

describe('the committed EasyList artifact', () => {
  it('matches its metadata (size, checksum, engine version) and attribution', () => {
    const gz = readFileSync(ARTIFACT_PATH);
    const meta = JSON.parse(readFileSync(join(DATA_DIR, META_FILE), 'utf8')) as ArtifactMeta;
    expect(gz.length).toBe(meta.gzipBytes);
    expect(createHash('sha256').update(gz).digest('hex')).toBe(meta.sha256);
    expect(gunzipSync(gz).length).toBe(meta.serializedBytes);
    expect(meta.engineVersion).toBe(ENGINE_VERSION);
    expect(meta.cosmeticLines).toBeGreaterThan(10_000);
    const attribution = readFileSync(join(DATA_DIR, 'EASYLIST-ATTRIBUTION.md'), 'utf8');
    expect(attribution).toContain('https://easylist.to/');
    expect(attribution).toMatch(/GNU General Public License version 3/);
    expect(attribution).toMatch(/Attribution-ShareAlike 3\.0/);
    expect(attribution).toContain(meta.sha256);
  });

  it('deserializes quickly, synchronously and through DecompressionStream alike', async () => {
    const raw = gunzipSync(readFileSync(ARTIFACT_PATH));
    const start = performance.now();
    const fresh = engineFromBytes(raw);
    const ms = performance.now() - start;
    console.info(`[ads] deserialize ${ms.toFixed(1)} ms for ${raw.length} bytes`);
    expect(ms).toBeLessThan(2_000);
    const viaStream = await engineFromGzip(readFileSync(ARTIFACT_PATH));
    const survey = { classes: ['adsbygoogle', 'ad-slot'], ids: [], hrefs: [] };
    const url = 'https://news.example/story';
    expect(adSelectorsFor(viaStream, survey, url)).toEqual(adSelectorsFor(fresh, survey, url));
  });

  it('refuses bytes that are not an engine, with a hint to rebuild', () => {
    expect(() => engineFromBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/npm run filters/);
  });

  it('answers with selectors for the classes and ids EasyList hides, and not for ordinary ones', () => {
    const url = 'https://news.example/2024/05/01/story.html';
    const withAds = adSelectorsFor(engine, { classes: ['adsbygoogle', 'ad-slot', 'story-body'], ids: ['div-gpt-ad-123'], hrefs: [] }, url);
    expect(withAds).toContain('.ad-slot');
    expect(withAds.some((s) => s.includes('adsbygoogle'))).toBe(true);
    expect(withAds.some((s) => s.includes('div-gpt-ad'))).toBe(true);
    expect(withAds.some((s) => s.includes('story-body'))).toBe(false);
    const plain = adSelectorsFor(engine, { classes: ['story-body', 'headline'], ids: ['main-content'], hrefs: [] }, url);
    expect(plain).not.toContain('.ad-slot');
    expect(plain.length).toBeLessThan(withAds.length);
  });

  it('copes with addresses that are not web pages', () => {
    for (const url of ['not a url', 'file:///tmp/page.html', 'about:blank', '']) {
      expect(adSelectorsFor(engine, { classes: ['ad-slot'], ids: [], hrefs: [] }, url)).toContain('.ad-slot');
    }
  });
});

describe('adSelectorsFor on a synthetic list', () => {
  const tiny = tinyEngine([
    '##.promo-box',
    'news.example##.site-banner',
    'other.example##.other-banner',
    'news.example#@#.promo-box',
    'news.example##.styled:style(color: red)',
    'news.example##body.has-ad',
    'news.example##html > body',
    'news.example##main',
    'news.example##div.wrap > article',
    'news.example##article.sponsored-card',
    'news.example##.inline-ad, :root',
  ]);

  it('applies this site\'s rules and its exceptions, not other sites\'', () => {
    const here = adSelectorsFor(tiny, { classes: ['promo-box'], ids: [], hrefs: [] }, 'https://www.news.example/a');
    expect(here).toContain('.site-banner');
    expect(here).not.toContain('.other-banner');
    expect(here).not.toContain('.promo-box'); // unhidden by news.example#@#.promo-box
    const elsewhere = adSelectorsFor(tiny, { classes: ['promo-box'], ids: [], hrefs: [] }, 'https://third.example/a');
    expect(elsewhere).toContain('.promo-box');
    expect(elsewhere).not.toContain('.site-banner');
  });

  it('drops style rules and selectors that would hide the page or the story container', () => {
    const here = adSelectorsFor(tiny, noSurvey, 'https://news.example/a');
    expect(here).not.toContain('.styled');
    for (const unsafe of ['body.has-ad', 'html > body', 'main', 'div.wrap > article', ':root']) expect(here).not.toContain(unsafe);
    expect(here).toContain('article.sponsored-card');
    expect(here).toContain('.inline-ad');
  });
});

describe('isSafeSelector', () => {
  it('judges the subject of the selector, not its ancestors', () => {
    expect(isSafeSelector('body .ad')).toBe(true);
    expect(isSafeSelector('main > aside.ad')).toBe(true);
    expect(isSafeSelector('BODY')).toBe(false);
    expect(isSafeSelector('div > main.content')).toBe(false);
    expect(isSafeSelector('article')).toBe(false);
    expect(isSafeSelector('[role="main"]')).toBe(false);
    expect(isSafeSelector('article.promo')).toBe(true);
    expect(isSafeSelector('html:not(.x)')).toBe(false);
    expect(isSafeSelector('')).toBe(false);
  });
});

describe('surveyPage', () => {
  it('collects each class, id and link target once', () => {
    const doc = parsePage(
      '<html><body class="home"><div id="top" class="a b"><a href="https://ads.example/x" class="a">x</a><a href="/local">y</a></div>' +
        '<span class="b c" id="top2"></span><a>no href</a><a href="/local">again</a></body></html>',
    );
    const survey = surveyPage(doc);
    expect(survey.classes.sort()).toEqual(['a', 'b', 'c', 'home']);
    expect(survey.ids.sort()).toEqual(['top', 'top2']);
    expect(survey.hrefs.sort()).toEqual(['/local', 'https://ads.example/x']);
  });

  it('splits class attributes on any HTML whitespace, never keeping an empty name', () => {
    const doc = parsePage('<html><body><div class=" a\tb\n c\f\rd  "></div><p class="   "></p></body></html>');
    expect(surveyPage(doc).classes.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('skips tokens longer than the message limit allows', () => {
    const long = 'x'.repeat(5_000);
    const doc = parsePage(`<html><body><div class="${long} ok" id="${long}"></div><a href="data:${long}">a</a></body></html>`);
    const survey = surveyPage(doc);
    expect(survey.classes).toEqual(['ok']);
    expect(survey.ids).toEqual([]);
    expect(survey.hrefs).toEqual([]);
  });

  it('feeds the engine: a page with EasyList-hidden markup gets selectors for it', () => {
    const doc = parsePage('<html><body><ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins><div class="ad-slot"></div><p class="lede">Hi</p></body></html>');
    const selectors = adSelectorsFor(engine, surveyPage(doc), 'https://news.example/a');
    const matched = selectors.filter((s) => doc.querySelector(s));
    expect(matched.length).toBeGreaterThanOrEqual(2);
    expect(matched.every((s) => !doc.querySelector(s)?.matches('.lede'))).toBe(true);
  });
});
