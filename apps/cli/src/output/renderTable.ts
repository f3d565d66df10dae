/**
 * Plain-text tables for the terminal: a header, a rule, aligned columns (numbers to the right).
 */

/** A table: column titles and rows of cells (numbers are formatted by the caller). */
export interface TextTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const NUMERIC = /^[-+]?(?:\d|\.\d|∞)[\d.,eE+\-%∞ ]*$/;

/**
 * Render a table with columns padded to their widest cell.
 * @param table - columns and rows.
 * @param indent - spaces before each line (default 2).
 * @returns the lines joined with newlines (no trailing newline).
 * @example renderTable({ columns: ['pair', 'soft-DTW'], rows: [['0–0', '1.25']] });
 * // '  pair  soft-DTW\n  ----  --------\n  0–0       1.25'
 */
export function renderTable(table: TextTable, indent = 2): string {
  const cells = table.rows.map((row) => row.map((c) => String(c)));
  const widths = table.columns.map((title, k) => Math.max(title.length, ...cells.map((row) => (row[k] ?? '').length)));
  const numeric = table.columns.map((_, k) => cells.length > 0 && cells.every((row) => NUMERIC.test(row[k] ?? '') || (row[k] ?? '') === ''));
  const pad = (text: string, k: number): string => (numeric[k] === true ? text.padStart(widths[k] ?? 0) : text.padEnd(widths[k] ?? 0));
  const prefix = ' '.repeat(indent);
  const lines = [
    table.columns.map((title, k) => pad(title, k)).join('  '),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((row) => table.columns.map((_, k) => pad(row[k] ?? '', k)).join('  ')),
  ];
  return lines.map((line) => `${prefix}${line.trimEnd()}`).join('\n');
}

/**
 * Format a number for a table: fixed decimals for ordinary magnitudes, exponent otherwise.
 * @param value - the number.
 * @param digits - significant decimals (default 4).
 * @returns the text.
 * @example formatNumber(1234.56789); // '1234.5679'
 */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e7)) return value.toExponential(digits - 1);
  return value.toFixed(digits);
}
