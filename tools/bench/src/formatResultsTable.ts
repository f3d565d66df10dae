import type { BenchRow } from './buildBenchReport.js';

/** Written where a number is missing (C reference unavailable). */
export const NOT_AVAILABLE = 'n/a';

/**
 * Renders the comparison as a markdown table: `case | C ns/cell | ours ns/cell | ratio`.
 * ns/cell keeps three significant digits (2 decimals below 10, 1 below 100, none above);
 * the ratio is ours / C with two decimals and a `×`; a missing C figure prints `n/a`.
 *
 * @param rows - from {@link buildBenchReport}
 * @returns the table, one line per row plus the two header lines, newline-terminated
 * @example
 * ```ts
 * formatResultsTable([{ label: 'value n=256 p=1', cNsPerCell: 53.04, oursNsPerCell: 91.2, ratio: 1.7195, ... }]);
 * // | case | C ns/cell | ours ns/cell | ratio |
 * // |---|---:|---:|---:|
 * // | value n=256 p=1 | 53.0 | 91.2 | 1.72× |
 * ```
 */
export function formatResultsTable(rows: readonly Pick<BenchRow, 'label' | 'cNsPerCell' | 'oursNsPerCell' | 'ratio'>[]): string {
  const lines = ['| case | C ns/cell | ours ns/cell | ratio |', '|---|---:|---:|---:|'];
  for (const row of rows) {
    const c = row.cNsPerCell === null ? NOT_AVAILABLE : formatNsPerCell(row.cNsPerCell);
    const ratio = row.ratio === null ? NOT_AVAILABLE : `${row.ratio.toFixed(2)}×`;
    lines.push(`| ${row.label} | ${c} | ${formatNsPerCell(row.oursNsPerCell)} | ${ratio} |`);
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
