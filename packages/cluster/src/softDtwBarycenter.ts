/**
 * softDtwBarycenter: the soft-DTW barycenter of Cuturi & Blondel, ICML 2017, arXiv:1703.01541,
 * §3.1 and Eq. 4 — argmin_Z Σ_i (λ_i / m_i) dtw_γ(Z, X_i) — found with L-BFGS (@softdtw/optim,
 * strong-Wolfe line search) from a chosen initial barycenter. The objective and its gradient are
 * softDtwBarycenterObjective (core's batch value+gradient kernel; ∇_Z = Σ_i (λ_i / m_i) E_iᵀ-weighted
 * differences, see that module).
 *
 * Conventions: Z has L time steps (default: the longest input series, as tslearn) and p features;
 * the soft-DTW cost is the squared Euclidean distance with no ½. The problem is non-convex: the
 * result is a local minimum near the initialisation.
 */
import { minimizeLbfgs, type LbfgsStopReason } from '@softdtw/optim';
import { InvalidOptionError } from './errors.js';
import { initialBarycenter, resolveBarycenterLength, type BarycenterInit } from './initialBarycenter.js';
import { resolveWeights } from './resolveWeights.js';
import { readSeriesSet, toSeriesValue, type ClusterSeries, type SeriesSet, type SeriesValue } from './SeriesSet.js';
import { buildBarycenterObjective, type BarycenterObjectiveKind } from './softDtwBarycenterObjective.js';

/** Options of softDtwBarycenter. */
export interface SoftDtwBarycenterOptions {
  /** Smoothing γ > 0. Default 1. */
  readonly gamma?: number;
  /** λ_i ≥ 0, one per series, positive sum. Default all ones (a sum, as tslearn and the authors' code). */
  readonly weights?: readonly number[] | Float64Array;
  /** 'euclidean-mean' (default), 'random', or a series to start from. */
  readonly init?: BarycenterInit;
  /** Barycenter length L. Default: the init series' length, else the longest input series. */
  readonly length?: number;
  /** Most L-BFGS iterations. Default 100 (§4.1). */
  readonly maxIter?: number;
  /**
   * Tolerance, used as scipy's `minimize(tol=…)` does for L-BFGS-B: stop when the relative decrease
   * of F falls to tol or when ‖∇F‖_∞ ≤ tol. Default: optim's defaults (2.2e-9 relative, 1e-5 gradient).
   */
  readonly tol?: number;
  /** Divide term i by m_i (the paper's Eq. 4). Default true; false gives tslearn's plain sum. */
  readonly normalizeByLength?: boolean;
  /** 'softdtw' (default) or 'divergence' (soft-DTW divergence, Blondel et al. 2021). */
  readonly objective?: BarycenterObjectiveKind;
  /** Seed of the 'random' initialisation. Default 0. */
  readonly seed?: number;
}

/** Result of a barycenter computation. */
export interface BarycenterResult<S extends SeriesValue = SeriesValue> {
  /** The barycenter, [L] for univariate input given as number[] / Float64Array, else [L][p]. */
  readonly barycenter: S;
  /** The objective at the barycenter (for soft-DTW: F(Z) of Eq. 4 with the options' weights and normalisation). */
  readonly loss: number;
  /** Iterations performed (L-BFGS steps, DBA updates, subgradient epochs). */
  readonly iterations: number;
  /** Why it stopped. */
  readonly reason: LbfgsStopReason;
  /** True when a tolerance was met (not an iteration limit or a failure). */
  readonly converged: boolean;
  /** The loss at the start and after each iteration, [iterations + 1]. */
  readonly lossHistory: number[];
}

/**
 * Soft-DTW barycenter of a set of series (Eq. 4), by L-BFGS.
 *
 * @param series - N series, univariate [m_i] (number[] or Float64Array) or multivariate [m_i][p]; lengths may differ
 * @param options - gamma, weights, init, length, maxIter, tol, normalizeByLength, objective, seed
 * @returns barycenter ([L] or [L][p], in the layout of series[0]), loss, iterations, reason, converged, lossHistory
 * @throws EmptyInputError, InvalidSeriesError, FeatureMismatchError, InvalidWeightsError, InvalidOptionError, LengthMismatchError
 * @see Cuturi & Blondel, "Soft-DTW: a Differentiable Loss Function for Time-Series", ICML 2017, §3.1
 * @example
 * const { barycenter, loss } = softDtwBarycenter([[0, 1, 2, 1, 0], [0, 0, 1, 2, 1, 0]], { gamma: 0.1 });
 * barycenter.length; // 6 (the longest series)
 */
export function softDtwBarycenter(series: readonly (readonly number[] | Float64Array)[], options?: SoftDtwBarycenterOptions): BarycenterResult<number[]>;
export function softDtwBarycenter(series: readonly (readonly (readonly number[])[])[], options?: SoftDtwBarycenterOptions): BarycenterResult<number[][]>;
export function softDtwBarycenter(series: readonly ClusterSeries[], options?: SoftDtwBarycenterOptions): BarycenterResult;
export function softDtwBarycenter(series: readonly ClusterSeries[], options: SoftDtwBarycenterOptions = {}): BarycenterResult {
  const op = 'softDtwBarycenter';
  const set = readSeriesSet(op, 'series', series);
  return softDtwBarycenterOfSet(op, set, options);
}

/**
 * softDtwBarycenter over a validated set (shared with TimeSeriesKMeans and NearestCentroidClassifier).
 *
 * @param op - public function name, for messages
 * @param set - validated series
 * @param options - as softDtwBarycenter
 * @returns as softDtwBarycenter
 * @example
 * softDtwBarycenterOfSet('f', set, { gamma: 1 });
 */
export function softDtwBarycenterOfSet(op: string, set: SeriesSet, options: SoftDtwBarycenterOptions): BarycenterResult {
  const maxIter = options.maxIter ?? 100;
  if (!(Number.isSafeInteger(maxIter) && maxIter >= 0)) {
    throw new InvalidOptionError(`${op}: expected maxIter to be an integer ≥ 0, got ${String(maxIter)}. Pass e.g. maxIter: 100.`);
  }
  const { tol } = options;
  if (tol !== undefined && !(typeof tol === 'number' && Number.isFinite(tol) && tol >= 0)) {
    throw new InvalidOptionError(`${op}: expected tol to be a finite number ≥ 0, got ${String(tol)}. Pass e.g. tol: 1e-3.`);
  }
  const seed = options.seed ?? 0;
  if (!Number.isSafeInteger(seed)) throw new InvalidOptionError(`${op}: expected seed to be an integer, got ${String(seed)}.`);
  const weights = resolveWeights(op, options.weights, set.items.length);
  const L = resolveBarycenterLength(op, set, options.init, options.length);
  const z0 = initialBarycenter(op, set, options.init, L, weights, seed);
  const objective = buildBarycenterObjective(op, set, L, {
    weights,
    ...(options.gamma !== undefined ? { gamma: options.gamma } : {}),
    ...(options.normalizeByLength !== undefined ? { normalizeByLength: options.normalizeByLength } : {}),
    ...(options.objective !== undefined ? { objective: options.objective } : {}),
  });
  const result = minimizeLbfgs((z) => objective.evaluate(z), z0, {
    maxIter,
    ...(tol !== undefined ? { valueTol: tol, gradTol: tol } : {}),
  });
  return {
    barycenter: toSeriesValue(result.x, L, set.p, set.rows),
    loss: result.value,
    iterations: result.iterations,
    reason: result.reason,
    converged: result.converged,
    lossHistory: result.valueHistory,
  };
}
