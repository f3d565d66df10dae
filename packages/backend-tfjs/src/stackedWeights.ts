/**
 * The soft-min weights of a whole wavefront as one tensor [3L, n, b] (diag, up, left of
 * diagonal 0, then of diagonal 1, …): how they are saved for tf.customGrad and downloaded as
 * SoftDtwWithResiduals residuals. Slices along the first axis are contiguous, so unstacking is
 * cheap on every tfjs backend.
 */
import type { Tensor2D, Tensor3D } from '@tensorflow/tfjs-core';
import type { TfjsModule } from './TfjsModule.js';
import type { DiagonalWeights } from './wavefrontForward.js';

/**
 * Stacks the weights of every diagonal.
 *
 * @param tf - the tfjs namespace
 * @param weights - L entries of three [n, b] tensors (not disposed)
 * @returns [3L, n, b] (a new tensor)
 * @example
 * const stacked = stackWeights(tf, forward.weights!);
 */
export function stackWeights(tf: TfjsModule, weights: readonly DiagonalWeights[]): Tensor3D {
  return tf.stack(weights.flatMap((w) => [w.diag, w.up, w.left]), 0) as Tensor3D;
}

/**
 * Splits stacked weights back into one entry per diagonal.
 *
 * @param tf - the tfjs namespace
 * @param stacked - [3L, n, b]
 * @param diagonals - L
 * @returns L entries of three [n, b] tensors (new tensors; dispose with disposeWeights)
 * @example
 * const weights = unstackWeights(tf, stacked, layout.diagonals);
 */
export function unstackWeights(tf: TfjsModule, stacked: Tensor3D, diagonals: number): DiagonalWeights[] {
  const planes = tf.unstack(stacked, 0) as Tensor2D[];
  const weights: DiagonalWeights[] = [];
  for (let d = 0; d < diagonals; d++) weights.push({ diag: planes[3 * d]!, up: planes[3 * d + 1]!, left: planes[3 * d + 2]! });
  return weights;
}

/**
 * Disposes the weights of every diagonal.
 *
 * @param tf - the tfjs namespace
 * @param weights - from wavefrontForward or unstackWeights
 * @returns nothing
 * @example
 * disposeWeights(tf, forward.weights ?? []);
 */
export function disposeWeights(tf: TfjsModule, weights: readonly DiagonalWeights[]): void {
  tf.dispose(weights.flatMap((w) => [w.diag, w.up, w.left]));
}
