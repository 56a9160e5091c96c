// Section 3: the hand-checked labels (labels/README.md). Fidelity: is each field of the clean view right?
// Detection: news|article vs other, Broadsheet's detection beside Readability's isProbablyReaderable.
import { isProbablyReaderable } from '@mozilla/readability';
import type { PipelineResult } from '../utils/article';
import {
  containsSentence,
  imageMatchesLabel,
  normHref,
  sameByline,
  sameDay,
  sameText,
  showsUnwanted,
} from './compare';
import { detectLabels, fidelityLabels, labelPath, type FidelityLabel } from './corpus';
import { plainCopy } from './dom';
import type { Extraction, ExtractorName } from './extractors';
import { cachedBroadsheet, runPage } from './pages';
import { count, tally, type Tally } from './stats';

/** Labelled pages are asked for explicitly: extract whatever detection says (detection is scored on its own). */
const LABELS_FORCE = true;

export type FidelityField =
  | 'leadImage'
  | 'caption'
  | 'credit'
  | 'agency'
  | 'site'
  | 'byline'
  | 'date'
  | 'mustContain'
  | 'mustNotContain';

export interface FidelityResults {
  pages: number;
  /** Per field, per extractor; fields an extractor does not produce are absent from its map. */
  fields: Map<FidelityField, Map<ExtractorName, Tally>>;
  /** Broadsheet named an agency on a page whose label says none (photo credits and quotes are not agencies). */
  falseAgencies: number;
  seeAlso: { found: number; foundRight: number; expected: number; expectedFound: number };
  /** What went wrong, per page, for whoever wants to look (bench --verbose). */
  misses: string[];
}

export interface DetectionResults {
  pages: number;
  /** Positive class: news or article. */
  broadsheet: { tp: number; fp: number; fn: number; tn: number };
  readerable: { tp: number; fp: number; fn: number; tn: number };
  /** Among pages labelled news|article that Broadsheet also calls news|article: the same one of the two. */
  newsVsArticle: Tally;
  misses: string[];
}

function field(results: FidelityResults, name: FidelityField, extractor: ExtractorName, hit: boolean): void {
  let perExtractor = results.fields.get(name);
  if (!perExtractor) results.fields.set(name, (perExtractor = new Map()));
  let t = perExtractor.get(extractor);
  if (!t) perExtractor.set(extractor, (t = tally()));
  count(t, hit);
}

/** Text fields every extractor reports, judged alike; null in the label means "must give none". */
function judgeCommon(results: FidelityResults, label: FidelityLabel, name: ExtractorName, got: Extraction): string[] {
  const missed: string[] = [];
  const check = (f: FidelityField, hit: boolean, detail: string) => {
    field(results, f, name, hit);
    if (!hit) missed.push(`${f}: ${detail}`);
  };
  check('site', sameText(got.site, label.site), `got ${JSON.stringify(got.site)} want ${JSON.stringify(label.site)}`);
  check('byline', sameByline(got.byline, label.byline), `got ${JSON.stringify(got.byline)} want ${JSON.stringify(label.byline)}`);
  const dateHit = label.published === null ? !got.published : sameDay(got.published, label.published);
  check('date', dateHit, `got ${JSON.stringify(got.published)} want ${label.published}`);
  const absent = label.mustContain.filter((s) => !containsSentence(got.text, s));
  check('mustContain', absent.length === 0, `missing ${JSON.stringify(absent.map((s) => s.slice(0, 40)))}`);
  const present = label.mustNotContain.filter((s) => showsUnwanted(got.lines, s));
  check('mustNotContain', present.length === 0, `still shows ${JSON.stringify(present)}`);
  return missed;
}

