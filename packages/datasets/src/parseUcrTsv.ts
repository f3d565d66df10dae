/**
 * Parser for the UCR time series archive's text format (2018 edition, `.tsv`). Pure: text in,
 * arrays out, no file system, so it runs in browsers too (the file readers live in
 * `@softdtw/datasets/node`).
 *
 * Format (archive README): one series per line, fields separated by a TAB, no header. Field 1 is
 * the class label, fields 2.. are the values. Variable-length datasets are right-padded with
 * `NaN` up to the longest series; some datasets also have `NaN` for missing values inside a series.
 *
 * Conventions:
 * - Lines are 1-based physical lines; `\r\n`, `\n` and a lone `\r` each end one line. Blank
 *   (whitespace-only) lines are skipped but still counted, so reported line numbers match an editor.
 * - Columns are 1-based field numbers: the label is column 1, the first value column 2.
 * - Trailing `NaN`s are padding: a series' true length is the position of its last non-`NaN`
 *   value. Rows may also simply have different numbers of fields ("ragged"); both are accepted
 *   and reported through `minLength` / `maxLength`.
 * - `NaN` before the last real value is a missing value, handled by the `missing` option.
 * - Labels are kept as written (strings); values must be decimal numbers (`-0.64`, `1e-3`);
 *   `Infinity`, hex and empty fields are rejected, because they are never in the archive and usually
 *   mean a corrupt or wrongly delimited file.
 */
import type { LabelledSeries } from './LabelledSeries.js';
import { UcrParseError } from './errors.js';

/**
 * What to do with `NaN` inside a series (before its last real value):
 * - `'error'` (default): throw a {@link UcrParseError} naming the line and column;
 * - `'keep'`: keep the `NaN` in the returned series (downstream code must cope);
 * - `'interpolate'`: fill each gap linearly between its neighbours; a gap at the start takes the
 *   first real value (constant extrapolation).
 */
export type MissingValuePolicy = 'error' | 'keep' | 'interpolate';

/** Options of {@link parseUcrTsv}. */
export interface ParseUcrTsvOptions {
  /** Name used in error messages and returned as `source`, usually the file path. Default `'<text>'`. */
  readonly source?: string;
  /** Field separator: `'\t'` (default, 2018 `.tsv`) or `','` (the 2015 archive's comma-separated files). */
  readonly delimiter?: '\t' | ',';
  /** What to do with `NaN` inside a series. Default `'error'`. */
  readonly missing?: MissingValuePolicy;
}

/** One parsed UCR file: the labelled series plus what was learnt about their lengths. */
export interface UcrSplit extends LabelledSeries {
  /** The `source` option (file path, or `'<text>'`). */
  readonly source: string;
  /** Shortest true length (after removing `NaN` padding). */
  readonly minLength: number;
  /** Longest true length. Equal to `minLength` for equal-length datasets. */
  readonly maxLength: number;
  /** Number of `NaN`s found inside series (not padding); they were kept or interpolated per `missing`. */
  readonly missingValues: number;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NAN_TOKEN = /^[+-]?nan$/i;

/**
 * Parse the text of one UCR `.tsv` file into labelled univariate series.
 *
 * @param text - the whole file as a string (a leading byte-order mark is ignored)
 * @param options - `source` for messages, `delimiter`, `missing` policy (see {@link ParseUcrTsvOptions})
 * @returns `{ series: [n][length_i], labels: [n], source, minLength, maxLength, missingValues }`,
 *   series in file order, each cut to its true length
 * @throws {@link UcrParseError} (code `'E_UCR_PARSE'`) naming the source, line and column of the
 *   first problem: a field that is not a number, a label with no values, a line of only `NaN`,
 *   `NaN` inside a series when `missing` is `'error'`, or a text without any series
 * @example
 * const split = parseUcrTsv('1\t0.5\t0.7\tNaN\n2\t0.1\t0.2\t0.3\n', { source: 'toy.tsv' });
 * split.series;    // [[0.5, 0.7], [0.1, 0.2, 0.3]]
 * split.labels;    // ['1', '2']
 * split.minLength; // 2
 */
export function parseUcrTsv(text: string, options: ParseUcrTsvOptions = {}): UcrSplit {
  const source = options.source ?? '<text>';
  const delimiter = options.delimiter ?? '\t';
  const missing = options.missing ?? 'error';
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split(/\r\n|\n|\r/);

  const series: number[][] = [];
  const labels: string[] = [];
  let minLength = Number.POSITIVE_INFINITY;
  let maxLength = 0;
  let missingValues = 0;

  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex] ?? '';
    if (line.trim() === '') continue;
    const lineNumber = lineIndex + 1;
    const where = (column: number): string => `${source}, line ${lineNumber}, column ${column}`;
    const fields = line.replace(/[ \t]+$/, '').split(delimiter);

