// The bench's sections end to end on a tiny corpus written here (the shared corpus is not needed): the same
// loaders, runners and comparison rules as `npm run bench`, on pages whose right answers are known.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAeb, summarizeAeb } from '../../bench/aeb';
import { corpusPresent } from '../../bench/corpus';
import { precisionRecall, runDetection, runFidelity } from '../../bench/labels';
import { runMetadata } from '../../bench/metadata';
import { clearPageCache } from '../../bench/pages';

const PARAGRAPHS = [
  'The city council voted on Tuesday to expand the tram network across the river, ending a debate that lasted a decade.',
  'Supporters said the new line would cut commuting times by a third, while opponents warned about the cost overruns.',
  'Construction is expected to begin next spring and to last about four years, according to the transport department.',
  'The mayor said the vote showed that the city could still take large decisions when residents were asked directly.',
];
const STORY_URL = 'https://news.example/2024/05/14/tram-vote.html';

function storyPage(extra = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Council backs tram plan</title>
    <meta name="author" content="By Jane Doe">
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-05-14T09:30:00+02:00">
    <meta property="og:image" content="https://img.example/photos/tram-vote-council-2024.jpg?w=1200">
    </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Council backs tram plan</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${extra}</article>
    <footer>Copyright Example News</footer></body></html>`;
}

const LISTING = `<!DOCTYPE html><html><head><title>Example News</title></head><body><ul>
  ${Array.from({ length: 30 }, (_, i) => `<li><a href="/2024/05/${i}/story-${i}.html">Story ${i}</a></li>`).join('')}
  </ul></body></html>`;

function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  mkdirSync(join(dir, 'aeb', 'html'), { recursive: true });
  writeFileSync(join(dir, 'aeb', 'html', 'p1.html.gz'), gzipSync(storyPage()));
  writeFileSync(
    join(dir, 'aeb', 'ground-truth.json'),
    JSON.stringify({ p1: { url: STORY_URL, articleBody: PARAGRAPHS.join('\n\n') }, gone: { url: STORY_URL, articleBody: 'x' } }),
  );
  mkdirSync(join(dir, 'postlight', 'fixtures'), { recursive: true });
  writeFileSync(join(dir, 'postlight', 'fixtures', 'news.example.html'), storyPage());
  writeFileSync(
    join(dir, 'postlight', 'expectations.json'),
    JSON.stringify([
      {
        domain: 'news.example',
        url: STORY_URL,
        fixture: 'fixtures/news.example.html',
        expected: {
          title: 'Council backs tram plan',
          author: 'JANE DOE',
          date_published: '2024-05-14T07:30:00.000Z',
          lead_image_url: 'https://img.example/photos/tram-vote-council-2024.jpg',
          dek: null,
        },
      },
    ]),
  );
  mkdirSync(join(dir, 'readability', 'pages', 'story'), { recursive: true });
  writeFileSync(join(dir, 'readability', 'pages', 'story', 'source.html'), storyPage('<p>Advertisement</p>'));
  writeFileSync(
    join(dir, 'readability', 'pages', 'story', 'expected-metadata.json'),
    JSON.stringify({ title: 'Council backs tram plan', byline: 'Jane Doe', siteName: 'Example News', publishedTime: null }),
  );
  mkdirSync(join(dir, 'labels'));
  writeFileSync(join(dir, 'listing.html'), LISTING);
  writeFileSync(
    join(dir, 'labels', 'fidelity-dev.json'),
    JSON.stringify([
      {
        corpus: 'postlight',
        path: 'postlight/fixtures/news.example.html',
        url: STORY_URL,
        site: 'Example News',
        agency: null,
        byline: 'Jane Doe',
        published: '2024-05-14',
        seeAlso: [{ href: 'https://news.example/2024/05/13/other.html', title: 'Other' }],
        seeAlsoHeading: 'Related',
        mustContain: [PARAGRAPHS[0], PARAGRAPHS[2], 'A sentence that is on no page at all.'],
        mustNotContain: ['Copyright Example News', 'Home'],
      },
    ]),
  );
  writeFileSync(
    join(dir, 'labels', 'detect-dev.json'),
    JSON.stringify([
      { corpus: 'postlight', path: 'postlight/fixtures/news.example.html', url: STORY_URL, kind: 'news' },
      { corpus: 'other', path: 'listing.html', url: 'https://news.example/', kind: 'other' },
    ]),
  );
  return dir;
}

describe('bench sections on a tiny corpus', () => {
  let dir: string;
  beforeAll(() => {
    clearPageCache();
    dir = writeCorpus();
  });

  it('scores AEB pages that exist, with Readability close to the truth', async () => {
    expect(corpusPresent(dir)).toBe(true);
    const results = await runAeb(dir, ['Readability']);
    expect(results.map((r) => r.id)).toEqual(['p1']);
    const summary = summarizeAeb(results, 'Readability');
    expect(summary.recall).toBe(1);
    expect(summary.precision).toBeGreaterThan(0.8);
    expect(summary.medianMs).toBeGreaterThan(0);
    expect(summary.adLabelPages).toBe(0);
  });

  it('counts only non-null expectations, and "-" for fields an extractor never gives', async () => {
    const meta = await runMetadata(dir, ['Readability']);
    expect(meta.postlightPages).toBe(1);
    expect(meta.postlight.get('byline')?.get('Readability')).toEqual({ hits: 1, total: 1 });
    expect(meta.postlight.get('title')?.get('Readability')).toEqual({ hits: 1, total: 1 });
    expect(meta.postlight.get('date')?.get('Readability')).toEqual({ hits: 1, total: 1 });
    expect(meta.postlight.get('leadImage')?.get('Readability')).toBeNull();
    expect(meta.readability.has('date')).toBe(false);
    expect(meta.readability.get('site')?.get('Readability')).toEqual({ hits: 1, total: 1 });
    // The Readability page's text keeps its "Advertisement" line, and the tally says so.
    expect(meta.adLabelPages.get('Readability')).toEqual({ hits: 1, total: 2 });
  });

  it('judges fidelity fields, with a sentence that is absent failing mustContain', async () => {
    const fidelity = await runFidelity(dir, ['Readability', 'Broadsheet']);
    expect(fidelity.pages).toBe(1);
    expect(fidelity.fields.get('mustContain')?.get('Readability')).toEqual({ hits: 0, total: 1 });
    expect(fidelity.fields.get('mustNotContain')?.get('Readability')).toEqual({ hits: 1, total: 1 });
    expect(fidelity.fields.get('byline')?.get('Readability')).toEqual({ hits: 1, total: 1 });
    expect(fidelity.fields.get('caption')).toBeUndefined();
    expect(fidelity.fields.get('agency')?.get('Broadsheet')?.total).toBe(1);
    expect(fidelity.seeAlso.expected).toBe(1);
    expect(fidelity.misses.some((m) => m.includes('mustContain'))).toBe(true);
  });

  it('counts detection against the labels for Broadsheet and isProbablyReaderable', async () => {
    const detection = await runDetection(dir);
    expect(detection.pages).toBe(2);
    for (const m of [detection.broadsheet, detection.readerable]) expect(m.tp + m.fp + m.fn + m.tn).toBe(2);
    // The listing page has too little prose for Readability to call it readerable.
    expect(detection.readerable.fp).toBe(0);
    expect(precisionRecall({ tp: 3, fp: 1, fn: 2, tn: 0 })).toEqual({ precision: 0.75, recall: 0.6 });
  });
});
