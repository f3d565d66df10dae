/**
 * Fused soft-DTW value and gradient over two series (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, Algorithms 1 and 2 plus the chain rule through the cost):
 *
 *     D_ij = ‖x_i − y_j‖²,   value = R_nm,   E = ∂value/∂D (expected alignment matrix)
 *     gradX_i = Σ_j E_ij · 2 (x_i − y_j),   gradY_j = Σ_i E_ij · 2 (y_j − x_i)
 *
 * Forward: anti-diagonal by anti-diagonal over the band, the cost computed on the fly, storing
 * the three soft-min weights of each band cell (softDtwForwardDiagonal.ts). Backward: diagonals
 * in reverse, E from the stored weights with no exp (softDtwBackwardDiagonal.ts), each E diagonal
 * folded into gradX/gradY at once — E is never materialised unless the caller asks for it.
 *
 * The weights live in a scratch buffer reused across calls (weightsScratch.ts): they never leave
 * this synchronous call.
 *
 * γ = 0 (hard DTW): the optimal path from hardDtwSeries.ts (tie-break diag > up > left); E is its
 * 0/1 indicator and the gradients are the corresponding subgradient.
 *
 * Memory per band cell: 24 bytes for γ > 0 (3 float64 weights) or 1 byte for γ = 0, plus 8 bytes
 * when a dense E is requested; plus O((n + m)·p) for diagonals and gradients.
 */
import { hardDtwSeries } from './hardDtwSeries.js';
import { bandCellCount, diagonalHigh, diagonalLow } from './sakoeChibaBand.js';
import { softDtwBackwardDiagonal } from './softDtwBackwardDiagonal.js';
import { softDtwForwardDiagonalWithWeights } from './softDtwForwardDiagonal.js';
import { squaredEuclideanCostDiagonal } from './squaredEuclideanCostDiagonal.js';
import { squaredEuclideanGradDiagonal } from './squaredEuclideanGradDiagonal.js';
import { borrowWeightsScratch } from './weightsScratch.js';

/** Result of softDtwSeriesValueAndGrad. */
export interface SeriesValueAndGrad {
  /** R_nm. */
  readonly value: number;
  /** ∂value/∂x, n × p row-major. */
  readonly gradX: Float64Array;
  /** ∂value/∂y, m × p row-major. */
  readonly gradY: Float64Array;
}

/**
 * Bytes softDtwSeriesValueAndGrad allocates: per band cell 24 (γ > 0) or 1 (γ = 0), plus 8 per
 * cell of the dense n × m E when requested, plus the O((n + m)·p) diagonals and gradients.
 *
 * @param n - length of x
 * @param m - length of y
 * @param p - number of features
 * @param gamma - γ ≥ 0
 * @param radius - band radius or Infinity
 * @param withAlignment - whether a dense n × m E is produced as well
 * @returns bytes
 * @example
 * softDtwSeriesValueAndGradBytes(1024, 1024, 1, 1, Infinity, false); // 25 215 040 (≈ 24 B/cell)
 */
export function softDtwSeriesValueAndGradBytes(
  n: number,
  m: number,
  p: number,
  gamma: number,
  radius: number,
  withAlignment: boolean,
): number {
  const cells = bandCellCount(n, m, radius);
  const perCell = gamma === 0 ? 1 : 24;
  const dense = withAlignment ? 8 * n * m : 0;
  const path = gamma === 0 ? 16 * (n + m) : 0;
  return perCell * cells + dense + path + 8 * (4 * (n + 2) + (n + m) * p);
}

/**
 * Soft-DTW value and gradients with respect to both series; optionally writes E.
 *
 * @param x - series x, n × p, row-major
 * @param n - length of x (≥ 1)
 * @param y - series y, m × p, row-major
 * @param m - length of y (≥ 1)
 * @param p - number of features
 * @param gamma - smoothing γ ≥ 0 (0 = hard DTW and its subgradient)
 * @param radius - band radius (≥ |n − m|) or Infinity
 * @param alignment - if not null, receives E (n × m row-major; must be zero-filled on entry)
 * @returns value, gradX (n × p) and gradY (m × p)
 * @example
 * const { value, gradX } = softDtwSeriesValueAndGrad(new Float64Array([1]), 1, new Float64Array([0]), 1, 1, 1, Infinity, null);
 * // value = 1, gradX = [2]
 */
export function softDtwSeriesValueAndGrad(
  x: Float64Array,
  n: number,
  y: Float64Array,
  m: number,
  p: number,
  gamma: number,
  radius: number,
  alignment: Float64Array | null,
): SeriesValueAndGrad {
  if (gamma === 0) return hardDtwSeriesValueAndGrad(x, n, y, m, p, radius, alignment);
  const lastDiagonal = n + m - 2;
  const weights = borrowWeightsScratch(3 * bandCellCount(n, m, radius));
  let r2 = new Float64Array(n + 2).fill(Infinity);
  let r1 = new Float64Array(n + 2).fill(Infinity);
  let r0 = new Float64Array(n + 2);
  const cost = new Float64Array(n);
  r2[0] = 0; // R_{−1,−1}: the paper's R_00
  let offset = 0;
  for (let d = 0; d <= lastDiagonal; d++) {
    const low = diagonalLow(d, m, radius);
    const high = diagonalHigh(d, n, radius);
    squaredEuclideanCostDiagonal(x, y, p, d, low, high, cost);
    softDtwForwardDiagonalWithWeights(r2, r1, r0, cost, 0, 1, low, high, gamma, weights, 3 * offset);
    if (high >= low) offset += high - low + 1;
    const oldest = r2;
    r2 = r1;
    r1 = r0;
    r0 = oldest;
  }
  const value = r1[n];

  const gradX = new Float64Array(n * p);
  const gradY = new Float64Array(m * p);
  // The R diagonals are no longer needed: reuse them as E accumulators.
  let a0 = r0.fill(0);
  let a1 = r1.fill(0);
  let a2 = r2;
  a0[n] = 1; // E_{n−1,m−1} = 1
  for (let d = lastDiagonal; d >= 0; d--) {
    const low = diagonalLow(d, m, radius);
    const high = diagonalHigh(d, n, radius);
    if (high >= low) offset -= high - low + 1;
    softDtwBackwardDiagonal(a0, a1, a2, weights, 3 * offset, low, high);
    squaredEuclideanGradDiagonal(a0, 1, x, y, p, d, low, high, gradX, gradY);
    if (alignment !== null) {
      for (let i = low; i <= high; i++) alignment[i * m + d - i] = a0[i + 1];
    }
    const newest = a0;
    a0 = a1;
    a1 = a2;
    a2 = newest;
  }
  return { value, gradX, gradY };
}

function hardDtwSeriesValueAndGrad(
  x: Float64Array,
  n: number,
  y: Float64Array,
  m: number,
  p: number,
  radius: number,
  alignment: Float64Array | null,
): SeriesValueAndGrad {
  const { value, path } = hardDtwSeries(x, n, y, m, p, radius);
  const gradX = new Float64Array(n * p);
  const gradY = new Float64Array(m * p);
  for (let k = 0; k < path.length; k += 2) {
    const i = path[k];
    const j = path[k + 1];
    for (let f = 0; f < p; f++) {
      const t = 2 * (x[i * p + f] - y[j * p + f]);
      gradX[i * p + f] += t;
      gradY[j * p + f] -= t;
    }
    if (alignment !== null) alignment[i * m + j] = 1;
  }
  return { value, gradX, gradY };
}
