/**
 * Host-side conversions between the matrix layout [b, n, m] of a cost matrix D (or of E) and
 * the wavefront layout [L, n, b] (diagonalLayout.ts), for the kernels whose D already lives in
 * CPU memory (an autodiff Tensor): one pass over the cells in JavaScript, no gather on the device.
 */
import { insideBand } from './diagonalLayout.js';
import type { WavefrontProblem } from './WavefrontProblem.js';

/**
 * D in the wavefront layout, COST_SENTINEL-style `sentinel` outside the matrix and the band.
 *
 * @param D - [b, n, m] row-major
 * @param problem - the padded batch
 * @param sentinel - cost of cells outside the matrix or band
 * @returns [L, n, b] row-major: entry (d, i, k) = D[k, i, d − i]
 * @example
 * costsByDiagonal(Float64Array.of(1, 2, 3, 4), wavefrontProblem(1, 2, 2, 1, Infinity, null, null), 1e30);
 * // Float32Array [1, 1e30, 2, 3, 1e30, 4]
 */
export function costsByDiagonal(D: ArrayLike<number>, problem: WavefrontProblem, sentinel: number): Float32Array {
  const { batch, n, m } = problem;
  const diagonals = n + m - 1;
  const out = new Float32Array(diagonals * n * batch).fill(sentinel);
  for (let d = 0; d < diagonals; d++) {
    for (let i = 0; i < n; i++) {
      if (!insideBand(problem, d, i)) continue;
      const cell = i * m + d - i;
      const row = (d * n + i) * batch;
      for (let k = 0; k < batch; k++) out[row + k] = D[k * n * m + cell]!;
    }
  }
  return out;
}

/**
 * E back in the matrix layout.
 *
 * @param diagonals - E in the wavefront layout, [L, n, b]
 * @param problem - the padded batch
 * @returns [b, n, m] row-major float64 (cells outside the band stay 0)
 * @example
 * alignmentFromDiagonals(Float32Array.of(1, 0, 0, 0, 0, 1), wavefrontProblem(1, 2, 2, 0, Infinity, null, null));
 * // Float64Array [1, 0, 0, 1]
 */
export function alignmentFromDiagonals(diagonals: ArrayLike<number>, problem: WavefrontProblem): Float64Array {
  const { batch, n, m } = problem;
  const E = new Float64Array(batch * n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const row = ((i + j) * n + i) * batch;
      for (let k = 0; k < batch; k++) E[k * n * m + i * m + j] = diagonals[row + k]!;
    }
  }
  return E;
}
