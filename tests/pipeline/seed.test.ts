import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../cli/page';
import type { Article } from '../../utils/article';
import { parsePage } from '../helpers/dom';

// The page the project started from (../shared/seeds), rebuilt as HTML with the clutter its text shows.
const SEED_URL = 'https://www.thelocal.ch/20161015/new-talks-in-lausanne-to-break-syria-deadlock';
const html = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-page.html'), 'utf8');

function cleanSeed(): Article {
  const result = cleanDocument(parsePage(html, SEED_URL), SEED_URL);
  expect(result.message).toBeNull();
  expect(result.article).not.toBeNull();
  return result.article!;
}

describe('the seed page (AFP story on The Local)', () => {
  const article = cleanSeed();
  const lines = article.text.split('\n').map((l) => l.trim());

  it('is detected as news', () => {
    const result = cleanDocument(parsePage(html, SEED_URL), SEED_URL);
    expect(result.detection.kind).toBe('news');
  });

  it('keeps the headline, publication, agency and date', () => {
    expect(article.title).toBe('New talks in Lausanne to break Syria deadlock');
    expect(article.site).toBe('The Local');
    expect(article.agency).toBe('AFP');
    expect(article.published?.slice(0, 10)).toBe('2016-10-15');
    expect(article.lang).toBe('en');
  });

  it('shows the byline as displayed, without the e-mail address beside it', () => {
    // The page's byline slot names only the agency; it is shown as the page shows it (as the hand-checked labels do).
    expect(article.byline).toBe('AFP');
  });

  it('keeps the lead photo with caption and credit apart', () => {
    expect(article.leadImage).not.toBeNull();
    expect(article.leadImage!.src).toBe('https://www.thelocal.ch/userdata/images/article/kerry-lausanne.jpg');
    expect(article.leadImage!.caption).toBe('US Secretary of State John Kerry arrives at the talks in Lausanne on Saturday.');
    expect(article.leadImage!.credit).toBe('Fabrice Coffrini/AFP');
    // Shown apart, so not repeated in the body.
    expect(article.text).not.toContain('Photo: Fabrice Coffrini/AFP');
  });

  it('keeps the whole story, first to last paragraph', () => {
    expect(article.text.startsWith("US Secretary of State John Kerry and Russia's foreign minister Sergei Lavrov")).toBe(true);
    expect(article.text).toContain('After talking for 40 minutes, Kerry and Lavrov joined envoys');
    expect(article.text.trimEnd().endsWith('a political dialogue between the government and opposition.')).toBe(true);
    expect(article.wordCount).toBeGreaterThan(250);
    expect(article.wordCount).toBeLessThan(330);
    expect(article.readingMinutes).toBe(1);
  });

  it('keeps the See Also links, absolute and titled', () => {
    expect(article.seeAlsoHeading).toBe('See Also');
    expect(article.seeAlso).toEqual([
      { title: 'Switzerland to host new Syria talks in Lausanne', href: 'https://www.thelocal.ch/20161014/swiss-to-host-syria-talks-in-lausanne' },
      { title: 'UN envoy de Mistura offers to escort Aleppo rebels out', href: 'https://www.thelocal.ch/20161012/geneva-un-envoy-de-mistura-aleppo' },
      { title: 'Swiss government condemns Aleppo hospital bombing', href: 'https://www.thelocal.ch/20161009/swiss-government-condemns-aleppo-hospital-bombing' },
    ]);
  });

  it.each([
    ['Advertisement label', (l: string[]) => l.includes('Advertisement')],
    ['lone "More"', (l: string[]) => l.includes('More')],
    ['comment pitch', (l: string[]) => l.some((x) => x.startsWith('Join the conversation'))],
    ['comment rules', (l: string[]) => l.some((x) => x.startsWith('Please keep comments civil'))],
    ['login pitch', (l: string[]) => l.some((x) => /log in to leave a comment/.test(x))],
    ['obfuscated e-mail', (l: string[]) => l.some((x) => x.includes('[email'))],
    ['share bar', (l: string[]) => l.some((x) => /^(Facebook|Twitter|Email)\b/.test(x))],
    ['See Also heading in the body', (l: string[]) => l.includes('See Also')],
    ['site navigation', (l: string[]) => l.some((x) => x.includes('Jobs in Switzerland'))],
  ])('drops the %s', (_name, present) => {
    expect(present(lines)).toBe(false);
  });

  it('records what it removed and how long each stage took', () => {
    expect(article.removed.length).toBeGreaterThan(0);
    expect(article.removed.some((r) => r.stage === 'ads' || r.stage === 'labels')).toBe(true);
    for (const stage of ['detect', 'harvest', 'ads', 'readability', 'postclean', 'total'] as const) {
      expect(article.timingsMs[stage]).toBeGreaterThanOrEqual(0);
    }
    expect(article.timingsMs.total).toBeGreaterThanOrEqual(article.timingsMs.readability);
  });

  it('gives body HTML without scripts or ad slots, and a JSON-safe Article', () => {
    expect(article.html).not.toMatch(/<script|div-gpt-ad|adsbygoogle|data-cfemail/i);
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  });
});
