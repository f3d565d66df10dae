/**
 * Fused soft-DTW value and gradient over two series (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, Algorithms 1 and 2 plus the chain rule through the cost).
 *
 *     D_ij = ‖x_i − y_j‖²,   value = R_nm,   E = ∂value/∂D (expected alignment matrix)
 *     gradX_i = Σ_j E_ij · 2 (x_i − y_j),   gradY_j = Σ_i E_ij · 2 (y_j − x_i)
 *
 * Forward: row by row over the band, the cost computed on the fly, storing the three soft-min
 * weights of each band cell (softDtwForwardRow.ts). Backward: rows in reverse, E from the stored
 * weights with no exp (softDtwBackwardRow.ts), each E row folded into gradX/gradY at once — E is
 * never materialised unless the caller asks for it.
 *
 * γ = 0 (hard DTW): one direction byte per band cell, the optimal path is traced back
 * (hardDtwPath.ts, tie-break diag > up > left) and E is its 0/1 indicator, a subgradient.
 *
 * Memory per band cell: 24 bytes for γ > 0 (3 float64 weights), 1 byte for γ = 0, plus 8 bytes
 * if E is requested; plus O((n + m)·p) for rows and gradients.
 */
import { hardDtwForwardRow } from './hardDtwForwardRow.js';
import { hardDtwPath } from './hardDtwPath.js';
import { bandCellCount, bandHigh, bandLow } from './sakoeChibaBand.js';
import { softDtwBackwardRow } from './softDtwBackwardRow.js';
import { softDtwForwardRowWithWeights } from './softDtwForwardRow.js';
import { squaredEuclideanCostRow } from './squaredEuclideanCostRow.js';
import { squaredEuclideanGradRow } from './squaredEuclideanGradRow.js';

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
 * Bytes softDtwSeriesValueAndGrad allocates for a problem: per band cell 24 (γ > 0) or 1 (γ = 0),
 * plus 8 if E is written by the kernel's caller into a dense n × m array, plus the O(n + m) rows.
 *
 * @param n - length of x
 * @param m - length of y
 * @param p - number of features
 * @param gamma - γ ≥ 0
 * @param radius - band radius or Infinity
 * @param withAlignment - whether a dense n × m E is produced as well
 * @returns bytes
 * @example
 * softDtwSeriesValueAndGradBytes(1024, 1024, 1, 1, Infinity, false); // ≈ 25.2 MB
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
  return perCell * cells + dense + 8 * (4 * (m + 1) + (n + m) * p) + (gamma === 0 ? 8 * (n + m) : 0);
}

/**
 * Soft-DTW value and gradients w.r.t. both series; optionally writes E.
 *
 * @param x - series x, n × p, row-major
 * @param n - length of x (≥ 1)
 * @param y - series y, m × p, row-major
 * @param m - length of y (≥ 1)
 * @param p - number of features
 * @param gamma - smoothing γ ≥ 0 (0 = hard DTW subgradient)
 * @param radius - band radius (≥ |n − m|) or Infinity
 * @param alignment - if not null, receives E (n × m row-major, must be zero-filled on entry)
 * @returns value, gradX (n × p), gradY (m × p)
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
  const cellCount = bandCellCount(n, m, radius);
  const weights = new Float64Array(3 * cellCount);
  let prevR = new Float64Array(m + 1).fill(Infinity);
  let curR = new Float64Array(m + 1);
  const cost = new Float64Array(m);
  prevR[0] = 0;
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const lo = bandLow(i, radius);
    const hi = bandHigh(i, m, radius);
    squaredEuclideanCostRow(x, y, p, i, lo, hi, cost);
    softDtwForwardRowWithWeights(prevR, curR, cost, 0, lo, hi, gamma, weights, 3 * offset);
    offset += hi - lo + 1;
    const swap = prevR;
    prevR = curR;
    curR = swap;
  }
  const value = prevR[m];

  const gradX = new Float64Array(n * p);
  const gradY = new Float64Array(m * p);
  // Reuse the two R rows as E accumulators (R is no longer needed).
  let accCur = prevR.fill(0);
  let accPrev = curR.fill(0);
  accCur[m] = 1; // E_{n−1,m−1} = 1
  for (let i = n - 1; i >= 0; i--) {
    const lo = bandLow(i, radius);
    const hi = bandHigh(i, m, radius);
    offset -= hi - lo + 1;
    softDtwBackwardRow(accCur, accPrev, weights, 3 * offset, lo, hi);
    squaredEuclideanGradRow(accCur, 1, x, y, p, i, lo, hi, gradX, gradY);
    if (alignment !== null) {
      const row = i * m;
      for (let j = lo; j <= hi; j++) alignment[row + j] = accCur[j + 1];
    }
    const swap = accCur;
    accCur = accPrev;
    accPrev = swap;
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
  const cellCount = bandCellCount(n, m, radius);
  const directions = new Uint8Array(cellCount);
  let prevR = new Float64Array(m + 1).fill(Infinity);
  let curR = new Float64Array(m + 1);
  const cost = new Float64Array(m);
  prevR[0] = 0;
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const lo = bandLow(i, radius);
    const hi = bandHigh(i, m, radius);
    squaredEuclideanCostRow(x, y, p, i, lo, hi, cost);
    hardDtwForwardRow(prevR, curR, cost, 0, lo, hi, directions, offset);
    offset += hi - lo + 1;
    const swap = prevR;
    prevR = curR;
    curR = swap;
  }
  const value = prevR[m];
  const path = hardDtwPath(directions, 0, cellCount, n, m, radius);
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
