import type { BenchRow, BenchTargetSummary } from './buildBenchReport.js';

/** Written where a number is missing (C reference unavailable). */
export const NOT_AVAILABLE = 'n/a';

/** Written in a backend's cell when it was not timed on that case. */
export const NOT_TIMED = '—';

/**
 * Renders the comparison as a markdown table: one row per case, the C reference's ns/cell, then
 * one column per backend with its ns/cell and, in brackets, its ratio to C (`× < 1` = faster than
 * C). ns/cell keeps three significant digits; a missing C figure prints `n/a`; a case a backend
 * was not timed on prints `—`.
 *
 * @param rows - from {@link buildBenchReport}
 * @param targets - the columns, in order (unavailable ones are left out)
 * @returns the table, newline-terminated
 * @example
 * ```ts
 * formatResultsTable(report.rows, report.targets);
 * // | case | C | cpu | wasm f64 |
 * // |---|---:|---:|---:|
 * // | value n=256 p=1 | 53.0 | 52.1 (0.98×) | 12.3 (0.23×) |
 * ```
 */
export function formatResultsTable(rows: readonly Pick<BenchRow, 'label' | 'cNsPerCell' | 'results'>[], targets: readonly Pick<BenchTargetSummary, 'id' | 'label' | 'status'>[]): string {
  const columns = targets.filter((target) => target.status === 'ok');
  const lines = [`| case | C ns/cell | ${columns.map((t) => `${t.label} ns/cell (÷ C)`).join(' | ')} |`, `|---|---:|${columns.map(() => '---:|').join('')}`];
  for (const row of rows) {
    const c = row.cNsPerCell === null ? NOT_AVAILABLE : formatNsPerCell(row.cNsPerCell);
    const cells = columns.map((target) => {
      const cell = row.results[target.id];
      if (cell === undefined || 'skipped' in cell) return NOT_TIMED;
      return `${formatNsPerCell(cell.nsPerCell)} (${cell.ratio === null ? NOT_AVAILABLE : `${cell.ratio.toFixed(2)}×`})`;
    });
    lines.push(`| ${row.label} | ${c} | ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Formats ns per cell with three significant digits and no exponent.
 *
 * @param ns - a non-negative duration in ns
 * @returns e.g. `4.31`, `53.0`, `182`, `1234`
 * @example
 * ```ts
 * formatNsPerCell(53.04); // '53.0'
 * ```
 */
export function formatNsPerCell(ns: number): string {
  if (ns >= 100) return ns.toFixed(0);
  if (ns >= 10) return ns.toFixed(1);
  return ns.toFixed(2);
}
