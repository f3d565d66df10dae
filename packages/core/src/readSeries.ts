/**
 * Validation and conversion of user series into the kernels' row-major Float64Array (n × p),
 * and back into the caller's layout for gradients. Internal.
 */
import { EmptySeriesError, InvalidArgumentError, NonFiniteValueError, ShapeError } from './errors.js';
import { describeValue } from './describeValue.js';
import type { Series } from './Series.js';
import { checkBandFits } from './SoftDtwOptions.js';

/** How a series was given, so results can be returned the same way. */
export type SeriesLayout = 'vector' | 'matrix' | 'float64array';

/** What is known of a series before its values are read: its size and how it was given. */
export interface SeriesShape {
  /** Number of time steps. */
  readonly n: number;
  /** Number of features. */
  readonly p: number;
  /** The caller's layout. */
  readonly layout: SeriesLayout;
}

/** A validated series: row-major data (n × p), never the caller's array unless it is a Float64Array. */
export interface SeriesData extends SeriesShape {
  /** Row-major values, n × p. Never written to. */
  readonly data: Float64Array;
}

/**
 * Validates a series and returns it as row-major float64 data.
 *
 * @param op - public function name, for messages
 * @param name - how the message refers to the series, e.g. "x" or "xs[2]"
 * @param series - number[], number[][] or Float64Array
 * @returns the validated data
 * @throws EmptySeriesError, ShapeError (ragged rows), NonFiniteValueError (NaN/±Infinity), InvalidArgumentError (not a series)
 * @example
 * readSeries('softDtw', 'x', [[1, 2], [3, 4]]); // { data: Float64Array [1, 2, 3, 4], n: 2, p: 2, layout: 'matrix' }
 */
export function readSeries(op: string, name: string, series: Series): SeriesData {
  const shape = readSeriesShape(op, name, series);
  if (shape.layout === 'float64array') {
    copySeriesValues(op, name, series, shape, null, 0);
    return { ...shape, data: series as Float64Array };
  }
  const data = new Float64Array(shape.n * shape.p);
  copySeriesValues(op, name, series, shape, data, 0);
  return { ...shape, data };
}

/**
 * The first half of {@link readSeries}: checks what a series is (a non-empty number[], number[][] with a non-empty
 * first row, or Float64Array) and returns its size, without reading its values. Batches use it to size one packed
 * buffer, then {@link copySeriesValues} fills it: no array per series.
 *
 * @param op - public function name
 * @param name - how messages name the series
 * @param series - the caller's series
 * @returns n, p and the layout
 * @throws EmptySeriesError, InvalidArgumentError
 * @example
 * readSeriesShape('softDtwBatch', 'xs[0]', [[1, 2], [3, 4]]); // { n: 2, p: 2, layout: 'matrix' }
 */
export function readSeriesShape(op: string, name: string, series: Series): SeriesShape {
  if (series instanceof Float64Array) {
    if (series.length === 0) throw emptySeries(op, name);
    return { n: series.length, p: 1, layout: 'float64array' };
  }
  if (!Array.isArray(series)) {
    throw new InvalidArgumentError(
      `${op}: expected ${name} to be a number[], number[][] or Float64Array, got ${describeValue(series)}. ` +
        `Convert it first, e.g. Array.from(values) or Float64Array.from(values).`,
    );
  }
  if (series.length === 0) throw emptySeries(op, name);
  const first: unknown = series[0];
  if (!Array.isArray(first)) return { n: series.length, p: 1, layout: 'vector' };
  if (first.length === 0) {
    throw new EmptySeriesError(
      `${op}: expected every row of ${name} to have at least one feature, got an empty row 0. ` +
        `Each row is one time step: pass e.g. [[1], [2]] for a univariate series.`,
    );
  }
  return { n: series.length, p: first.length, layout: 'matrix' };
}

/**
 * The second half of {@link readSeries}: checks every value (a finite number; for number[][], every row an array of
 * p numbers) and writes them row-major to target[offset …] (or only checks them, with a null target).
 *
 * @param op - public function name
 * @param name - how messages name the series
 * @param series - the caller's series
 * @param shape - from readSeriesShape(series)
 * @param target - where to write n·p values, or null to validate only
 * @param offset - index in target of the first value
 * @returns nothing
 * @throws ShapeError (ragged rows), NonFiniteValueError, InvalidArgumentError (not a number)
 * @example
 * copySeriesValues('softDtwBatch', 'xs[0]', [1, 2], { n: 2, p: 1, layout: 'vector' }, packed, 10);
 */
export function copySeriesValues(op: string, name: string, series: Series, shape: SeriesShape, target: Float64Array | null, offset: number): void {
  const { n, p } = shape;
  if (shape.layout === 'float64array') {
    const values = series as Float64Array;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(values[i])) throw nonFinite(op, name, values[i], i, 0);
    }
    target?.set(values, offset);
    return;
  }
  if (shape.layout === 'vector') {
    const values = series as readonly unknown[];
    for (let i = 0; i < n; i++) {
      const value = values[i];
      if (typeof value !== 'number') {
        throw new InvalidArgumentError(
          `${op}: expected ${name} to hold numbers (a univariate series), got ${describeValue(value)} at index ${i}. ` +
            `Pass number[] for one feature or number[][] (one row per time step) for several.`,
        );
      }
      if (!Number.isFinite(value)) throw nonFinite(op, name, value, i, 0);
      if (target !== null) target[offset + i] = value;
    }
    return;
  }
  const rows = series as readonly unknown[];
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) {
      throw new ShapeError(
        `${op}: expected row ${i} of ${name} to be an array of ${p} numbers (like row 0), got ${describeValue(row)}. ` +
          `Give every time step as an array of features.`,
      );
    }
    if (row.length !== p) {
      throw new ShapeError(
        `${op}: expected every row of ${name} to have ${p} features (like row 0), got ${row.length} in row ${i}. ` +
          `Pad or trim the rows to the same length.`,
      );
    }
    for (let k = 0; k < p; k++) {
      const value: unknown = row[k];
      if (typeof value !== 'number') {
        throw new InvalidArgumentError(
          `${op}: expected numbers in ${name}, got ${describeValue(value)} at row ${i}, column ${k}. Convert the values to numbers.`,
        );
      }
      if (!Number.isFinite(value)) throw nonFinite(op, name, value, i, k);
      if (target !== null) target[offset + i * p + k] = value;
    }
  }
}