    const label = (fields[0] ?? '').trim();
    if (label === '' || NAN_TOKEN.test(label)) {
      throw new UcrParseError(source, lineNumber, 1,
        `parseUcrTsv: ${where(1)}: expected a class label, got ${label === '' ? 'an empty field' : `"${label}"`}. ` +
          'Each line starts with the label of its series; fix or delete the line.');
    }
    if (fields.length < 2) {
      const hint = delimiter === '\t' && line.includes(',')
        ? 'This looks like the comma-separated 2015 format: pass { delimiter: \',\' }.'
        : 'Add the values, or delete the line.';
      throw new UcrParseError(source, lineNumber, 0,
        `parseUcrTsv: ${source}, line ${lineNumber}: expected a label followed by at least one ` +
          `${delimiter === '\t' ? 'tab' : 'comma'}-separated value, got one field "${truncate(line)}". ${hint}`);
    }

    const values = new Array<number>(fields.length - 1);
    let lastReal = -1;
    for (let column = 2; column <= fields.length; column++) {
      const field = (fields[column - 1] ?? '').trim();
      if (DECIMAL.test(field)) {
        values[column - 2] = Number(field);
        lastReal = column - 2;
      } else if (NAN_TOKEN.test(field)) {
        values[column - 2] = Number.NaN;
      } else {
        throw new UcrParseError(source, lineNumber, column,
          `parseUcrTsv: ${where(column)}: expected a decimal number or NaN, got ${field === '' ? 'an empty field' : `"${truncate(field)}"`}. ` +
            'Fix the value (write NaN for a missing one)' +
            (delimiter === '\t' && field.includes(',') ? ', or pass { delimiter: \',\' } for comma-separated files.' : '.'));
      }
    }
    if (lastReal < 0) {
      throw new UcrParseError(source, lineNumber, 0,
        `parseUcrTsv: ${source}, line ${lineNumber}: expected at least one number after the label, got only NaN. ` +
          'Delete the line (a series cannot be all padding).');
    }

    const length = lastReal + 1;
    values.length = length;
    let gaps = 0;
    for (let t = 0; t < length; t++) {
      if (!Number.isNaN(values[t])) continue;
      if (missing === 'error') {
        throw new UcrParseError(source, lineNumber, t + 2,
          `parseUcrTsv: ${where(t + 2)}: expected a number inside the series (NaN is only allowed as trailing padding), got NaN. ` +
            'Pass { missing: \'interpolate\' } to fill gaps linearly, or { missing: \'keep\' } to keep NaN.');
      }
      gaps++;
    }
    if (gaps > 0 && missing === 'interpolate') fillGapsLinearly(values);
    missingValues += gaps;

    series.push(values);
    labels.push(label);
    if (length < minLength) minLength = length;
    if (length > maxLength) maxLength = length;
  }

  if (series.length === 0) {
    throw new UcrParseError(source, 0, 0,
      `parseUcrTsv: ${source}: expected at least one series, got ${body.length === 0 ? 'an empty text' : 'only blank lines'}. ` +
        'Check that this is a UCR .tsv file (one "label<TAB>values…" line per series).');
  }
  return { series, labels, source, minLength, maxLength, missingValues };
}

/**
 * Fill every `NaN` of `values` in place: linearly between the nearest real neighbours, or with the
 * first real value for a leading gap. The caller guarantees the last entry is real.
 */
function fillGapsLinearly(values: number[]): void {
  let previous = -1; // index of the last real value seen
  for (let t = 0; t < values.length; t++) {
    const value = values[t] ?? Number.NaN;
    if (Number.isNaN(value)) continue;
    if (previous < 0) {
      for (let k = 0; k < t; k++) values[k] = value;
    } else if (t - previous > 1) {
      const start = values[previous] ?? value;
      for (let k = previous + 1; k < t; k++) {
        values[k] = start + ((value - start) * (k - previous)) / (t - previous);
      }
    }
    previous = t;
  }
}

/** Shorten long fields in messages so one bad line does not flood the terminal. */
function truncate(field: string): string {
  return field.length > 40 ? `${field.slice(0, 37)}...` : field;
}
