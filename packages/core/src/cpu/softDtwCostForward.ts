/**
 * Soft-DTW over a batch of cost matrices (Cuturi & Blondel, ICML 2017, arXiv:1703.01541,
 * Algorithm 1), the D-level primitive every backend implements.
 *
 *     D: [b, n, m] row-major (padded); item k uses its top-left n_k × m_k block
 *     R_ij = D_ij + softmin_γ(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1}),   value_k = R_{n_k m_k}
 *
 * γ = 0 is hard DTW (min instead of soft-min). The Sakoe-Chiba band (|i − j| ≤ r, 0-indexed)
 * is applied inside the recursion; D is never written. Anti-diagonal traversal, buffers and the
 * max-shifted soft-min as described in sakoeChibaBand.ts and softDtwForwardDiagonal.ts; the cost
 * of cell (i, j) of item k is read in place at D[k·n·m + i·m + j] (offset k·n·m + d, stride m − 1).
 *
 * Residuals for the backward kernel (softDtwCostBackward): for γ > 0 the soft-min weights,
 * 3 float64 per band cell (24 B/cell); for γ = 0 one direction byte per band cell. Items are
 * stored one after another, diagonal after diagonal, from cellOffsets[k].
 */
import { hardDtwForwardDiagonal } from './hardDtwForwardDiagonal.js';
import { bandCellCount, diagonalHigh, diagonalLow } from './sakoeChibaBand.js';
import { softDtwForwardDiagonal, softDtwForwardDiagonalWithWeights } from './softDtwForwardDiagonal.js';

/** Everything softDtwCostBackward needs from the forward pass (a named residuals record). */
export interface SoftDtwResiduals {
  /** Batch size b. */
  readonly batch: number;
  /** Padded rows n of D. */
  readonly n: number;
  /** Padded columns m of D. */
  readonly m: number;
  /** Per-item lengths n_k (1 ≤ n_k ≤ n). */
  readonly lengthsX: Int32Array;
  /** Per-item lengths m_k (1 ≤ m_k ≤ m). */
  readonly lengthsY: Int32Array;
  /** Smoothing γ ≥ 0. */
  readonly gamma: number;
  /** Band radius, or Infinity. */
  readonly radius: number;
  /** Position of item k's first band cell, b + 1 entries (the last is the total). */
  readonly cellOffsets: Float64Array;
  /** γ > 0: soft-min weights [diag, up, left] per band cell; null for γ = 0. */
  readonly weights: Float64Array | null;
  /** γ = 0: direction byte per band cell; null for γ > 0. */
  readonly directions: Uint8Array | null;
}

/** Problem description shared by the D-level kernels. */
export interface SoftDtwCostProblem {
  /** Batch size b (≥ 1). */
  readonly batch: number;
  /** Padded rows n (≥ 1). */
  readonly n: number;
  /** Padded columns m (≥ 1). */
  readonly m: number;
  /** Per-item lengths n_k, or null for all n. */
  readonly lengthsX: Int32Array | null;
  /** Per-item lengths m_k, or null for all m. */
  readonly lengthsY: Int32Array | null;
  /** Smoothing γ ≥ 0. */
  readonly gamma: number;
  /** Band radius (≥ |n_k − m_k| for every item), or Infinity. */
  readonly radius: number;
}

/**
 * Band cell offsets of each item, b + 1 entries.
 *
 * @param problem - the batch description
 * @returns Float64Array(b + 1) of cumulative band cell counts
 * @example
 * softDtwCellOffsets({ batch: 2, n: 3, m: 3, lengthsX: null, lengthsY: null, gamma: 1, radius: Infinity });
 * // Float64Array [0, 9, 18]
 */
