import { describe, expect, it } from 'vitest';
import { findArticle, readJsonLd } from '../../utils/metadata/jsonld';
import { harvestMetadata } from '../../utils/metadata/metadata';
import { parsePage } from '../helpers/dom';

const URL = 'https://news.example/2016/10/15/story.html';
const page = (...blocks: string[]) =>
  parsePage(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body><p>x</p></body></html>`, URL);

describe('JSON-LD reading', () => {
  it('flattens @graph and top-level arrays', () => {
    const doc = page(
      JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': 'NewsArticle', headline: 'H' }] }),
      JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': 'Organization', name: 'Org' }]),
    );
    const types = readJsonLd(doc).map((o) => o['@type']);
    expect(types).toEqual(['WebSite', 'NewsArticle', 'BreadcrumbList', 'Organization']);
  });

  it('survives malformed blocks: trailing commas, comments around, raw line breaks, and plain garbage', () => {
    const doc = page(
      '<!-- {"@type":"NewsArticle","headline":"Commented",} -->',
      '{"@type":"Person","name":"Line\nBreak"}',
      '{"@type": "NewsArticle", "headline": ',
      'alert(1)',
    );
    const objects = readJsonLd(doc);
    expect(objects.map((o) => o['headline'] ?? o['name'])).toEqual(['Commented', 'Line Break']);
  });

  it('treats __proto__ keys as plain data', () => {
    const doc = page('{"@type":"NewsArticle","headline":"P","__proto__":{"polluted":true}}');
    const [obj] = readJsonLd(doc);
    expect(obj?.['headline']).toBe('P');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('prefers the article about this URL over other articles and over WebPage', () => {
    const objects = [
      { '@type': 'WebPage', name: 'Page' },
      { '@type': 'NewsArticle', headline: 'Other', url: 'https://news.example/other' },
      { '@type': 'NewsArticle', headline: 'This one', mainEntityOfPage: { '@id': URL } },
    ];
    expect(findArticle(objects, URL)?.['headline']).toBe('This one');
  });
});

describe('harvest from JSON-LD', () => {
  it('reads headline, nested author and publisher objects, @id references and the date', () => {
    const doc = page(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'The Daily Example' },
          { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
          {
            '@type': 'NewsArticle',
            headline: 'Council approves the budget',
            author: [{ '@id': '#jane' }, { '@type': 'Person', name: 'John Roe' }],
            publisher: { '@id': '#org' },
            datePublished: '2019-11-19T17:42:40+01:00',
          },
        ],
      }),
    );
    const meta = harvestMetadata(doc, URL);
    expect(meta.title).toBe('Council approves the budget');
    expect(meta.byline).toBe('Jane Doe, John Roe');
    expect(meta.site).toBe('The Daily Example');
    expect(meta.published).toBe('2019-11-19T17:42:40+01:00');
    expect(meta.jsonLd.length).toBe(3);
  });

  it('does not take an organisation author (the outlet) as a byline', () => {
    const doc = page('{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"BBC News"}}');
    expect(harvestMetadata(doc, URL).byline).toBeNull();
  });

  it('does not throw on a page whose only JSON-LD is broken', () => {
    const doc = page('{"@type":"NewsArticle","author":{"name":');
    expect(() => harvestMetadata(doc, URL)).not.toThrow();
  });
});
