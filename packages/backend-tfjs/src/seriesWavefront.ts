/**
 * Soft-DTW between series on tfjs (Cuturi & Blondel, ICML 2017, arXiv:1703.01541): the
 * squared Euclidean costs of each diagonal computed from the series (SeriesOperands.ts), the
 * forward and backward wavefronts, and the chain rule through the cost:
 *
 *     D_ij = Σ_f Δ_ijf²,  Δ_ijf = x_if − y_jf   (no ½, as in the paper and @softdtw/core)
 *     ∂value/∂x_if = 2 Σ_j E_ij Δ_ijf,    ∂value/∂y_jf = −2 Σ_i E_ij Δ_ijf
 *
 * Costs come from the differences, not ‖x‖² + ‖y‖² − 2x·y (which cancels catastrophically in
 * float32 for series far from 0; D_ii = 0 exactly for x = y), and the gradients are sums of
 * E·Δ, not x·ΣE − E·y, for the same reason. Nothing of size n·m is formed besides the weights:
 * each diagonal's Δ is recomputed from a window of Ypad when it is needed.
 *
 * The y gradient is accumulated in window coordinates: on diagonal d the window holds Ypad rows
 * [L − 1 − d, L − 1 − d + n); going backward the window moves one row down per step, so after
 * adding diagonal d its first row is final and is emitted, and the accumulator shifts up.
 */
import type { Tensor1D, Tensor2D, Tensor3D } from '@tensorflow/tfjs-core';
import type { DiagonalLayout } from './diagonalLayout.js';
import type { SeriesOperands } from './SeriesOperands.js';
import type { TfjsModule } from './TfjsModule.js';
import { wavefrontBackward } from './wavefrontBackward.js';
import { wavefrontForward, type WavefrontForward, type DiagonalWeights } from './wavefrontForward.js';
import type { WavefrontProblem } from './WavefrontProblem.js';

/**
 * Forward pass over series: values [b], and the weights when asked.
 *
 * @param tf - the tfjs namespace
 * @param problem - the padded batch
 * @param layout - its layout tables
 * @param operands - the series tensors
 * @param keepWeights - keep the soft-min weights for seriesGradients
 * @returns values [b] and weights (or null); the caller disposes them
 * @example
 * const { values } = seriesForward(tf, problem, layout, operands, false);
 */
export function seriesForward(
  tf: TfjsModule,
  problem: WavefrontProblem,
  layout: DiagonalLayout,
  operands: SeriesOperands,
  keepWeights: boolean,
): WavefrontForward {
  const { batch, n } = problem;
  const costAt = (d: number): Tensor2D => {
    const delta = difference(tf, problem, layout, operands, d);
    const squared = tf.square(delta);
    const cost = (operands.p === 1 ? tf.reshape(squared, [n, batch]) : tf.sum(squared, 2)) as Tensor2D;
    if (operands.band === null) return cost;
    return tf.add(cost, tf.reshape(tf.slice(operands.band, [d, 0, 0], [1, n, batch]), [n, batch])) as Tensor2D;
  };
  return wavefrontForward(tf, problem, layout, costAt, keepWeights);
}

/**
 * Gradients of the (scaled) values with respect to both series, from the forward weights.
 *
 * @param tf - the tfjs namespace
 * @param problem - the padded batch
 * @param layout - its layout tables
 * @param operands - the series tensors
 * @param weights - from seriesForward(…, true)
 * @param scale - per-item cotangent [b], or null for 1
 * @returns gradX [n, b, p] and gradY [m, b, p], time-major (new tensors)
 * @example
 * const { gradX, gradY } = seriesGradients(tf, problem, layout, operands, forward.weights!, null);
 */
export function seriesGradients(
  tf: TfjsModule,
  problem: WavefrontProblem,
  layout: DiagonalLayout,
  operands: SeriesOperands,
  weights: readonly DiagonalWeights[],
  scale: Tensor1D | null,
): { gradX: Tensor3D; gradY: Tensor3D } {
  const { batch, n, m } = problem;
  const p = operands.p;
  const zeroRow = tf.zeros([1, batch, p]) as Tensor3D;
  let gradX = tf.zeros([n, batch, p]) as Tensor3D;
  let window = tf.zeros([n, batch, p]) as Tensor3D; // −Σ E·Δ for Ypad rows [L − 1 − d, L − 1 − d + n)
  const finished: Tensor3D[] = []; // Ypad rows 0, 1, … as they leave the window
  try {
    wavefrontBackward(tf, problem, layout, weights, scale, (d, E) => {
      const next = tf.tidy(() => {
        const column = tf.reshape(E, [n, batch, 1]);
        const spread = p === 1 ? column : tf.concat(new Array<Tensor3D>(p).fill(column as Tensor3D), 2);
        const contribution = tf.mul(spread, difference(tf, problem, layout, operands, d)) as Tensor3D;
        const accumulated = tf.sub(window, contribution) as Tensor3D;
        return {
          gradX: tf.add(gradX, contribution) as Tensor3D,
          first: tf.slice(accumulated, [0, 0, 0], [1, batch, p]) as Tensor3D,
          window: (n === 1 ? tf.clone(zeroRow) : tf.concat([tf.slice(accumulated, [1, 0, 0], [n - 1, batch, p]), zeroRow], 0)) as Tensor3D,
        };
      });
      tf.dispose([gradX, window]);
      gradX = next.gradX;
      window = next.window;
      finished.push(next.first);
    });
    return tf.tidy(() => {
      const rows = n === 1 ? finished : [...finished, tf.slice(window, [0, 0, 0], [n - 1, batch, p]) as Tensor3D];
      const padded = tf.concat(rows, 0); // Ypad rows [0, m + 2(n − 1))
      const reversed = tf.slice(padded, [n - 1, 0, 0], [m, batch, p]);
      return { gradX: tf.mul(gradX, 2) as Tensor3D, gradY: tf.mul(tf.reverse(reversed, 0), 2) as Tensor3D };
    });
  } finally {
    tf.dispose([gradX, window, zeroRow, ...finished]);
  }
}

/** Δ of diagonal d: X − (y window), [n, b, p]. */
function difference(tf: TfjsModule, problem: WavefrontProblem, layout: DiagonalLayout, operands: SeriesOperands, d: number): Tensor3D {
  const { batch, n } = problem;
  const window = tf.slice(operands.Ypad, [layout.diagonals - 1 - d, 0, 0], [n, batch, operands.p]);
  return tf.sub(operands.X, window) as Tensor3D;
}
