/**
 * readSeriesBatch: turns a batch of series given as nested arrays or a Tensor into one flat,
 * checked Float64Array laid out [count, length, features] (time-major inside each series).
 */
import { isTensor, type Tensor } from '@softdtw/autodiff';
import { ForecastShapeError } from './errors.js';

/**
 * A batch of series: `number[][]` (count × length, univariate), `number[][][]` (count × length ×
 * features), or a Tensor `[count, length]` / `[count, length, features]`.
 */
export type SeriesBatch = readonly (readonly number[])[] | readonly (readonly (readonly number[])[])[] | Tensor;

/** A validated batch: flat data [count, length, features]. */
export interface SeriesBatchData {
  /** Values, row-major [count, length, features]. */
  readonly data: Float64Array;
  /** Number of series. */
  readonly count: number;
  /** Time steps per series. */
  readonly length: number;
  /** Features per time step. */
  readonly features: number;
}

/**
 * Validates a batch against the expected length and feature count and copies it into one Float64Array.
 *
 * @param where - public function name, for messages
 * @param name - argument name, for messages (`inputs`, `targets`)
 * @param batch - number[][] (count × length), number[][][] (count × length × features) or Tensor [count, length(, features)]
 * @param length - expected time steps per series
 * @param features - expected features per time step
 * @returns the flat data [count, length, features]
 * @throws ForecastShapeError for an empty batch, a wrong length or feature count, or a non-finite value
 * @example
 * readSeriesBatch('predict', 'inputs', [[1, 2], [3, 4]], 2, 1).data; // Float64Array [1, 2, 3, 4]
 */
export function readSeriesBatch(where: string, name: string, batch: SeriesBatch, length: number, features: number): SeriesBatchData {
  const fix = `Pass ${name} as number[][] (one row of ${length} values per series) or number[][][] (rows of ${length} steps × ${features} features), or a Tensor [count, ${length}${features > 1 ? `, ${features}` : ''}].`;
  if (isTensor(batch)) return readTensor(where, name, batch, length, features, fix);
  if (!Array.isArray(batch) || batch.length === 0) {
    throw new ForecastShapeError(`${where}: expected ${name} to be a non-empty array of series, got ${Array.isArray(batch) ? 'an empty array' : typeof batch}. ${fix}`);
  }
  const count = batch.length;
  const data = new Float64Array(count * length * features);
  for (let i = 0; i < count; i++) {
    const row: unknown = batch[i];
    if (!Array.isArray(row) || row.length !== length) {
      throw new ForecastShapeError(
        `${where}: expected ${name}[${i}] to hold ${length} time steps, got ${Array.isArray(row) ? `${row.length}` : typeof row}. ${fix}`,
      );
    }
    for (let t = 0; t < length; t++) {
      const step: unknown = row[t];
      const base = (i * length + t) * features;
      if (typeof step === 'number') {
        if (features !== 1) {
          throw new ForecastShapeError(`${where}: expected ${name}[${i}][${t}] to be an array of ${features} features, got a number. ${fix}`);
        }
        data[base] = checkFinite(where, name, step, `[${i}][${t}]`);
      } else if (Array.isArray(step) && step.length === features) {
        for (let f = 0; f < features; f++) data[base + f] = checkFinite(where, name, step[f], `[${i}][${t}][${f}]`);
      } else {
        throw new ForecastShapeError(
          `${where}: expected ${name}[${i}][${t}] to be ${features === 1 ? 'a number (or an array of 1 feature)' : `an array of ${features} features`}, got ${Array.isArray(step) ? `an array of ${step.length}` : typeof step}. ${fix}`,
        );
      }
    }
  }
  return { data, count, length, features };
}

function readTensor(where: string, name: string, batch: Tensor, length: number, features: number, fix: string): SeriesBatchData {
  const [count, steps, feats = 1] = batch.shape;
  const rankOk = batch.rank === 2 || batch.rank === 3;
  if (!rankOk || count === 0 || steps !== length || feats !== features) {
    throw new ForecastShapeError(`${where}: expected ${name} as a Tensor [count ≥ 1, ${length}${features > 1 ? `, ${features}` : ''}], got [${batch.shape.join(', ')}]. ${fix}`);
  }
  const data = Float64Array.from(batch.data);
  for (let k = 0; k < data.length; k++) checkFinite(where, name, data[k], ` (flat index ${k})`);
  return { data, count, length, features };
}

function checkFinite(where: string, name: string, value: unknown, at: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new ForecastShapeError(`${where}: expected finite numbers in ${name}, got ${String(value)} at ${name}${at}. Remove or impute missing values first.`);
}
