/**
 * softDtwValueAndGrad: soft-DTW and its gradients with respect to both series (Cuturi & Blondel,
 * ICML 2017, arXiv:1703.01541, Algorithms 1 and 2, chained through D_ij = ‖x_i − y_j‖²):
 *
 *     gradX_i = Σ_j E_ij · 2 (x_i − y_j),   gradY_j = Σ_i E_ij · 2 (y_j − x_i),   E = ∂value/∂D
 *
 * Computed by the fused kernel (cpu/softDtwSeriesValueAndGrad.ts): 24 bytes per band cell for
 * γ > 0 (1 byte for γ = 0), E never materialised.
 */
import { softDtwSeriesValueAndGrad, softDtwSeriesValueAndGradBytes } from './cpu/softDtwSeriesValueAndGrad.js';
import { checkFiniteResult, checkFiniteResults } from './checkFiniteResult.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { readSeriesPair, writeSeries } from './readSeries.js';
import type { GradientOf, Series } from './Series.js';
import { SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/** Value and gradients of softDtwValueAndGrad, gradients in the layout of their series. */
export interface SoftDtwValueAndGrad<X extends Series, Y extends Series> {
  /** The soft-DTW value. */
  readonly value: number;
  /** ∂value/∂x, same layout as x (n values or n × p). */
  readonly gradX: GradientOf<X>;
  /** ∂value/∂y, same layout as y (m values or m × p). */
  readonly gradY: GradientOf<Y>;
}

/**
 * Soft-DTW value and its gradients with respect to x and y.
 *
 * For γ = 0 the gradients are the subgradient along the optimal DTW path (tie-break diagonal,
 * then up, then left, as tslearn's dtw_path).
 *
 * @param x - series of n time steps: number[], number[][] (n × p) or Float64Array
 * @param y - series of m time steps with the same p
 * @param options - gamma (≥ 0, default 1), band, memoryBudget
 * @returns value; gradX shaped like x (n or n × p); gradY shaped like y
 * @throws the errors of softDtw, and MemoryBudgetError when 24 B per band cell exceed the budget
 * @see https://arxiv.org/abs/1703.01541
 * @example
 * const { value, gradX, gradY } = softDtwValueAndGrad([0, 1], [0, 2], { gamma: 1 });
 * // gradX has 2 entries, gradY has 2 entries
 */
export function softDtwValueAndGrad<X extends Series, Y extends Series>(
  x: X,
  y: Y,
  options?: SoftDtwOptions,
): SoftDtwValueAndGrad<X, Y> {
  const op = 'softDtwValueAndGrad';
  const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
  const [a, b] = readSeriesPair(op, x, y, radius);
  checkMemoryBudget(
    op,
    softDtwSeriesValueAndGradBytes(a.n, b.n, a.p, gamma, radius, false),
    memoryBudget,
    gamma === 0 ? 'the DTW directions (1 B per DP cell)' : 'the soft-min weights (24 B per DP cell)',
  );
  const result = softDtwSeriesValueAndGrad(a.data, a.n, b.data, b.n, a.p, gamma, radius, null);
  checkFiniteResult(op, result.value, 'the soft-DTW value');
  checkFiniteResults(op, result.gradX, 'gradX');
  checkFiniteResults(op, result.gradY, 'gradY');
  return {
    value: result.value,
    gradX: writeSeries(result.gradX, a.n, a.p, a.layout) as GradientOf<X>,
    gradY: writeSeries(result.gradY, b.n, b.p, b.layout) as GradientOf<Y>,
  };
}