export function softDtwCellOffsets(problem: SoftDtwCostProblem): Float64Array {
  const offsets = new Float64Array(problem.batch + 1);
  for (let k = 0; k < problem.batch; k++) {
    const nk = problem.lengthsX === null ? problem.n : problem.lengthsX[k];
    const mk = problem.lengthsY === null ? problem.m : problem.lengthsY[k];
    offsets[k + 1] = offsets[k] + bandCellCount(nk, mk, problem.radius);
  }
  return offsets;
}

/**
 * Bytes of residuals softDtwCostForward allocates when asked to keep them.
 *
 * @param problem - the batch description
 * @returns 24 (γ > 0) or 1 (γ = 0) bytes per band cell, summed over the items
 * @example
 * softDtwResidualBytes({ batch: 1, n: 100, m: 100, lengthsX: null, lengthsY: null, gamma: 1, radius: Infinity }); // 240 000
 */
export function softDtwResidualBytes(problem: SoftDtwCostProblem): number {
  const cells = softDtwCellOffsets(problem)[problem.batch];
  return (problem.gamma === 0 ? 1 : 24) * cells;
}

/**
 * Forward pass over D: one value per item, and optionally the residuals of the backward pass.
 *
 * @param D - cost matrices, [b, n, m] row-major
 * @param problem - batch size, padded shape, per-item lengths, γ and band radius
 * @param keepResiduals - whether to store the weights (γ > 0) or directions (γ = 0)
 * @returns values: Float64Array(b); residuals when requested, else null
 * @example
 * const D = new Float64Array([0, 1, 1, 0]); // one 2 × 2 cost matrix
 * softDtwCostForward(D, { batch: 1, n: 2, m: 2, lengthsX: null, lengthsY: null, gamma: 0, radius: Infinity }, false).values;
 * // Float64Array [0]
 */
export function softDtwCostForward(
  D: Float64Array,
  problem: SoftDtwCostProblem,
  keepResiduals: boolean,
): { values: Float64Array; residuals: SoftDtwResiduals | null } {
  const { batch, n, m, gamma, radius } = problem;
  const lengthsX = problem.lengthsX ?? new Int32Array(batch).fill(n);
  const lengthsY = problem.lengthsY ?? new Int32Array(batch).fill(m);
  const cellOffsets = softDtwCellOffsets(problem);
  const totalCells = cellOffsets[batch];
  const weights = keepResiduals && gamma > 0 ? new Float64Array(3 * totalCells) : null;
  const directions = keepResiduals && gamma === 0 ? new Uint8Array(totalCells) : null;
  const values = new Float64Array(batch);
  let r2 = new Float64Array(n + 2);
  let r1 = new Float64Array(n + 2);
  let r0 = new Float64Array(n + 2);
  for (let k = 0; k < batch; k++) {
    const nk = lengthsX[k];
    const mk = lengthsY[k];
    const base = k * n * m;
    r2.fill(Infinity);
    r1.fill(Infinity);
    r2[0] = 0; // R_{−1,−1}: the paper's R_00
    let offset = cellOffsets[k];
    for (let d = 0; d <= nk + mk - 2; d++) {
      const low = diagonalLow(d, mk, radius);
      const high = diagonalHigh(d, nk, radius);
      if (gamma === 0) hardDtwForwardDiagonal(r2, r1, r0, D, base + d, m - 1, low, high, directions, offset);
      else if (weights !== null) {
        softDtwForwardDiagonalWithWeights(r2, r1, r0, D, base + d, m - 1, low, high, gamma, weights, 3 * offset);
      } else softDtwForwardDiagonal(r2, r1, r0, D, base + d, m - 1, low, high, gamma);
      if (high >= low) offset += high - low + 1;
      const oldest = r2;
      r2 = r1;
      r1 = r0;
      r0 = oldest;
    }
    values[k] = r1[nk];
  }
  const residuals: SoftDtwResiduals | null = keepResiduals
    ? { batch, n, m, lengthsX, lengthsY, gamma, radius, cellOffsets, weights, directions }
    : null;
  return { values, residuals };
}
