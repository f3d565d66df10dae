/**
 * The one reader behind every command's input argument. An argument is one of:
 *
 * - a file: UCR `.tsv` (label first, tab separated; also `.txt`), `.csv` or `.json` — the
 *   extension decides, or `--format tsv|csv|json`;
 * - a bundled dataset: `bundled:GunPoint` (its TRAIN split), `bundled:ECG200:test`;
 * - inline numbers: `0,1,2,3` (one series) or `0,1,2;3,4` (several, `;` between series).
 *
 * Errors are one line (exit code 2) and say what was expected: a missing file, a directory, an
 * unknown extension, a malformed line (file, line and column), a missing label column, ragged rows.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseUcrTsv } from '@softdtw/datasets';
import { BUNDLED_DATASETS, bundledDataset } from '@softdtw/datasets/node';
import { CliUsageError } from '../CliUsageError.js';
import { parseSeriesCsv } from './parseSeriesCsv.js';
import { parseSeriesJson } from './parseSeriesJson.js';
import type { SeriesData } from './SeriesData.js';

/** File formats the reader knows. */
export const INPUT_FORMATS = ['tsv', 'csv', 'json'] as const;

/** One of {@link INPUT_FORMATS}. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Options of {@link readSeriesInput}. */
export interface ReadSeriesInputOptions {
  /** Force a format instead of going by the extension. */
  readonly format?: InputFormat;
  /** CSV only: the class label column (header name or 1-based number). */
  readonly labelColumn?: string;
  /** What the argument is, for messages (e.g. `'X'`, `'--train'`). */
  readonly role?: string;
}

const EXTENSIONS: Record<string, InputFormat> = { '.tsv': 'tsv', '.txt': 'tsv', '.csv': 'csv', '.json': 'json' };
const INLINE = /^\s*[-+]?(?:\d|\.\d)[-+0-9.eE,;\s]*$/;

function readBundled(argument: string, role: string): SeriesData {
  const [, name = '', split = 'train'] = argument.split(':');
  const known = BUNDLED_DATASETS as readonly string[];
  if (!known.includes(name) || (split !== 'train' && split !== 'test')) {
    throw new CliUsageError(`${role}: expected bundled:<${known.join('|')}>[:train|:test], got "${argument}". Example: bundled:GunPoint:test`);
  }
  const dataset = name as (typeof BUNDLED_DATASETS)[number];
  const part = split === 'train' ? bundledDataset(dataset, { split: 'train' }).train : bundledDataset(dataset, { split: 'test' }).test;
  return { series: part.series, labels: part.labels, source: `bundled:${name}:${split}` };
}

function readInline(argument: string, role: string): SeriesData {
  const series = argument
    .split(';')
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk, index) =>
      chunk.split(',').map((field) => {
        const value = Number(field.trim());
        if (field.trim() === '' || !Number.isFinite(value)) {
          throw new CliUsageError(`${role}: expected comma-separated numbers (series ${index + 1}), got "${field.trim()}". Example: 0,1,2,3;1,2,3`);
        }
        return value;
      }),
    );
  return { series, labels: undefined, source: 'inline' };
}

/**
 * Read the series an argument names.
 * @param argument - a file path, `bundled:<name>[:train|test]`, or inline numbers.
 * @param options - `format`, `labelColumn`, `role` (for messages).
 * @returns the series (and labels when the input has them).
 * @throws {@link CliUsageError} (exit 2) with one line saying what is wrong and how to fix it.
 * @example
 * readSeriesInput('bundled:GunPoint').series.length; // 50
 * readSeriesInput('0,1,2;3,4').series; // [[0, 1, 2], [3, 4]]
 */
export function readSeriesInput(argument: string, options: ReadSeriesInputOptions = {}): SeriesData {
  const role = options.role ?? 'input';
  if (argument.startsWith('bundled:')) return readBundled(argument, role);
  if (!existsSync(argument) && INLINE.test(argument)) return readInline(argument, role);
  if (!existsSync(argument)) {
    throw new CliUsageError(`${role}: no such file "${argument}". Pass a UCR .tsv, a .csv or a .json file, bundled:GunPoint, or numbers such as 0,1,2.`);
  }
  if (statSync(argument).isDirectory()) {
    throw new CliUsageError(`${role}: expected a file, got the directory "${argument}". Pass a file inside it, e.g. ${argument}/<Name>_TRAIN.tsv.`);
  }
  const format = options.format ?? EXTENSIONS[extname(argument).toLowerCase()];
  if (format === undefined) {
    throw new CliUsageError(`${role}: cannot tell the format of "${argument}" from its extension; expected .tsv, .csv or .json. Pass --format tsv|csv|json.`);
  }
  const text = readFileSync(argument, 'utf8');
  if (text.includes('\u0000')) {
    throw new CliUsageError(`${role}: "${argument}" is a binary file, expected ${format} text. Pass a UCR .tsv, a .csv or a .json file.`);
  }
  if (format === 'csv') return parseSeriesCsv(text, { source: argument, ...(options.labelColumn === undefined ? {} : { labelColumn: options.labelColumn }) });
  if (format === 'json') return parseSeriesJson(text, argument);
  if (options.labelColumn !== undefined && options.labelColumn !== '1') {
    throw new CliUsageError(`--label-column: UCR .tsv files always have the label in column 1, got "${options.labelColumn}". Drop --label-column, or convert the file to CSV.`);
  }
  const parsed = parseUcrTsv(text, { source: argument });
  return { series: parsed.series, labels: parsed.labels, source: argument };
}
