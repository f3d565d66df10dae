/**
 * softDtwBarycenterObjective: the soft-DTW barycenter objective of Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, Eq. 4, and its gradient with respect to the barycenter Z.
 *
 *   F(Z) = Σ_i (λ_i / c_i) · dtw_γ(Z, X_i)                         objective 'softdtw'
 *   F(Z) = Σ_i (λ_i / c_i) · [dtw_γ(Z, X_i) − ½ dtw_γ(Z, Z) − ½ dtw_γ(X_i, X_i)]   objective 'divergence'
 *
 * with c_i = m_i (the length of X_i, the paper's normalisation, `normalizeByLength: true`) or
 * c_i = 1 (tslearn's and mblondel's plain sum). The divergence is that of Blondel, Mensch & Vert,
 * arXiv:2010.08354; it is ≥ 0 and 0 at Z = X_i.
 *
 * Gradient: ∇_Z dtw_γ(Z, X_i) is core's gradX, i.e. Σ_j E_kj · 2(z_k − x_j) for row k of Z, where E
 * is the expected alignment matrix (Algorithm 2). For the divergence, ∇_Z dtw_γ(Z, Z) = gradX + gradY
 * of the pair (Z, Z). All pairs go to core's softDtwBatchValueAndGrad in one call (the batch
 * backend); the constant terms dtw_γ(X_i, X_i) are computed once per objective.
 */
import { softDtwBatch, softDtwBatchValueAndGrad, type Series } from '@softdtw/core';
import { InvalidOptionError } from './errors.js';
import { readSeriesSet, addFlat, toCoreSeries, type ClusterSeries, type SeriesSet } from './SeriesSet.js';
import { resolveWeights } from './resolveWeights.js';

/** Which barycenter objective to minimise. */
export type BarycenterObjectiveKind = 'softdtw' | 'divergence';

/** Options of softDtwBarycenterObjective. */
export interface SoftDtwBarycenterObjectiveOptions {
  /** Smoothing γ > 0 (γ = 0 gives hard DTW and its subgradient). Default 1. */
  readonly gamma?: number;
  /** λ_i ≥ 0, one per series, positive sum. Default all ones. */
  readonly weights?: readonly number[] | Float64Array;
  /** Divide term i by m_i, the length of X_i (Eq. 4). Default true. */
  readonly normalizeByLength?: boolean;
  /** 'softdtw' (default) or 'divergence'. */
  readonly objective?: BarycenterObjectiveKind;
}

/** A barycenter objective over flat row-major barycenters Z [L · p]. */
export interface BarycenterObjective {
  /** Barycenter length L. */
  readonly length: number;
  /** Features p. */
  readonly features: number;
  /** F(Z) and ∇F(Z) [L · p]. */
  evaluate(z: Float64Array): { value: number; grad: Float64Array };
}

/**
 * Builds the objective F(Z) of Eq. 4 for a barycenter of length L over `series`.
 *
 * @param series - N series, [m_i] or [m_i][p]
 * @param length - barycenter length L
 * @param options - gamma, weights, normalizeByLength, objective
 * @returns an object whose evaluate(Z) gives { value, grad } with Z, grad row-major [L · p]
 * @throws the errors of readSeriesSet and resolveWeights; InvalidOptionError for bad options
 * @example
 * const f = softDtwBarycenterObjective([[0, 1, 2], [0, 2, 2]], 3, { gamma: 1 });
 * f.evaluate(new Float64Array([0, 1.5, 2])).value;
 */
export function softDtwBarycenterObjective(
  series: readonly ClusterSeries[],
  length: number,
  options: SoftDtwBarycenterObjectiveOptions = {},
): BarycenterObjective {
  const op = 'softDtwBarycenterObjective';
  const set = readSeriesSet(op, 'series', series);
  return buildBarycenterObjective(op, set, length, options);
}

/**
 * The same, over an already validated SeriesSet (used by softDtwBarycenter and k-means).
 *
 * @param op - public function name, for messages
 * @param set - validated series
 * @param length - barycenter length L
 * @param options - as softDtwBarycenterObjective
 * @returns the objective
 * @example
 * buildBarycenterObjective('f', set, 40, {});
 */
export function buildBarycenterObjective(
  op: string,
  set: SeriesSet,
  length: number,
  options: SoftDtwBarycenterObjectiveOptions,
): BarycenterObjective {
  const gamma = options.gamma ?? 1;
  if (typeof gamma !== 'number' || !Number.isFinite(gamma) || gamma < 0) {
    throw new InvalidOptionError(`${op}: expected gamma to be a finite number ≥ 0, got ${String(gamma)}. Pass e.g. gamma: 1.`);
  }
  if (!Number.isSafeInteger(length) || length < 1) {
    throw new InvalidOptionError(`${op}: expected the barycenter length to be a positive integer, got ${String(length)}.`);
  }
  const kind = options.objective ?? 'softdtw';
  if (kind !== 'softdtw' && kind !== 'divergence') {
    throw new InvalidOptionError(`${op}: expected objective 'softdtw' or 'divergence', got '${String(kind)}'.`);
  }
  const weights = resolveWeights(op, options.weights, set.items.length);
  const normalize = options.normalizeByLength ?? true;
  const { p } = set;
  // Only series with a non-zero weight take part (saves kernel calls for one-hot weights).
  const active = set.items.map((_, i) => i).filter((i) => weights[i] > 0);
  const ys: Series[] = active.map((i) => toCoreSeries(set.items[i].data, set.items[i].n, p));
  const coefficients = Float64Array.from(active, (i) => weights[i] / (normalize ? set.items[i].n : 1));
  let constant = 0;
  let selfCoefficient = 0;
  if (kind === 'divergence') {
    const selfValues = softDtwBatch(ys, ys, { gamma });
    coefficients.forEach((c, k) => {
      constant -= 0.5 * c * selfValues[k];
      selfCoefficient += 0.5 * c;
    });
  }
  return {
    length,
    features: p,
    evaluate(z: Float64Array) {
      const zSeries = toCoreSeries(z, length, p);
      const xs: Series[] = ys.map(() => zSeries);
      const pairsY = kind === 'divergence' ? [...ys, zSeries] : ys;
      const pairsX = kind === 'divergence' ? [...xs, zSeries] : xs;
      const { values, gradX, gradY } = softDtwBatchValueAndGrad(pairsX, pairsY, { gamma });
      const grad = new Float64Array(length * p);
      let value = constant;
      coefficients.forEach((c, k) => {
        value += c * values[k];
        addFlat(gradX[k], grad, c);
      });
      if (kind === 'divergence') {
        const last = ys.length;
        value -= selfCoefficient * values[last];
        addFlat(gradX[last], grad, -selfCoefficient);
        addFlat(gradY[last], grad, -selfCoefficient);
      }
      return { value, grad };
    },
  };
}