/**
 * Checks that two series have the same number of features.
 *
 * @param op - public function name
 * @param a - first series (its shape)
 * @param aName - its name in messages
 * @param b - second series (its shape)
 * @param bName - its name in messages
 * @returns nothing
 * @throws ShapeError when the feature counts differ
 * @example
 * checkSameFeatures('softDtw', x, 'x', y, 'y');
 */
export function checkSameFeatures(op: string, a: SeriesShape, aName: string, b: SeriesShape, bName: string): void {
  if (a.p === b.p) return;
  throw new ShapeError(
    `${op}: expected ${aName} and ${bName} to have the same number of features, got ${a.p} and ${b.p}. ` +
      `Both series need rows of equal length (p features per time step).`,
  );
}

/**
 * Reads and cross-checks a pair of series: both valid, same feature count, band wide enough.
 *
 * @param op - public function name
 * @param x - first series
 * @param y - second series
 * @param radius - band radius (Infinity = none)
 * @param names - how messages name the two series, default ['x', 'y']
 * @returns the validated data of both
 * @example
 * const [a, b] = readSeriesPair('softDtw', [1, 2], [1, 2, 3], Infinity);
 */
export function readSeriesPair(
  op: string,
  x: Series,
  y: Series,
  radius: number,
  names: readonly [string, string] = ['x', 'y'],
): [SeriesData, SeriesData] {
  const a = readSeries(op, names[0], x);
  const b = readSeries(op, names[1], y);
  checkPairShapes(op, a, b, radius, names);
  return [a, b];
}

/**
 * The cross-checks of a pair: the same feature count, and a band wide enough for their lengths.
 *
 * @param op - public function name
 * @param a - first series (its shape)
 * @param b - second series (its shape)
 * @param radius - band radius (Infinity = none)
 * @param names - how messages name the two series
 * @returns nothing
 * @throws ShapeError, InvalidArgumentError (band too narrow)
 * @example
 * checkPairShapes('softDtwBatch', a, b, Infinity, ['xs[0]', 'ys[0]']);
 */
export function checkPairShapes(op: string, a: SeriesShape, b: SeriesShape, radius: number, names: readonly [string, string]): void {
  checkSameFeatures(op, a, names[0], b, names[1]);
  checkBandFits(op, radius, a.n, b.n, `${names[0]} and ${names[1]}`);
}

/**
 * Row-major data back in the caller's layout (used for gradients).
 *
 * @param data - row-major values; the series is data[offset … offset + n·p)
 * @param n - rows
 * @param p - features
 * @param layout - the layout of the series the gradient belongs to
 * @param offset - where the series starts in `data` (default 0), e.g. one pair's rows of a batch's gradients
 * @returns number[] ('vector'), number[][] ('matrix') or Float64Array ('float64array': `data` itself when it is
 *   exactly the series, else a copy)
 * @example
 * writeSeries(new Float64Array([1, 2]), 2, 1, 'vector'); // [1, 2]
 */
export function writeSeries(data: Float64Array, n: number, p: number, layout: SeriesLayout, offset = 0): number[] | number[][] | Float64Array {
  const count = n * p;
  if (layout === 'float64array') return offset === 0 && data.length === count ? data : data.slice(offset, offset + count);
  // Plain loops from the shared array: a view, a slice or Array.from per row or per pair costs microseconds each,
  // which dominated batched gradients of short series (1024 pairs of n = 128: 8 ms, as long as 5 % of the kernel).
  // Arrays are created at their size and filled (packed, not holey): 2.5× faster than push for 2048 rows of 128.
  if (layout === 'vector') return numbersAt(data, offset, count);
  const rows: number[][] = new Array<number[]>(n).fill([]);
  for (let i = 0; i < n; i++) rows[i] = p === 1 ? [data[offset + i]] : numbersAt(data, offset + i * p, p);
  return rows;
}

/** data[from … from + count) as a packed number[]. */
function numbersAt(data: Float64Array, from: number, count: number): number[] {
  const values = new Array<number>(count).fill(0);
  for (let k = 0; k < count; k++) values[k] = data[from + k];
  return values;
}

function emptySeries(op: string, name: string): EmptySeriesError {
  return new EmptySeriesError(
    `${op}: expected ${name} to have at least one time step, got an empty series. Pass a non-empty series.`,
  );
}

function nonFinite(op: string, name: string, value: number, row: number, column: number): NonFiniteValueError {
  return new NonFiniteValueError(
    `${op}: expected finite numbers in ${name}, got ${String(value)} at row ${row}, column ${column}. ` +
      `Fill or drop missing values (NaN) and clip infinities before calling ${op}.`,
  );
}
