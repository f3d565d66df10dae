/**
 * SeriesSet: the validated, flattened form of a collection of series that every algorithm in this
 * package works on. Each series becomes a row-major Float64Array of n time steps × p features;
 * the layout of the first input series (number[] vs number[][]) decides the layout of results.
 */
import type { Series } from '@softdtw/core';
import { EmptyInputError, FeatureMismatchError, InvalidSeriesError } from './errors.js';

/** A univariate series (n values) or a multivariate one (n rows of p features). */
export type ClusterSeries = readonly number[] | readonly (readonly number[])[] | Float64Array;

/** A barycenter or centroid as returned to the user: number[] (univariate input) or number[][] (n × p). */
export type SeriesValue = number[] | number[][];

/** One validated series: row-major values [n · p]. */
export interface FlatSeries {
  readonly data: Float64Array;
  readonly n: number;
}

/** A validated collection of series with a common feature count p. */
export interface SeriesSet {
  readonly items: readonly FlatSeries[];
  /** Features per time step. */
  readonly p: number;
  /** True when results should be number[][] (the first series was given as rows). */
  readonly rows: boolean;
}

/**
 * Validates a collection of series: non-empty, every series non-empty and finite, one feature count.
 *
 * @param op - public function name, for messages
 * @param name - the argument name, for messages (e.g. 'series')
 * @param series - N series, each number[] [n_i], Float64Array [n_i] or number[][] [n_i][p]
 * @returns the flattened set
 * @throws EmptyInputError, InvalidSeriesError, FeatureMismatchError
 * @example
 * readSeriesSet('f', 'series', [[1, 2], [3]]).items[1].n; // 1
 */
export function readSeriesSet(op: string, name: string, series: readonly ClusterSeries[]): SeriesSet {
  if (!Array.isArray(series)) {
    throw new InvalidSeriesError(`${op}: expected ${name} to be an array of series, got ${typeof series}. Pass e.g. [[0, 1, 2], [0, 2]].`);
  }
  if (series.length === 0) {
    throw new EmptyInputError(`${op}: expected at least one series in ${name}, got an empty array. Pass one or more series.`);
  }
  const items: FlatSeries[] = [];
  let p = -1;
  let rows = false;
  series.forEach((s, index) => {
    const { item, features, isRows } = readOne(op, `${name}[${index}]`, s);
    if (index === 0) {
      p = features;
      rows = isRows;
    } else if (features !== p) {
      throw new FeatureMismatchError(
        `${op}: expected every series in ${name} to have ${p} feature(s) per time step (as ${name}[0]), got ${features} in ${name}[${index}]. Give all series the same number of features.`,
      );
    }
    items.push(item);
  });
  return { items, p, rows };
}

function readOne(op: string, name: string, s: ClusterSeries): { item: FlatSeries; features: number; isRows: boolean } {
  if (!(s instanceof Float64Array) && !Array.isArray(s)) {
    throw new InvalidSeriesError(`${op}: expected ${name} to be number[], number[][] or Float64Array, got ${typeof s}. Pass the series as an array.`);
  }
  const n = s.length;
  if (n === 0) throw new EmptyInputError(`${op}: expected ${name} to have at least one time step, got length 0. Remove empty series.`);
  const first = s[0];
  if (Array.isArray(first)) {
    const p = first.length;
    if (p === 0) throw new EmptyInputError(`${op}: expected the rows of ${name} to have at least one feature, got 0. Remove empty rows.`);
    const data = new Float64Array(n * p);
    for (let i = 0; i < n; i++) {
      const row = (s as readonly (readonly number[])[])[i];
      if (!Array.isArray(row) || row.length !== p) {
        throw new InvalidSeriesError(
          `${op}: expected every row of ${name} to have ${p} features (as row 0), got ${Array.isArray(row) ? row.length : typeof row} at row ${i}. Make the rows equal in width.`,
        );
      }
      for (let f = 0; f < p; f++) data[i * p + f] = checkFinite(op, name, row[f], `row ${i}, feature ${f}`);
    }
    return { item: { data, n }, features: p, isRows: true };
  }
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = checkFinite(op, name, (s as ArrayLike<unknown>)[i], `index ${i}`);
  return { item: { data, n }, features: 1, isRows: false };
}

function checkFinite(op: string, name: string, value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidSeriesError(
      `${op}: expected finite numbers in ${name}, got ${String(value)} at ${where}. Remove NaN/Infinity (e.g. trim UCR padding) or fix the value.`,
    );
  }
  return value;
}

/**
 * The form core's functions take: a Float64Array for p = 1, rows for p > 1.
 *
 * @param data - row-major values [n · p]
 * @param n - time steps
 * @param p - features
 * @returns a core Series
 * @example
 * toCoreSeries(new Float64Array([1, 2, 3, 4]), 2, 2); // [[1, 2], [3, 4]]
 */
export function toCoreSeries(data: Float64Array, n: number, p: number): Series {
  if (p === 1) return data;
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) rows.push(Array.from(data.subarray(i * p, (i + 1) * p)));
  return rows;
}

/**
 * Flattens a gradient or series returned by core (Float64Array, number[] or number[][]) into `out`.
 *
 * @param value - a core series or gradient
 * @param out - destination [n · p]
 * @param scale - multiplier applied while copying
 * @example
 * addFlat([[1, 2]], out, 0.5); // out += [0.5, 1]
 */
export function addFlat(value: Series | ArrayLike<number> | readonly (readonly number[])[], out: Float64Array, scale: number): void {
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const v = value[i];
    if (typeof v === 'number') {
      out[i] += scale * v;
    } else {
      const row = v as readonly number[];
      const p = row.length;
      for (let f = 0; f < p; f++) out[i * p + f] += scale * row[f];
    }
  }
}

/**
 * Converts row-major values to the user's layout.
 *
 * @param data - [n · p]
 * @param n - time steps
 * @param p - features
 * @param rows - true for number[][] [n][p], false for number[] [n] (p must be 1)
 * @returns number[] or number[][]
 * @example
 * toSeriesValue(new Float64Array([1, 2]), 2, 1, true); // [[1], [2]]
 */
export function toSeriesValue(data: Float64Array, n: number, p: number, rows: boolean): SeriesValue {
  if (!rows) return Array.from(data);
  const result: number[][] = [];
  for (let i = 0; i < n; i++) result.push(Array.from(data.subarray(i * p, (i + 1) * p)));
  return result;
}
