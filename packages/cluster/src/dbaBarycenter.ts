/**
 * dbaBarycenter: DTW Barycenter Averaging (Petitjean, Ketterlin & Gançarski, "A global averaging
 * method for dynamic time warping, with applications to clustering", Pattern Recognition 44, 2011),
 * in its majorize-minimize form (Schultz & Jain 2017): the baseline soft-DTW barycenters are
 * compared with in Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.1.
 *
 * Objective (γ = 0, mean over series, weights λ_i):
 *   J(Z) = Σ_i λ_i DTW(Z, X_i) / Σ_i λ_i,   DTW = summed squared distances along the optimal path.
 * One iteration:
 *   1. align every X_i to the current Z with hard DTW (alignToBarycenter: valence V_i, warped W_i X_i);
 *   2. Z_k ← Σ_i λ_i (W_i X_i)_k / Σ_i λ_i (V_i)_k   (each row of Z becomes the mean of the points matched to it).
 * Step 2 minimises the cost with the paths held fixed, and realigning can only lower it further,
 * so J never increases. It stops after maxIter updates or when J decreased by less than tol
 * (tslearn's criterion). Every row of Z is on every path, so Σ_i λ_i (V_i)_k > 0.
 */
import { type LbfgsStopReason } from '@softdtw/optim';
import { alignToBarycenter } from './alignToBarycenter.js';
import { InvalidOptionError } from './errors.js';
import { initialBarycenter, resolveBarycenterLength, type BarycenterInit } from './initialBarycenter.js';
import { resolveWeights } from './resolveWeights.js';
import { readSeriesSet, toSeriesValue, type ClusterSeries, type SeriesSet, type SeriesValue } from './SeriesSet.js';
import type { BarycenterResult } from './softDtwBarycenter.js';

/** Options of dbaBarycenter. */
export interface DbaBarycenterOptions {
  /** 'euclidean-mean' (default), 'random', or a series to start from. */
  readonly init?: BarycenterInit;
  /** Barycenter length L. Default: the init series' length, else the longest input series. */
  readonly length?: number;
  /** Most updates. Default 30 (tslearn's default). */
  readonly maxIter?: number;
  /** Stop when the loss decreased by less than tol in one update. Default 1e-5. */
  readonly tol?: number;
  /** λ_i ≥ 0, one per series. Default all ones. */
  readonly weights?: readonly number[] | Float64Array;
  /** Seed of the 'random' initialisation. Default 0. */
  readonly seed?: number;
}

/**
 * DBA barycenter of a set of series under hard DTW.
 *
 * @param series - N series, [m_i] or [m_i][p]; lengths may differ
 * @param options - init, length, maxIter, tol, weights, seed
 * @returns barycenter ([L] or [L][p]), loss J(Z) (weighted mean DTW cost at the returned barycenter),
 *   iterations (updates), reason ('value-tolerance' or 'max-iterations'), converged, lossHistory (J before each update and at the end)
 * @throws EmptyInputError, InvalidSeriesError, FeatureMismatchError, InvalidWeightsError, InvalidOptionError, LengthMismatchError
 * @see Petitjean et al. 2011; Cuturi & Blondel 2017, §4.1
 * @example
 * const { barycenter, loss } = dbaBarycenter([[0, 1, 2, 1, 0], [0, 0, 1, 2, 1, 0]]);
 */
export function dbaBarycenter(series: readonly (readonly number[] | Float64Array)[], options?: DbaBarycenterOptions): BarycenterResult<number[]>;
export function dbaBarycenter(series: readonly (readonly (readonly number[])[])[], options?: DbaBarycenterOptions): BarycenterResult<number[][]>;
export function dbaBarycenter(series: readonly ClusterSeries[], options?: DbaBarycenterOptions): BarycenterResult;
export function dbaBarycenter(series: readonly ClusterSeries[], options: DbaBarycenterOptions = {}): BarycenterResult {
  const op = 'dbaBarycenter';
  return dbaBarycenterOfSet(op, readSeriesSet(op, 'series', series), options);
}

/**
 * dbaBarycenter over a validated set (shared with TimeSeriesKMeans and NearestCentroidClassifier).
 *
 * @param op - public function name, for messages
 * @param set - validated series
 * @param options - as dbaBarycenter
 * @returns as dbaBarycenter
 * @example
 * dbaBarycenterOfSet('f', set, {});
 */
export function dbaBarycenterOfSet(op: string, set: SeriesSet, options: DbaBarycenterOptions): BarycenterResult {
  const maxIter = options.maxIter ?? 30;
  const tol = options.tol ?? 1e-5;
  const seed = options.seed ?? 0;
  if (!(Number.isSafeInteger(maxIter) && maxIter >= 0)) {
    throw new InvalidOptionError(`${op}: expected maxIter to be an integer ≥ 0, got ${String(maxIter)}. Pass e.g. maxIter: 30.`);
  }
  if (!(typeof tol === 'number' && Number.isFinite(tol) && tol >= 0)) {
    throw new InvalidOptionError(`${op}: expected tol to be a finite number ≥ 0, got ${String(tol)}. Pass e.g. tol: 1e-5.`);
  }
  if (!Number.isSafeInteger(seed)) throw new InvalidOptionError(`${op}: expected seed to be an integer, got ${String(seed)}.`);
  const weights = resolveWeights(op, options.weights, set.items.length);
  const L = resolveBarycenterLength(op, set, options.init, options.length);
  const { p } = set;
  let z = initialBarycenter(op, set, options.init, L, weights, seed);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const lossHistory: number[] = [];
  let iterations = 0;
  let reason: LbfgsStopReason = 'max-iterations';
  for (;;) {
    const valence = new Float64Array(L);
    const warped = new Float64Array(L * p);
    let loss = 0;
    set.items.forEach((x, i) => {
      const w = weights[i];
      if (w === 0) return;
      const alignment = alignToBarycenter(z, L, p, x);
      loss += (w * alignment.cost) / totalWeight;
      for (let k = 0; k < L; k++) valence[k] += w * alignment.valence[k];
      for (let k = 0; k < L * p; k++) warped[k] += w * alignment.warped[k];
    });
    lossHistory.push(loss);
    const previous = lossHistory.at(-2);
    if (previous !== undefined && previous - loss < tol) {
      reason = 'value-tolerance';
      break;
    }
    if (iterations >= maxIter) break;
    const next = new Float64Array(L * p);
    for (let k = 0; k < L; k++) for (let f = 0; f < p; f++) next[k * p + f] = warped[k * p + f] / valence[k];
    z = next;
    iterations++;
  }
  return {
    barycenter: toSeriesValue(z, L, p, set.rows) as SeriesValue,
    loss: lossHistory.at(-1) as number,
    iterations,
    reason,
    converged: reason === 'value-tolerance',
    lossHistory,
  };
}
