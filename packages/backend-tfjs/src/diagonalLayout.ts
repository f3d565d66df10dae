/**
 * The anti-diagonal ("wavefront") layout shared by the tfjs kernels (conventions of
 * @softdtw/core's README, "Definitions" and "Kernels": 0-indexed cells, band |i − j| ≤ radius).
 *
 *     diagonal d = i + j, 0 ≤ d < L = n + m − 1;  one diagonal = a [n, b] tensor,
 *     row i (the "slot") = cell (i, d − i), column k = item k of the batch
 *
 * Time-major with the batch innermost: shifting a diagonal by one slot, or taking step d's
 * slice of a [L, n, b] tensor, touches contiguous memory, which every tfjs backend does fast
 * (tfjs's cpu backend runs non-contiguous slices, gathers and broadcasts element by element).
 * Every diagonal has the same width n, whether or not (i, d − i) lies in the matrix, so each
 * step runs the same ops on the same shapes: webgpu compiles each program once.
 *
 * Which slots must act as +∞ (wavefrontForward.ts's sentinel): the border (row −1, handled by
 * the shift) and column −1; slots with j < 0 (i > d) become ≥ the sentinel by themselves,
 * because all their predecessors are (induction from diagonals −1 and −2). Slots with j ≥ m and
 * an item's padded rows/columns are never predecessors of an in-block cell, so they need no
 * mask: per-item lengths only decide where values are read and E is seeded (`endings`). Only
 * a Sakoe-Chiba band needs an explicit mask.
 */
import type { WavefrontProblem } from './WavefrontProblem.js';

/** Host-side tables of a problem's layout. */
export interface DiagonalLayout {
  /** Number of anti-diagonals L = n + m − 1. */
  readonly diagonals: number;
  /**
   * Diagonal d → [n, b] one-hot table (row-major, entry i·b + k) marking slot n_k − 1 of each
   * item k whose last cell (n_k − 1, m_k − 1) lies on d: where values are read and E is seeded.
   */
  readonly endings: ReadonlyMap<number, Float32Array>;
}

/**
 * Builds the layout tables of a problem.
 *
 * @param problem - padded batch description
 * @returns L and the per-diagonal ending tables
 * @example
 * diagonalLayout(wavefrontProblem(2, 3, 2, 1, Infinity, Int32Array.of(3, 1), null)).endings;
 * // Map { 3 → [0,0, 0,0, 1,0] (item 0 ends at slot 2), 1 → [0,1, 0,0, 0,0] (item 1 at slot 0) }
 */
export function diagonalLayout(problem: WavefrontProblem): DiagonalLayout {
  const { batch, n, m, lengthsX, lengthsY } = problem;
  const endings = new Map<number, Float32Array>();
  for (let k = 0; k < batch; k++) {
    const last = lengthsX[k]! + lengthsY[k]! - 2;
    let table = endings.get(last);
    if (table === undefined) {
      table = new Float32Array(n * batch);
      endings.set(last, table);
    }
    table[(lengthsX[k]! - 1) * batch + k] = 1;
  }
  return { diagonals: n + m - 1, endings };
}

/**
 * Whether slot i of diagonal d is a matrix cell inside the band.
 *
 * @param problem - the padded batch
 * @param d - anti-diagonal
 * @param i - slot (row)
 * @returns true when 0 ≤ d − i < m and |2i − d| ≤ radius
 * @example
 * insideBand(wavefrontProblem(1, 3, 3, 1, 0, null, null), 2, 1); // true: cell (1, 1)
 */
export function insideBand(problem: WavefrontProblem, d: number, i: number): boolean {
  const j = d - i;
  return j >= 0 && j < problem.m && Math.abs(i - j) <= problem.radius;
}

/**
 * The additive band mask: 0 inside the band, `sentinel` outside, [L, n, b] row-major; null
 * without a band (radius ≥ n + m).
 *
 * @param problem - the padded batch
 * @param sentinel - the cost sentinel
 * @returns the mask, or null when no cell is outside the band
 * @example
 * bandMask(wavefrontProblem(1, 2, 2, 1, 0, null, null), 1e30); // [0,1e30, 1e30,1e30, 1e30,0]
 */
export function bandMask(problem: WavefrontProblem, sentinel: number): Float32Array | null {
  const { batch, n, m, radius } = problem;
  if (radius >= n + m) return null;
  const diagonals = n + m - 1;
  const mask = new Float32Array(diagonals * n * batch);
  for (let d = 0; d < diagonals; d++) {
    for (let i = 0; i < n; i++) {
      if (Math.abs(2 * i - d) <= radius) continue;
      mask.fill(sentinel, (d * n + i) * batch, (d * n + i + 1) * batch);
    }
  }
  return mask;
}
