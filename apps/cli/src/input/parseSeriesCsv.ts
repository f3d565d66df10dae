/**
 * CSV input: one series per row (the layout of UCR files), comma separated, an optional header row.
 *
 * - A first row with any field that is not a number is a header.
 * - Class labels: the column `labelColumn` names (a header name, case-insensitive, or a 1-based
 *   column number); without it, a header column called `label` or `class`. Other columns are values.
 * - Every row has as many fields as the first (header) row — a ragged file is an error; shorter
 *   series are padded at the end with empty fields or `NaN`, which are dropped.
 * - Errors name the file, line and column and say how to fix the file.
 */
import { CliUsageError } from '../CliUsageError.js';
import type { SeriesData } from './SeriesData.js';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const MISSING = /^(?:|nan|NaN|NAN)$/;

/** Options of {@link parseSeriesCsv}. */
export interface ParseSeriesCsvOptions {
  /** File name for messages. */
  readonly source: string;
  /** Column holding class labels: a header name or a 1-based column number. */
  readonly labelColumn?: string;
}

function splitFields(line: string): string[] {
  return line.split(',').map((field) => {
    const trimmed = field.trim();
    return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).trim() : trimmed;
  });
}

function findLabelColumn(header: string[] | undefined, labelColumn: string | undefined, source: string, width: number): number | undefined {
  if (labelColumn === undefined) {
    if (header === undefined) return undefined;
    const index = header.findIndex((name) => /^(label|class)$/i.test(name));
    return index >= 0 ? index : undefined;
  }
  if (/^\d+$/.test(labelColumn)) {
    const index = Number(labelColumn) - 1;
    if (index < 0 || index >= width) {
      throw new CliUsageError(`${source}: missing column ${labelColumn}: the rows have ${width} columns. Pass --label-column with a number from 1 to ${width}.`);
    }
    return index;
  }
  if (header === undefined) {
    throw new CliUsageError(`${source}: missing column "${labelColumn}": the file has no header row. Pass --label-column with a column number (1 = first).`);
  }
  const index = header.findIndex((name) => name.toLowerCase() === labelColumn.toLowerCase());
  if (index < 0) {
    const shown = header.slice(0, 8).map((n) => `"${n}"`).join(', ') + (header.length > 8 ? ', …' : '');
    throw new CliUsageError(`${source}: missing column "${labelColumn}": the header has ${shown}. Pass --label-column with one of these names.`);
  }
  return index;
}

/**
 * Parse CSV text into series (and labels).
 * @param text - the file's contents.
 * @param options - `source` for messages, `labelColumn`.
 * @returns the series (univariate, `number[]` each) and the labels if a label column exists.
 * @throws {@link CliUsageError} for a ragged row, a non-number, a missing label column or no rows.
 * @example
 * parseSeriesCsv('label,t1,t2\na,1,2\nb,3,4\n', { source: 'x.csv' });
 * // { series: [[1, 2], [3, 4]], labels: ['a', 'b'], source: 'x.csv' }
 */
export function parseSeriesCsv(text: string, options: ParseSeriesCsvOptions): SeriesData {
  const { source } = options;
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r\n|\n|\r/);
  const rows: Array<{ line: number; fields: string[] }> = [];
  lines.forEach((line, index) => {
    if (line.trim() !== '') rows.push({ line: index + 1, fields: splitFields(line) });
  });
  const first = rows[0];
  if (first === undefined) throw new CliUsageError(`${source}: expected rows of comma-separated numbers, got an empty file.`);
  const hasHeader = first.fields.some((field) => !NUMBER.test(field) && !MISSING.test(field));
  const header = hasHeader ? first.fields : undefined;
  const width = first.fields.length;
  const labelIndex = findLabelColumn(header, options.labelColumn, source, width);
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length === 0) throw new CliUsageError(`${source}: expected at least one row of values after the header, got none.`);
  const series: number[][] = [];
  const labels: string[] = [];
  for (const { line, fields } of body) {
    if (fields.length !== width) {
      throw new CliUsageError(
        `${source}, line ${line}: expected ${width} fields like ${hasHeader ? 'the header' : 'the first row'}, got ${fields.length} (ragged rows). ` +
          'Give every row the same number of fields; pad shorter series at the end with empty fields or NaN.',
      );
    }
    const values: number[] = [];
    let padding = false;
    fields.forEach((field, column) => {
      if (column === labelIndex) {
        labels.push(field);
        return;
      }
      if (MISSING.test(field)) {
        padding = true;
        return;
      }
      if (!NUMBER.test(field)) {
        throw new CliUsageError(`${source}, line ${line}, column ${column + 1}: expected a number, got "${field}". Use decimal numbers; mark the class column with --label-column.`);
      }
      if (padding) {
        throw new CliUsageError(`${source}, line ${line}, column ${column + 1}: expected padding (empty or NaN) only at the end of a row, got a value after it. Fill the gap or remove it.`);
      }
      values.push(Number(field));
    });
    if (values.length === 0) throw new CliUsageError(`${source}, line ${line}: expected at least one value in the row, got none.`);
    series.push(values);
  }
  return { series, labels: labelIndex === undefined ? undefined : labels, source };
}
