// Small numeric helpers for the bench table.

/** The q-quantile (0..1) of the values, by linear interpolation between closest ranks; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

/** A count out of a total, with its share: "40/86 47%". "n/a" when nothing was counted. */
export interface Tally {
  hits: number;
  total: number;
}

export function tally(): Tally {
  return { hits: 0, total: 0 };
}

export function count(t: Tally, hit: boolean): void {
  t.total += 1;
  if (hit) t.hits += 1;
}

export function share(t: Tally): number {
  return t.total ? t.hits / t.total : Number.NaN;
}

export function formatTally(t: Tally): string {
  if (!t.total) return 'n/a';
  return `${t.hits}/${t.total} ${Math.round((100 * t.hits) / t.total)}%`;
}

export function formatRatio(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}
