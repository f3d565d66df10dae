/**
 * centroidOf: one centering step, shared by TimeSeriesKMeans and NearestCentroidClassifier — the
 * soft-DTW barycenter (Eq. 4, L-BFGS), DBA, the stochastic subgradient mean, or the pointwise mean
 * (the exact minimiser of the summed squared Euclidean distances), started from the current
 * centroid or from an initialisation strategy.
 */
import type { BarycenterMethod } from './barycenterMethod.js';
import { dbaBarycenterOfSet } from './dbaBarycenter.js';
import { LengthMismatchError } from './errors.js';
import type { FlatSeries, SeriesSet } from './SeriesSet.js';
import { softDtwBarycenterOfSet } from './softDtwBarycenter.js';
import { subgradientBarycenterOfSet } from './subgradientBarycenter.js';

/** Settings of one centroid update. */
export interface CentroidSettings {
  /** The averaging method. */
  readonly method: BarycenterMethod;
  /** γ of the soft-DTW barycenter. */
  readonly gamma: number;
  /** Most barycenter iterations (L-BFGS steps, DBA updates or subgradient epochs). */
  readonly maxIter: number;
  /** Divide soft-DTW terms by the series' lengths (Eq. 4). */
  readonly normalizeByLength: boolean;
  /** Seed of a 'random' start and of the subgradient method's visiting order. Default 0. */
  readonly seed?: number;
}

/**
 * The centroid of `members` by `settings.method`, started from `init`.
 *
 * @param op - public function name, for messages
 * @param members - the series of one cluster or class (non-empty, p features)
 * @param settings - method, gamma, maxIter, normalizeByLength, seed
 * @param init - the series to start from (e.g. the current centroid), a strategy, or undefined for the Euclidean mean
 * @returns the centroid (its length: init's, else the longest member); 'mean' ignores init
 * @throws LengthMismatchError for 'mean' with unequal lengths
 * @example
 * centroidOf('f', members, { method: 'dba', gamma: 1, maxIter: 30, normalizeByLength: true }, undefined);
 */
export function centroidOf(
  op: string,
  members: SeriesSet,
  settings: CentroidSettings,
  init: FlatSeries | 'euclidean-mean' | 'random' | undefined,
): FlatSeries {
  const { p } = members;
  if (settings.method === 'mean') {
    const n = members.items[0].n;
    const mean = new Float64Array(n * p);
    for (const s of members.items) {
      if (s.n !== n) {
        throw new LengthMismatchError(`${op}: expected series of equal length for the Euclidean mean, got ${n} and ${s.n}. Resample the series or use metric 'dtw' / 'softdtw'.`);
      }
      for (let k = 0; k < n * p; k++) mean[k] += s.data[k] / members.items.length;
    }
    return { data: mean, n };
  }
  const start = init === undefined || typeof init === 'string' ? init : rowsOf(init, p);
  const common = { maxIter: settings.maxIter, seed: settings.seed ?? 0, ...(start !== undefined ? { init: start } : {}) };
  const internal: SeriesSet = { ...members, rows: true };
  const result =
    settings.method === 'softdtw'
      ? softDtwBarycenterOfSet(op, internal, { ...common, gamma: settings.gamma, normalizeByLength: settings.normalizeByLength })
      : settings.method === 'dba'
        ? dbaBarycenterOfSet(op, internal, common)
        : subgradientBarycenterOfSet(op, internal, common);
  const rows = result.barycenter as number[][];
  return { data: Float64Array.from(rows.flat()), n: rows.length };
}

function rowsOf(series: FlatSeries, p: number): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < series.n; i++) rows.push(Array.from(series.data.subarray(i * p, (i + 1) * p)));
  return rows;
}
