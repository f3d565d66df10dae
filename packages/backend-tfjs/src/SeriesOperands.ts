/**
 * The series as the wavefront reads them (time-major, batch in the middle, features innermost):
 *
 *     X    [n, b, p]           X[i, k] = x_{k,i}  (zero rows past n_k)
 *     Ypad [U, b, p], U = m + 2(n − 1):  Ypad[u, k] = y_{k, m−1−(u−(n−1))}  (y reversed, zero-padded)
 *
 * Cell (i, d − i) pairs x_i with y_{d−i} = Ypad[L − 1 − d + i] (L = n + m − 1), so the y rows of
 * diagonal d are the contiguous window Ypad[L − 1 − d, L − 1 − d + n): one contiguous slice per
 * step and no gather. Rows with d − i outside [0, m) read the zero padding: finite costs that
 * never reach an in-block cell (diagonalLayout.ts). The optional band mask [L, n, b] adds
 * COST_SENTINEL outside the Sakoe-Chiba band.
 */
import type { Tensor3D } from '@tensorflow/tfjs-core';
import { bandMask } from './diagonalLayout.js';
import type { TfjsModule } from './TfjsModule.js';
import { COST_SENTINEL } from './wavefrontForward.js';
import type { WavefrontProblem } from './WavefrontProblem.js';

/** The series tensors of one wavefront problem. */
export interface SeriesOperands {
  /** x, [n, b, p]. */
  readonly X: Tensor3D;
  /** y reversed and zero-padded, [m + 2(n − 1), b, p]. */
  readonly Ypad: Tensor3D;
  /** Additive band mask [L, n, b] (0 or COST_SENTINEL), or null without a band. */
  readonly band: Tensor3D | null;
  /** Features per time step. */
  readonly p: number;
}

/**
 * Operands from padded host buffers in the item-major layout (x [b, n, p], y [b, m, p]).
 *
 * @param tf - the tfjs namespace
 * @param problem - the padded batch
 * @param p - features per time step
 * @param x - [b, n, p] row-major (zero past n_k)
 * @param y - [b, m, p] row-major (zero past m_k)
 * @returns the operands (new tensors; dispose with disposeSeriesOperands)
 * @example
 * const operands = seriesOperandsFromHost(tf, problem, 1, padded.X, padded.Y);
 */
export function seriesOperandsFromHost(tf: TfjsModule, problem: WavefrontProblem, p: number, x: Float32Array, y: Float32Array): SeriesOperands {
  const { batch, n, m } = problem;
  const X = new Float32Array(n * batch * p);
  for (let k = 0; k < batch; k++) {
    for (let i = 0; i < n; i++) X.set(x.subarray((k * n + i) * p, (k * n + i + 1) * p), (i * batch + k) * p);
  }
  const rows = m + 2 * (n - 1);
  const Ypad = new Float32Array(rows * batch * p);
  for (let k = 0; k < batch; k++) {
    for (let j = 0; j < m; j++) {
      const u = n - 1 + (m - 1 - j);
      Ypad.set(y.subarray((k * m + j) * p, (k * m + j + 1) * p), (u * batch + k) * p);
    }
  }
  return {
    X: tf.tensor3d(X, [n, batch, p]),
    Ypad: tf.tensor3d(Ypad, [rows, batch, p]),
    band: bandTensor(tf, problem),
    p,
  };
}

/**
 * Operands from tfjs tensors in the item-major layout.
 *
 * @param tf - the tfjs namespace
 * @param problem - the padded batch (all lengths full)
 * @param x - [b, n, p]
 * @param y - [b, m, p]
 * @returns the operands (new tensors; x and y are not disposed)
 * @example
 * const operands = seriesOperandsFromTensors(tf, problem, x3, y3);
 */
export function seriesOperandsFromTensors(tf: TfjsModule, problem: WavefrontProblem, x: Tensor3D, y: Tensor3D): SeriesOperands {
  const { batch, n } = problem;
  const p = x.shape[2];
  const { X, Ypad } = tf.tidy(() => {
    const reversed = tf.reverse(tf.transpose(y, [1, 0, 2]), 0);
    const padding = tf.zeros([n - 1, batch, p]);
    return {
      X: tf.transpose(x, [1, 0, 2]) as Tensor3D,
      Ypad: (n === 1 ? reversed : tf.concat([padding, reversed, padding], 0)) as Tensor3D,
    };
  });
  return { X, Ypad, band: bandTensor(tf, problem), p };
}

/**
 * Disposes the operands' tensors.
 *
 * @param tf - the tfjs namespace
 * @param operands - from seriesOperandsFromHost / seriesOperandsFromTensors
 * @returns nothing
 * @example
 * disposeSeriesOperands(tf, operands);
 */
export function disposeSeriesOperands(tf: TfjsModule, operands: SeriesOperands): void {
  tf.dispose([operands.X, operands.Ypad, ...(operands.band === null ? [] : [operands.band])]);
}

function bandTensor(tf: TfjsModule, problem: WavefrontProblem): Tensor3D | null {
  const mask = bandMask(problem, COST_SENTINEL);
  return mask === null ? null : tf.tensor3d(mask, [problem.n + problem.m - 1, problem.n, problem.batch]);
}
