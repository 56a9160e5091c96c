// One plain-text table: aligned columns, section rules, readable in a terminal and pasteable into a note.

export type TableRow = { section: string } | { label: string; cells: readonly string[] };

/** Cell shown where an extractor gives no such value. */
export const NONE = '-';

export function renderTable(headers: readonly string[], rows: readonly TableRow[]): string {
  const widths = headers.map((h) => h.length);
  for (const row of rows) {
    if ('section' in row) continue;
    const cells = [row.label, ...row.cells];
    cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  const total = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(headers), '='.repeat(total)];
  for (const row of rows) {
    if ('section' in row) out.push(`-- ${row.section} `.padEnd(total, '-'));
    else out.push(line([row.label, ...headers.slice(1).map((_, i) => row.cells[i] ?? '')]));
  }
  return out.join('\n');
}
