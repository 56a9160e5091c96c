import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../helpers/corpus';
import { scoreFidelity, scorePostlight } from './corpus-score';

// Thresholds on the shared corpus. The fixtures are real pages, so these runs take a while (jsdom parsing).
/** Share of Postlight fixtures (with an expected author) whose author we read (the bench's sameByline). */
const MIN_POSTLIGHT_AUTHOR = 0.85;
/** Share of Postlight fixtures (with an expected date) whose publication day we read. */
const MIN_POSTLIGHT_DATE = 0.9;
/** Fidelity dev labels: share of pages right per field. */
const MIN_FIDELITY = { site: 0.85, byline: 0.85, published: 0.9, agency: 0.95 };
const SLOW = 600_000;

const postlight = corpusAvailable('postlight author/date expectations');

describe.skipIf(!postlight)('Postlight fixtures', () => {
  it(`author >= ${MIN_POSTLIGHT_AUTHOR} and date (day) >= ${MIN_POSTLIGHT_DATE}`, () => {
    const score = scorePostlight();
    const author = score.rate('author');
    const date = score.rate('date');
    console.info(`postlight author ${author.ok}/${author.total}, date ${date.ok}/${date.total}`);
    expect(author.total).toBeGreaterThan(50);
    expect(author.rate).toBeGreaterThanOrEqual(MIN_POSTLIGHT_AUTHOR);
    expect(date.rate).toBeGreaterThanOrEqual(MIN_POSTLIGHT_DATE);
  }, SLOW);
});

describe.skipIf(!postlight)('fidelity dev labels', () => {
  it('reads site, byline, date and agency, and names no agency on a page without one', () => {
    const score = scoreFidelity();
    for (const [field, min] of Object.entries(MIN_FIDELITY)) {
      const r = score.rate(field);
      console.info(`fidelity ${field} ${r.ok}/${r.total}`);
      expect(r.rate, field).toBeGreaterThanOrEqual(min);
    }
    const falseAgencies = score.checks.filter((c) => c.field === 'agency' && c.expected === null && c.got !== null);
    expect(falseAgencies.map((c) => `${c.page}: ${c.got}`)).toEqual([]);
  }, SLOW);
});