function judgeBroadsheetOnly(results: FidelityResults, label: FidelityLabel, result: PipelineResult | null): string[] {
  const article = result?.article ?? null;
  const missed: string[] = [];
  const check = (f: FidelityField, hit: boolean, detail: string) => {
    field(results, f, 'Broadsheet', hit);
    if (!hit) missed.push(`${f}: ${detail}`);
  };
  const lead = article?.leadImage ?? null;
  if (label.leadImage === null) {
    check('leadImage', lead === null, `got ${lead?.src} want none`);
  } else if (label.leadImage) {
    const want = label.leadImage;
    check('leadImage', imageMatchesLabel(lead?.src, want.srcContains), `got ${lead?.src} want *${want.srcContains}*`);
    check('caption', sameText(lead?.caption, want.caption), `got ${JSON.stringify(lead?.caption)} want ${JSON.stringify(want.caption)}`);
    check('credit', sameText(lead?.credit, want.credit), `got ${JSON.stringify(lead?.credit)} want ${JSON.stringify(want.credit)}`);
  }
  const agency = article?.agency ?? null;
  check('agency', sameText(agency, label.agency), `got ${JSON.stringify(agency)} want ${JSON.stringify(label.agency)}`);
  if (label.agency === null && agency) results.falseAgencies += 1;

  const base = label.url;
  const expected = new Set(label.seeAlso.map((l) => normHref(l.href, base)));
  const found = new Set((article?.seeAlso ?? []).map((l) => normHref(l.href, base)));
  const right = [...found].filter((h) => expected.has(h)).length;
  results.seeAlso.found += found.size;
  results.seeAlso.foundRight += right;
  results.seeAlso.expected += expected.size;
  results.seeAlso.expectedFound += [...expected].filter((h) => found.has(h)).length;
  if (right !== found.size || right !== expected.size) missed.push(`seeAlso: ${right} right of ${found.size} found, ${expected.size} expected`);
  return missed;
}

export async function runFidelity(dir: string, extractors: readonly ExtractorName[]): Promise<FidelityResults> {
  const results: FidelityResults = {
    pages: 0,
    fields: new Map(),
    falseAgencies: 0,
    seeAlso: { found: 0, foundRight: 0, expected: 0, expectedFound: 0 },
    misses: [],
  };
  for (const label of fidelityLabels(dir)) {
    results.pages += 1;
    const run = await runPage({ path: labelPath(dir, label), url: label.url, extractors, force: LABELS_FORCE });
    for (const [name, got] of run.extractions) {
      let missed: string[];
      if (name === 'Broadsheet') {
        missed = [...judgeCommon(results, label, name, got), ...judgeBroadsheetOnly(results, label, run.broadsheet)];
      } else {
        missed = judgeCommon(results, label, name, got);
        if (name === 'Defuddle' && label.leadImage !== undefined) {
          const hit = label.leadImage === null ? !got.leadImage : imageMatchesLabel(got.leadImage, label.leadImage.srcContains);
          field(results, 'leadImage', name, hit);
        }
      }
      for (const m of missed) results.misses.push(`${name} ${label.path}: ${m}`);
    }
  }
  return results;
}

const isArticle = (kind: string) => kind === 'news' || kind === 'article';

export async function runDetection(dir: string): Promise<DetectionResults> {
  const results: DetectionResults = {
    pages: 0,
    broadsheet: { tp: 0, fp: 0, fn: 0, tn: 0 },
    readerable: { tp: 0, fp: 0, fn: 0, tn: 0 },
    newsVsArticle: tally(),
    misses: [],
  };
  const add = (m: DetectionResults['broadsheet'], got: boolean, want: boolean) => {
    if (got && want) m.tp += 1;
    else if (got) m.fp += 1;
    else if (want) m.fn += 1;
    else m.tn += 1;
  };
  for (const label of detectLabels(dir)) {
    results.pages += 1;
    const path = labelPath(dir, label);
    const { url } = label;
    // Detection does not depend on `force`: reuse the fidelity run's answer, else run without it (pages judged
    // "other" then skip the extraction).
    const earlier = cachedBroadsheet(path, url, LABELS_FORCE);
    let readerable = false;
    const run = await runPage({
      path,
      url,
      extractors: earlier === undefined ? ['Broadsheet'] : [],
      force: false,
      withDocument: (doc) => (readerable = isProbablyReaderable(plainCopy(doc))),
    });
    const kind = (earlier === undefined ? run.broadsheet : earlier)?.detection.kind ?? 'other';
    const want = isArticle(label.kind);
    add(results.broadsheet, isArticle(kind), want);
    add(results.readerable, readerable, want);
    if (want && isArticle(kind)) count(results.newsVsArticle, kind === label.kind);
    if (kind !== label.kind) results.misses.push(`detect ${label.path}: got ${kind} want ${label.kind}`);
  }
  return results;
}

export function precisionRecall(m: DetectionResults['broadsheet']): { precision: number; recall: number } {
  return {
    precision: m.tp + m.fp ? m.tp / (m.tp + m.fp) : Number.NaN,
    recall: m.tp + m.fn ? m.tp / (m.tp + m.fn) : Number.NaN,
  };
}
