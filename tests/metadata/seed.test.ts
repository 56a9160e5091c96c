import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCfEmails } from '../../utils/cfemail';
import { harvestMetadata, resolveByline, resolveSite } from '../../utils/metadata/metadata';
import { parsePage } from '../helpers/dom';

// The project's seed: an AFP story on The Local, byline line "AFP - [email protected]" (Cloudflare-obfuscated).
const SEED_URL = 'https://www.thelocal.ch/20161015/new-talks-in-lausanne-to-break-syria-deadlock';
const html = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-page.html'), 'utf8');

function seedMeta() {
  const doc = parsePage(html, SEED_URL);
  decodeCfEmails(doc);
  const before = doc.documentElement.outerHTML;
  const meta = harvestMetadata(doc, SEED_URL);
  return { meta, unchanged: doc.documentElement.outerHTML === before };
}

describe('metadata of the seed page', () => {
  const { meta, unchanged } = seedMeta();

  it('reads headline, site, date and language', () => {
    expect(meta.title).toBe('New talks in Lausanne to break Syria deadlock');
    expect(meta.site).toBe('The Local');
    expect(meta.published).toBe('2016-10-15T14:02:00+02:00');
    expect(meta.lang).toBe('en');
  });

  it('credits AFP as the agency, and shows the agency-only byline as displayed (no address)', () => {
    expect(meta.agency).toBe('AFP');
    expect(meta.byline).toBe('AFP');
    expect(meta.bylineShown).toBe(true);
  });

  it('keeps a fallback byline from another extractor out when the page shows only the agency', () => {
    expect(resolveByline({ ...meta, byline: null }, 'AFP - news@thelocal.ch', SEED_URL)).toBeNull();
    expect(resolveByline({ ...meta, byline: null, bylineShown: false }, 'By Jane Doe Updated 4:10pm', SEED_URL)).toBe('Jane Doe');
  });

  it('cleans fallback bylines and site names from another extractor', () => {
    const none = { ...meta, byline: null, bylineShown: false, site: null };
    expect(resolveByline(none, 'BBC News', 'https://www.bbc.com/news/1')).toBeNull();
    expect(resolveByline(none, 'Editorial', SEED_URL)).toBeNull();
    expect(resolveSite(none, 'http://www.tmz.com', 'https://www.tmz.com/2015/story')).toBeNull();
    expect(resolveSite(none, 'TMZ', 'https://www.tmz.com/2015/story')).toBe('TMZ');
    expect(resolveSite(meta, 'Other', SEED_URL)).toBe('The Local');
  });

  it('leaves the document as it was', () => {
    expect(unchanged).toBe(true);
  });
});
