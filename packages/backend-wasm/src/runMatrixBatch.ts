/**
 * The lanes = items driver of the D-level kernels (SoftDtw, SoftDtwWithResiduals, SoftDtwGrad; Cuturi & Blondel,
 * ICML 2017, arXiv:1703.01541): soft-DTW over given cost matrices D [b, n, m] (item k uses its top-left n_k × m_k
 * block), γ > 0, float64 (batchF64 in matrix mode, 2 items per f64x2 vector).
 *
 *     value_k = R_{n_k m_k},   E_k = ∂value_k/∂D_k (the expected alignment, from stored soft-min weights)
 *
 * Each group's D blocks are packed lane-interleaved into the wasm memory (cell (i, j) of lane ℓ at element
 * (i·M + j)·2 + ℓ, padding 0); E comes back in the same layout and is scattered into [b, n, m] (zero outside each
 * block and the band). The weights live only while their group is processed: SoftDtwGrad recomputes the forward
 * pass from D instead of keeping 24 B per cell between the two kernels (one extra forward, no residual memory).
 */
import { bandCellCount } from '@softdtw/core/cpu';
import { laneGroups } from './laneGroups.js';
import type { WasmKernels } from './WasmKernels.js';

/** A batch of cost matrices, as @softdtw/core's SoftDtwCostProblem plus the data. */
export interface MatrixBatch {
  /** Costs, [batch, n, m] row-major. */
  readonly D: Float64Array;
  readonly batch: number;
  readonly n: number;
  readonly m: number;
  /** n_k per item. */
  readonly lengthsX: Int32Array;
  /** m_k per item. */
  readonly lengthsY: Int32Array;
  /** γ > 0. */
  readonly gamma: number;
  /** Band radius, or Infinity. */
  readonly radius: number;
}

const VECTOR_BYTES = 16;
const LANES = 2;

/**
 * Values, and with `withAlignment` the expected alignments E, of a batch of cost matrices.
 *
 * @param kernels - a kernel instance
 * @param problem - D [b, n, m], lengths, γ > 0, radius
 * @param withAlignment - also compute E [b, n, m]
 * @returns values [b] and E (or null)
 * @example
 * ```ts
 * const { values, E } = runMatrixBatch(kernels, { D, batch: 1, n: 2, m: 2, lengthsX: Int32Array.of(2),
 *   lengthsY: Int32Array.of(2), gamma: 1, radius: Infinity }, true);
 * ```
 */
export function runMatrixBatch(
  kernels: WasmKernels,
  problem: MatrixBatch,
  withAlignment: boolean,
): { values: Float64Array; E: Float64Array | null } {
  const { D, batch, n, m, lengthsX, lengthsY, gamma, radius } = problem;
  const values = new Float64Array(batch);
  const E = withAlignment ? new Float64Array(batch * n * m) : null;
  const groups = laneGroups(lengthsX, lengthsY, LANES);
  let bytes = 0;
  for (const { rows, cols } of groups) {
    const cells = rows * cols * VECTOR_BYTES;
    const weights = withAlignment ? 3 * VECTOR_BYTES * bandCellCount(rows, cols, radius) : 0;
    bytes = Math.max(bytes, (withAlignment ? 2 : 1) * cells + 4 * (rows + 2) * VECTOR_BYTES + weights + 64);
  }
  const base = kernels.reserve(bytes);
  const kernel = kernels.exports['batchF64'];
  if (kernel === undefined) throw new Error('backend-wasm: the kernel module lacks batchF64; rebuild it with npm run build:wasm.');
  const view = new Float64Array(kernels.memory.buffer);
  const ints = new Int32Array(kernels.memory.buffer);
  const c = Math.LOG2E / gamma;
  const g = gamma * Math.LN2;
  for (const { members, rows, cols } of groups) {
    const cellBytes = rows * cols * VECTOR_BYTES;
    const dAt = base;
    const eAt = dAt + cellBytes;
    const lanesAt = eAt + (withAlignment ? cellBytes : 0);
    const valuesAt = lanesAt + 32;
    const scratchAt = valuesAt + 32;
    const weightsAt = scratchAt + 4 * (rows + 2) * VECTOR_BYTES;
    const dElement = dAt >> 3;
    view.fill(0, dElement, dElement + rows * cols * LANES);
    for (let lane = 0; lane < LANES; lane++) {
      const k = members[lane];
      ints[(lanesAt >> 2) + 2 * lane] = k < 0 ? 1 : lengthsX[k];
      ints[(lanesAt >> 2) + 2 * lane + 1] = k < 0 ? 1 : lengthsY[k];
      if (k < 0) continue;
      for (let i = 0; i < lengthsX[k]; i++) {
        const from = k * n * m + i * m;
        const to = dElement + i * cols * LANES + lane;
        for (let j = 0; j < lengthsY[k]; j++) view[to + j * LANES] = D[from + j];
      }
    }
    const r = Math.min(radius, rows + cols);
    kernel(rows, cols, 1, r, c, g, 0, 0, dAt, lanesAt, scratchAt, withAlignment ? weightsAt : 0, valuesAt, 0, 0, eAt);
    for (let lane = 0; lane < LANES; lane++) {
      const k = members[lane];
      if (k < 0) continue;
      values[k] = view[(valuesAt >> 3) + lane];
      if (E === null) continue;
      for (let i = 0; i < lengthsX[k]; i++) {
        const to = k * n * m + i * m;
        const from = (eAt >> 3) + i * cols * LANES + lane;
        for (let j = 0; j < lengthsY[k]; j++) E[to + j] = view[from + j * LANES];
      }
    }
  }
  return { values, E };
}
