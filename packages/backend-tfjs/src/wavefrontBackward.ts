/**
 * Soft-DTW backward pass as tfjs ops: the expected alignment E = ∂value/∂D (Cuturi & Blondel,
 * ICML 2017, arXiv:1703.01541, Algorithm 2), from the soft-min weights stored by
 * wavefrontForward.ts, all items of the batch moving back one anti-diagonal per step.
 *
 * Recurrence (0-indexed cells; w_s(k) = weight of predecessor k in the soft-min of cell s):
 *
 *     E_{n_k−1, m_k−1} = 1  (item k's last cell; or the item's cotangent, see `seedScale`)
 *     E_ij = E_{i+1,j+1}·w_{(i+1,j+1)}(diag) + E_{i+1,j}·w_{(i+1,j)}(up) + E_{i,j+1}·w_{(i,j+1)}(left)
 *
 * This is Algorithm 2 with its factors exp((R_s − R_ij − D_s)/γ) replaced by the stored weights
 * they equal: no exp, and no difference of large accumulated costs, which in float32 would cost
 * ~ulp(R)/γ relative accuracy. For γ = 0 the weights are one-hot directions and E is the 0/1
 * indicator of the optimal path.
 *
 * Layout (diagonalLayout.ts): E on diagonal d is [n, b], row i = cell (i, d − i). The pushes of
 * diagonal d are E_d ⊙ w_diag to row i − 1 of d − 2, E_d ⊙ w_up to row i − 1 of d − 1 and
 * E_d ⊙ w_left to row i of d − 1, so with shift(v)[i] = v[i + 1] (0 in the last row):
 *
 *     E_d = shift(E_{d+1} ⊙ w_up) + E_{d+1} ⊙ w_left + shift(E_{d+2} ⊙ w_diag) + seed_d
 *
 * Pushes into sentinel cells carry weight exactly 0, and nothing pushes into an item's padding,
 * so E is 0 outside each item's block and the band.
 */
import type { Tensor1D, Tensor2D } from '@tensorflow/tfjs-core';
import type { DiagonalLayout } from './diagonalLayout.js';
import type { TfjsModule } from './TfjsModule.js';
import type { DiagonalWeights } from './wavefrontForward.js';
import type { WavefrontProblem } from './WavefrontProblem.js';

/**
 * Walks E from the last diagonal to the first, handing each diagonal to `visit`; disposes every
 * intermediate (not the weights).
 *
 * @param tf - the tfjs namespace
 * @param problem - the padded batch
 * @param layout - its layout tables (the per-item seeds)
 * @param weights - from wavefrontForward, one entry per diagonal
 * @param seedScale - per-item factor of the seed ([b], e.g. the cotangent), or null for 1 (E itself)
 * @param visit - called with (d, E_d [n, b]) for d = L − 1 down to 0; E_d is disposed after the call
 * @returns nothing
 * @example
 * wavefrontBackward(tf, problem, layout, forward.weights!, null, (d, E) => rows.push(tf.clone(E)));
 */
export function wavefrontBackward(
  tf: TfjsModule,
  problem: WavefrontProblem,
  layout: DiagonalLayout,
  weights: readonly DiagonalWeights[],
  seedScale: Tensor1D | null,
  visit: (d: number, E: Tensor2D) => void,
): void {
  const { batch, n } = problem;
  const seeds = new Map(
    [...layout.endings].map(([d, table]) => [
      d,
      tf.tidy(() => {
        const seed = tf.tensor2d(table, [n, batch]);
        return seedScale === null ? seed : (tf.mul(seed, tf.reshape(seedScale, [1, batch])) as Tensor2D);
      }),
    ]),
  );
  const zeroRow = tf.zeros([1, batch]) as Tensor2D;
  const shift = (v: Tensor2D): Tensor2D => (n === 1 ? tf.clone(zeroRow) : (tf.concat([tf.slice(v, [1, 0], [n - 1, batch]), zeroRow], 0) as Tensor2D));
  let fromNext1: Tensor2D | null = null; // pushes from d + 1 into d (up and left)
  let fromNext2: Tensor2D | null = null; // pushes from d + 2 into d (diag)
  let pending2: Tensor2D | null = null; // pushes from d + 1 into d − 1 (diag)
  try {
    for (let d = layout.diagonals - 1; d >= 0; d--) {
      const w = weights[d];
      if (w === undefined) throw new Error(`wavefrontBackward: expected ${layout.diagonals} diagonals of weights, got ${weights.length}; this is a bug.`);
      const seed = seeds.get(d) ?? null;
      const step = tf.tidy(() => {
        const parts = [fromNext1, fromNext2, seed].filter((t): t is Tensor2D => t !== null);
        const E = (parts.length === 0 ? tf.zeros([n, batch]) : parts.length === 1 ? tf.clone(parts[0]!) : tf.addN(parts)) as Tensor2D;
        const toPrevious1 = tf.add(shift(tf.mul(E, w.up) as Tensor2D), tf.mul(E, w.left)) as Tensor2D;
        const toPrevious2 = shift(tf.mul(E, w.diag) as Tensor2D);
        return { E, toPrevious1, toPrevious2 };
      });
      try {
        visit(d, step.E);
      } finally {
        step.E.dispose();
      }
      tf.dispose([fromNext1, fromNext2].filter((t): t is Tensor2D => t !== null));
      fromNext1 = step.toPrevious1;
      fromNext2 = pending2;
      pending2 = step.toPrevious2;
    }
  } finally {
    tf.dispose([fromNext1, fromNext2, pending2, zeroRow, ...seeds.values()].filter((t): t is Tensor2D => t !== null));
  }
}
