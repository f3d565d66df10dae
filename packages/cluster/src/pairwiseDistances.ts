/**
 * pairwiseDistances: the matrix of dissimilarities between two collections of series under the
 * metric of a clustering model — soft-DTW dtw_γ (Cuturi & Blondel, ICML 2017, arXiv:1703.01541,
 * Eq. 1), hard DTW (γ = 0), or the squared Euclidean distance — all as squared-cost quantities
 * (no square roots), so that the three metrics are on the same footing in k-means' Eq. 5.
 * Soft-DTW and DTW go through core's pairwiseSoftDtw (one fused kernel per pair).
 */
import { pairwiseSoftDtw, type Series } from '@softdtw/core';
import { FeatureMismatchError, InvalidOptionError, LengthMismatchError } from './errors.js';
import { readSeriesSet, toCoreSeries, type ClusterSeries, type SeriesSet } from './SeriesSet.js';

/** The dissimilarity used by the clustering and classification models. */
export type ClusterMetric = 'softdtw' | 'dtw' | 'euclidean';

/** Options of pairwiseDistances. */
export interface PairwiseDistancesOptions {
  /** 'softdtw' (default), 'dtw' or 'euclidean'. */
  readonly metric?: ClusterMetric;
  /** γ of 'softdtw' (> 0). Default 1. */
  readonly gamma?: number;
}

/**
 * Dissimilarity of every pair (xs[a], ys[b]).
 *
 * - 'softdtw': dtw_γ(x, y) (can be negative; dtw_γ(x, x) ≠ 0 for γ > 0);
 * - 'dtw': Σ over the optimal path of ‖x_i − y_j‖²;
 * - 'euclidean': Σ_t ‖x_t − y_t‖² (equal lengths required).
 *
 * @param xs - a series, [n_i] or [n_i][p]
 * @param ys - b series with the same p, or omitted for xs against itself
 * @param options - metric, gamma
 * @returns number[][] [a][b]
 * @throws EmptyInputError, InvalidSeriesError, FeatureMismatchError, LengthMismatchError, InvalidOptionError
 * @example
 * pairwiseDistances([[0, 1], [1, 2]], undefined, { metric: 'euclidean' }); // [[0, 2], [2, 0]]
 */
export function pairwiseDistances(
  xs: readonly ClusterSeries[],
  ys?: readonly ClusterSeries[],
  options: PairwiseDistancesOptions = {},
): number[][] {
  const op = 'pairwiseDistances';
  const rows = readSeriesSet(op, 'xs', xs);
  const columns = ys === undefined ? rows : readSeriesSet(op, 'ys', ys);
  if (columns.p !== rows.p) {
    throw new FeatureMismatchError(`${op}: expected ys to have ${rows.p} feature(s) like xs, got ${columns.p}. Give both collections the same number of features.`);
  }
  return distancesOfSets(op, rows, columns, resolveMetric(op, options.metric), resolveGamma(op, options.gamma));
}

/**
 * Validates a metric name.
 *
 * @param op - public function name, for messages
 * @param metric - the option value
 * @returns the metric ('softdtw' when undefined)
 * @throws InvalidOptionError
 * @example
 * resolveMetric('f', undefined); // 'softdtw'
 */
export function resolveMetric(op: string, metric: unknown): ClusterMetric {
  const value = metric ?? 'softdtw';
  if (value !== 'softdtw' && value !== 'dtw' && value !== 'euclidean') {
    throw new InvalidOptionError(`${op}: expected metric 'softdtw', 'dtw' or 'euclidean', got '${String(value)}'. Use one of those.`);
  }
  return value;
}

/**
 * Validates γ.
 *
 * @param op - public function name, for messages
 * @param gamma - the option value
 * @returns γ (1 when undefined)
 * @throws InvalidOptionError
 * @example
 * resolveGamma('f', 0.1); // 0.1
 */
export function resolveGamma(op: string, gamma: unknown): number {
  const value = gamma ?? 1;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidOptionError(`${op}: expected gamma to be a finite number > 0, got ${String(value)}. Pass e.g. gamma: 1 (use metric: 'dtw' for γ = 0).`);
  }
  return value;
}

/**
 * pairwiseDistances over validated sets (shared with the models).
 *
 * @param op - public function name, for messages
 * @param rows - a series
 * @param columns - b series (same p)
 * @param metric - the metric
 * @param gamma - γ of 'softdtw'
 * @returns number[][] [a][b]
 * @throws LengthMismatchError for 'euclidean' with unequal lengths
 * @example
 * distancesOfSets('f', set, centroids, 'dtw', 1);
 */
export function distancesOfSets(op: string, rows: SeriesSet, columns: SeriesSet, metric: ClusterMetric, gamma: number): number[][] {
  const { p } = rows;
  if (metric === 'euclidean') {
    return rows.items.map((x, a) =>
      columns.items.map((y, b) => {
        if (x.n !== y.n) {
          throw new LengthMismatchError(
            `${op}: expected series of equal length for the Euclidean metric, got ${x.n} (row ${a}) and ${y.n} (column ${b}). Resample the series or use metric 'dtw' / 'softdtw'.`,
          );
        }
        let sum = 0;
        for (let k = 0; k < x.n * p; k++) sum += (x.data[k] - y.data[k]) ** 2;
        return sum;
      }),
    );
  }
  const toCore = (set: SeriesSet): Series[] => set.items.map((s) => toCoreSeries(s.data, s.n, p));
  return pairwiseSoftDtw(toCore(rows), rows === columns ? undefined : toCore(columns), { gamma: metric === 'dtw' ? 0 : gamma });
}
