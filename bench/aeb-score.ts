// The article-extraction benchmark's (AEB) scoring, written from its published description:
// tokens are `\w+` runs (Unicode), a page's text becomes the multiset of its 4-token shingles, and each page
// contributes tp/fp/fn normalised by tp+fp+fn. Precision and recall are averaged over pages and F1 is the
// harmonic mean of those two averages (not a mean of per-page F1s).

/** Shingle length used by the benchmark. */
export const SHINGLE_TOKENS = 4;

/**
 * A `\w` run as Python's Unicode `re` sees it: letters, digits (any numeric character) and the underscore.
 * Combining marks are not word characters there either, so "é" written as e + U+0301 splits the word, as it
 * does in the reference scorer.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string | null | undefined): string[] {
  return text ? (text.match(TOKEN) ?? []) : [];
}

/**
 * Shingles of `n` consecutive tokens, counted. A text shorter than `n` tokens gives one shingle of all its
 * tokens (so a two-word answer still counts), and an empty text gives none.
 */
export function shingles(text: string | null | undefined, n = SHINGLE_TOKENS): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** One page's matched, extra and missing shingles, each as a share of tp+fp+fn (all 0 when both are empty). */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(truth: string | null | undefined, predicted: string | null | undefined): PageScore {
  const expected = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, want] of expected) {
    const have = got.get(shingle) ?? 0;
    tp += Math.min(want, have);
    fn += Math.max(0, want - have);
  }
  for (const [shingle, have] of got) fp += Math.max(0, have - (expected.get(shingle) ?? 0));
  const total = tp + fp + fn;
  return total > 0 ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp: 0, fp: 0, fn: 0 };
}

/** A page with nothing expected and nothing predicted is perfect; a page with no match scores 0. */
export function pagePrecision({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 ? 0 : tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 ? 0 : tp / (tp + fn);
}

export interface AebSummary {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

export function summarize(scores: readonly PageScore[]): AebSummary {
  if (scores.length === 0) return { pages: 0, precision: 0, recall: 0, f1: 0 };
  const mean = (f: (s: PageScore) => number) => scores.reduce((sum, s) => sum + f(s), 0) / scores.length;
  const precision = mean(pagePrecision);
  const recall = mean(pageRecall);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: scores.length, precision, recall, f1 };
}
