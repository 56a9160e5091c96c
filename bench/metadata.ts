// Section 2: metadata against the expectations shipped with the Postlight fixtures and Readability's test pages.
// Only fields whose expectation is non-null are counted; an extractor that finds nothing for one scores a miss,
// one that never produces such a field at all shows "-".
import { adLabelLines } from './ad-lines';
import { sameByline, sameDay, sameImage, sameText } from './compare';
import { postlightCases, readabilityCases } from './corpus';
import type { Extraction, ExtractorName } from './extractors';
import { runPage } from './pages';
import { count, tally, type Tally } from './stats';

export type MetaField = 'title' | 'byline' | 'date' | 'leadImage' | 'site';

/** Per field, per extractor: how many expectations were met. `null` tally: the extractor gives no such field. */
export type MetaScores = Map<MetaField, Map<ExtractorName, Tally | null>>;

/** Fields an extractor does not produce at all ("-" in the table rather than 0%). */
const NOT_PRODUCED: Partial<Record<ExtractorName, readonly MetaField[]>> = { Readability: ['leadImage'] };

interface Expectations {
  title?: string | null;
  byline?: string | null;
  date?: string | null;
  leadImage?: string | null;
  site?: string | null;
}

function judge(field: MetaField, got: Extraction, want: string, pageUrl: string): boolean {
  switch (field) {
    case 'title':
      return sameText(got.title, want);
    case 'byline':
      return sameByline(got.byline, want);
    case 'date':
      return sameDay(got.published, want);
    case 'leadImage':
      return sameImage(got.leadImage, want, pageUrl);
    case 'site':
      return sameText(got.site, want);
  }
}

function addPage(scores: MetaScores, expected: Expectations, got: Map<ExtractorName, Extraction>, pageUrl: string): void {
  for (const field of Object.keys(expected) as MetaField[]) {
    const want = expected[field];
    if (want === null || want === undefined || want === '') continue;
    let perExtractor = scores.get(field);
    if (!perExtractor) scores.set(field, (perExtractor = new Map()));
    for (const [name, extraction] of got) {
      if (NOT_PRODUCED[name]?.includes(field)) {
        perExtractor.set(name, null);
        continue;
      }
      let t = perExtractor.get(name);
      if (!t) perExtractor.set(name, (t = tally()));
      count(t, judge(field, extraction, want, pageUrl));
    }
  }
}

/** Metadata pages are articles: extract whatever detection says, as the user who asks for the clean view does. */
const METADATA_FORCE = true;

export interface MetadataResults {
  postlight: MetaScores;
  postlightPages: number;
  readability: MetaScores;
  readabilityPages: number;
  /** Pages (of both sets) whose extracted text still holds an ad-label line. */
  adLabelPages: Map<ExtractorName, Tally>;
}

export async function runMetadata(dir: string, extractors: readonly ExtractorName[]): Promise<MetadataResults> {
  const adLabelPages = new Map(extractors.map((name) => [name, tally()]));
  const extract = async (path: string, url: string) => {
    const { extractions: got } = await runPage({ path, url, extractors, force: METADATA_FORCE });
    for (const [name, extraction] of got) count(adLabelPages.get(name)!, adLabelLines(extraction.lines).length > 0);
    return got;
  };
  /** Score every case of one set against the expectations it states. */
  const scoreSet = async <C extends { path: string; url: string }>(cases: readonly C[], expect: (c: C) => Expectations) => {
    const scores: MetaScores = new Map();
    for (const c of cases) addPage(scores, expect(c), await extract(c.path, c.url), c.url);
    return scores;
  };
  const cases = postlightCases(dir);
  const postlight = await scoreSet(cases, ({ expected: e }) => ({
    title: e.title,
    byline: e.author,
    date: e.date_published,
    leadImage: e.lead_image_url,
  }));
  const pages = readabilityCases(dir);
  const readability = await scoreSet(pages, ({ expected: e }) => ({
    title: e.title,
    byline: e.byline,
    date: e.publishedTime,
    site: e.siteName,
  }));
  return { postlight, postlightPages: cases.length, readability, readabilityPages: pages.length, adLabelPages };
}
