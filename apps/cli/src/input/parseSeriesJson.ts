/**
 * JSON input. Accepted shapes:
 * - `[1, 2, 3]` — one univariate series;
 * - `[[1, 2, 3], [4, 5]]` — several univariate series (lengths may differ);
 * - `[[[1, 0], [2, 1]], …]` — several multivariate series, each n rows of p features;
 * - `{ "series": <one of the above>, "labels": ["a", "b"] }` — with class labels (strings or numbers).
 */
import { CliUsageError } from '../CliUsageError.js';
import type { CliSeries, SeriesData } from './SeriesData.js';

const EXPECTED = 'a series [1, 2, 3], a list of series [[1, 2], [3, 4, 5]], multivariate series [[[1, 0], [2, 1]]], or { "series": [...], "labels": [...] }';

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function readSeries(value: unknown, where: string, source: string): CliSeries {
  if (!Array.isArray(value) || value.length === 0) {
    throw new CliUsageError(`${source}: ${where}: expected a non-empty array of numbers (or of rows of numbers), got ${JSON.stringify(value)?.slice(0, 40)}. Expected ${EXPECTED}.`);
  }
  if (value.every(isFiniteNumber)) return value;
  if (value.every((row) => Array.isArray(row))) {
    const width = (value[0] as unknown[]).length;
    value.forEach((row: unknown[], t) => {
      if (row.length !== width || width === 0) {
        throw new CliUsageError(`${source}: ${where}, step ${t}: expected ${width} features like step 0, got ${row.length} (ragged rows). Give every step the same number of features.`);
      }
      row.forEach((v, f) => {
        if (!isFiniteNumber(v)) throw new CliUsageError(`${source}: ${where}, step ${t}, feature ${f}: expected a finite number, got ${JSON.stringify(v)}.`);
      });
    });
    return value as number[][];
  }
  const bad = value.findIndex((v) => !isFiniteNumber(v));
  throw new CliUsageError(`${source}: ${where}, step ${bad}: expected a finite number, got ${JSON.stringify(value[bad])}. Expected ${EXPECTED}.`);
}

function readSeriesList(value: unknown, source: string): CliSeries[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new CliUsageError(`${source}: expected ${EXPECTED}, got ${Array.isArray(value) ? 'an empty array' : typeof value}.`);
  }
  if (value.every(isFiniteNumber)) return [value];
  // A list whose items are all arrays of numbers: several univariate series.
  // A list whose items are arrays of arrays: several multivariate series.
  return value.map((item, index) => readSeries(item, `series ${index}`, source));
}

/**
 * Parse JSON text into series (and labels).
 * @param text - the file's contents.
 * @param source - file name for messages.
 * @returns the series and labels (if the object form gave them).
 * @throws {@link CliUsageError} for invalid JSON, another shape, non-finite values, ragged rows or a label count mismatch.
 * @example parseSeriesJson('{"series": [[1, 2], [3]], "labels": ["a", "b"]}', 'x.json'); // 2 series, labels ['a', 'b']
 */
export function parseSeriesJson(text: string, source: string): SeriesData {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliUsageError(`${source}: expected JSON, got text that does not parse (${(error as Error).message}). Check the file, or pass --format.`);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (!('series' in record)) {
      throw new CliUsageError(`${source}: missing field "series": the object has ${Object.keys(record).map((k) => `"${k}"`).join(', ') || 'no fields'}. Expected ${EXPECTED}.`);
    }
    const series = readSeriesList(record['series'], source);
    const rawLabels = record['labels'];
    if (rawLabels === undefined) return { series, labels: undefined, source };
    if (!Array.isArray(rawLabels) || rawLabels.some((l) => typeof l !== 'string' && typeof l !== 'number')) {
      throw new CliUsageError(`${source}: "labels": expected an array of strings or numbers, got ${JSON.stringify(rawLabels).slice(0, 40)}.`);
    }
    if (rawLabels.length !== series.length) {
      throw new CliUsageError(`${source}: expected one label per series (${series.length}), got ${rawLabels.length} labels.`);
    }
    return { series, labels: rawLabels.map(String), source };
  }
  return { series: readSeriesList(value, source), labels: undefined, source };
}
