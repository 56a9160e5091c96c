import { describe, expect, it } from 'vitest';
import { agencyFromCreditLine, agencyFromDateline } from '../../utils/metadata/agency';
import { cleanBylineLine } from '../../utils/metadata/byline';
import { parseTextDate } from '../../utils/metadata/dates';
import { harvestMetadata } from '../../utils/metadata/metadata';
import { parsePage } from '../helpers/dom';

const URL = 'https://news.example/story';
/**
 * Hang guard, not a speed mark (speed is the benchmark's business): the real cost is a few milliseconds, and a
 * catastrophic regex or a quadratic walk would blow far past this test timeout.
 */
const HANG_GUARD_MS = 20_000;

describe('hostile and odd pages', () => {
  it('does not throw on pages without head, body or anything', () => {
    for (const html of ['', '<html></html>', '<frameset><frame src="a"></frameset>', '<svg xmlns="http://www.w3.org/2000/svg"></svg>']) {
      expect(() => harvestMetadata(parsePage(html, URL), URL)).not.toThrow();
    }
    expect(() => harvestMetadata(parsePage('<p>x</p>', URL), 'not a url')).not.toThrow();
  });

  it('survives deep nesting, many bylines and a huge JSON-LD block', () => {
    const deep = '<div>'.repeat(900) + '<span class="byline">By Jane Doe</span>' + '</div>'.repeat(900);
    const many = Array.from({ length: 5_000 }, (_, i) => `<span class="byline author date">By Person ${i} 2019-01-01</span>`).join('');
    const json = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${'x'.repeat(1_000_000)}","author":${'['.repeat(500)}${']'.repeat(500)}}</script>`;
    for (const html of [deep, many, json]) {
      const meta = harvestMetadata(parsePage(`<html><head></head><body><h1>Headline of the story</h1>${html}</body></html>`, URL), URL);
      expect(typeof (meta.title ?? '')).toBe('string');
      expect(meta.title?.length ?? 0).toBeLessThan(1_000);
    }
  }, HANG_GUARD_MS);

  it('keeps page strings as data: markup in metadata comes back as text, never parsed', () => {
    const meta = harvestMetadata(
      parsePage('<html><head><meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt; Title"><meta name="author" content="&lt;b&gt;Jane Doe&lt;/b&gt;"></head><body></body></html>', URL),
      URL,
    );
    expect(meta.title).not.toContain('onerror');
    expect(meta.byline).toBe('Jane Doe');
  });

  it('reads long pathological strings in linear time', () => {
    const long = `${'A '.repeat(20_000)}(`;
    const fns: (() => unknown)[] = [() => agencyFromDateline(long), () => agencyFromCreditLine(long), () => cleanBylineLine(long, { site: null, host: '' }), () => parseTextDate(long)];
    for (const fn of fns) expect(fn).not.toThrow();
  }, HANG_GUARD_MS);
});
