/**
 * centroidOf: the centroid update matching each metric, shared by TimeSeriesKMeans and
 * NearestCentroidClassifier — the soft-DTW barycenter (Eq. 4, L-BFGS) for 'softdtw', DBA for
 * 'dtw', and the pointwise mean for 'euclidean' (the exact minimiser of the summed squared
 * Euclidean distances).
 */
import { dbaBarycenterOfSet } from './dbaBarycenter.js';
import { LengthMismatchError } from './errors.js';
import type { ClusterMetric } from './pairwiseDistances.js';
import type { FlatSeries, SeriesSet } from './SeriesSet.js';
import { softDtwBarycenterOfSet } from './softDtwBarycenter.js';

/** Settings of one centroid update. */
export interface CentroidSettings {
  readonly metric: ClusterMetric;
  readonly gamma: number;
  /** Most barycenter iterations (L-BFGS steps or DBA updates). */
  readonly maxIter: number;
  /** Divide soft-DTW terms by the series' lengths (Eq. 4). */
  readonly normalizeByLength: boolean;
}

/**
 * The centroid of `members` under `settings.metric`, started from `init` when given.
 *
 * @param op - public function name, for messages
 * @param members - the series of one cluster or class (non-empty, p features)
 * @param settings - metric, gamma, maxIter, normalizeByLength
 * @param init - the current centroid to start from, or undefined for the Euclidean mean
 * @returns the centroid (its length: init's, else the longest member)
 * @throws LengthMismatchError for 'euclidean' with unequal lengths
 * @example
 * centroidOf('f', members, { metric: 'dtw', gamma: 1, maxIter: 30, normalizeByLength: true }, undefined);
 */
export function centroidOf(op: string, members: SeriesSet, settings: CentroidSettings, init: FlatSeries | undefined): FlatSeries {
  const { p } = members;
  const initRows = init === undefined ? undefined : rowsOf(init, p);
  if (settings.metric === 'euclidean') {
    const n = members.items[0].n;
    const mean = new Float64Array(n * p);
    for (const s of members.items) {
      if (s.n !== n) {
        throw new LengthMismatchError(`${op}: expected series of equal length for the Euclidean metric, got ${n} and ${s.n}. Resample the series or use metric 'dtw' / 'softdtw'.`);
      }
      for (let k = 0; k < n * p; k++) mean[k] += s.data[k] / members.items.length;
    }
    return { data: mean, n };
  }
  const internal: SeriesSet = { ...members, rows: true };
  const result =
    settings.metric === 'softdtw'
      ? softDtwBarycenterOfSet(op, internal, {
          gamma: settings.gamma,
          maxIter: settings.maxIter,
          normalizeByLength: settings.normalizeByLength,
          ...(initRows !== undefined ? { init: initRows } : {}),
        })
      : dbaBarycenterOfSet(op, internal, { maxIter: settings.maxIter, ...(initRows !== undefined ? { init: initRows } : {}) });
  const rows = result.barycenter as number[][];
  return { data: Float64Array.from(rows.flat()), n: rows.length };
}

function rowsOf(series: FlatSeries, p: number): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < series.n; i++) rows.push(Array.from(series.data.subarray(i * p, (i + 1) * p)));
  return rows;
}
