/**
 * softDtwLoss: soft-DTW (Cuturi & Blondel, ICML 2017, arXiv:1703.01541) as a differentiable
 * tfjs op, built with `tf.customGrad`, so tfjs models train on it.
 *
 *     loss(x, y) = R_nm = softmin_γ over alignment paths of Σ ‖x_i − y_j‖²
 *     ∂loss/∂x_i = 2 Σ_j E_ij (x_i − y_j),   ∂loss/∂y_j = 2 Σ_i E_ij (y_j − x_i)
 *
 * with E the expected alignment. Forward: squared Euclidean costs, then the batched wavefront
 * (seriesWavefront.ts), keeping the soft-min weights only when a gradient tape is recording.
 * Backward: the weights → E (wavefrontBackward.ts, no exp) → the chain rule through the cost,
 * diagonal by diagonal (seriesWavefront.ts). Everything is tfjs ops, so it runs on every tfjs backend, in float32;
 * it never reads data back, so it stays asynchronous on GPU backends. Like other tfjs ops it
 * does not scan its inputs: NaN in x or y gives a NaN loss.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GradSaveFunc, Tensor, Tensor1D, Tensor3D } from '@tensorflow/tfjs-core';
import { BandTooNarrowError, EmptySeriesError, InvalidArgumentError, ShapeError } from '@softdtw/core';
import { diagonalLayout } from './diagonalLayout.js';
import { disposeSeriesOperands, seriesOperandsFromTensors } from './SeriesOperands.js';
import { seriesForward, seriesGradients } from './seriesWavefront.js';
import { disposeWeights, stackWeights, unstackWeights } from './stackedWeights.js';
import { wavefrontProblem, type WavefrontProblem } from './WavefrontProblem.js';

/** How the per-pair losses of a batch are combined. */
export type SoftDtwLossReduction = 'mean' | 'sum' | 'none';

/** Options of {@link softDtwLoss}. */
export interface SoftDtwLossOptions {
  /** Smoothing γ ≥ 0 (default 1; 0 = hard DTW with its subgradient). */
  readonly gamma?: number;
  /** Sakoe-Chiba radius: cells with |i − j| > band are forbidden (default: none). Must be ≥ |n − m|. */
  readonly band?: number;
  /** Batched inputs: 'mean' (default) or 'sum' → scalar, 'none' → [b]. Ignored for a single pair. */
  readonly reduction?: SoftDtwLossReduction;
}

const OP = 'softDtwLoss';
const OPTION_NAMES = ['gamma', 'band', 'reduction'];
/** Smallest γ > 0 accepted (as @softdtw/core: the smallest normal float64). */
const MIN_POSITIVE_GAMMA = 2.2250738585072014e-308;

/**
 * Soft-DTW between tfjs tensors, differentiable in both arguments (tfjs op with a custom gradient).
 *
 * @param x - [n, p], [n] (univariate) or a batch [b, n, p]; float32
 * @param y - [m, p], [m] or [b, m, p] (same rank, p and b as x)
 * @param options - { gamma = 1, band?, reduction = 'mean' }
 * @returns a scalar; [b] for a batch with reduction 'none'
 * @throws ShapeError, EmptySeriesError, InvalidArgumentError, BandTooNarrowError (before any compute)
 * @see https://arxiv.org/abs/1703.01541
 * @example
 * const x = tf.tensor2d([[0], [1], [2]]);
 * const y = tf.tensor2d([[0], [2]]);
 * const loss = softDtwLoss(x, y, { gamma: 0.1 });                    // scalar, ≈ 0.9307
 * const [gx, gy] = tf.grads((a: tf.Tensor, b: tf.Tensor) => softDtwLoss(a, b, { gamma: 0.1 }))([x, y]);
 */
export function softDtwLoss(x: Tensor, y: Tensor, options: SoftDtwLossOptions = {}): Tensor {
  const { gamma, radius, reduction } = readOptions(options);
  const shapes = readShapes(x, y);
  const { batch, n, m, p, batched } = shapes;
  if (radius < Math.abs(n - m)) {
    throw new BandTooNarrowError(
      `${OP}: expected band ≥ |n − m| = ${Math.abs(n - m)} for x and y (lengths ${n} and ${m}), got band = ${radius}. ` +
        `No alignment path fits in a narrower band: use band ≥ ${Math.abs(n - m)}, or omit band.`,
      Math.abs(n - m),
    );
  }
  const problem = wavefrontProblem(batch, n, m, gamma, radius, null, null);
  const reduce = batched ? reduction : 'none';
  const keepWeights = tf.engine().isTapeOn();

  const op = tf.customGrad((...args: Array<Tensor | GradSaveFunc>) => {
    const [xIn, yIn, save] = args as [Tensor, Tensor, GradSaveFunc];
    const values = tf.tidy(() => {
      const operands = seriesOperandsFromTensors(tf, problem, tf.reshape(xIn, [batch, n, p]) as Tensor3D, tf.reshape(yIn, [batch, m, p]) as Tensor3D);
      const forward = seriesForward(tf, problem, diagonalLayout(problem), operands, keepWeights);
      disposeSeriesOperands(tf, operands);
      if (forward.weights !== null) {
        save([xIn, yIn, stackWeights(tf, forward.weights)]);
        disposeWeights(tf, forward.weights);
      }
      return forward.values;
    });
    return {
      value: reduced(values, reduce, batched),
      gradFunc: (cotangent: Tensor, saved: Tensor[]) => backward(cotangent, saved, problem, shapes, reduce),
    };
  });
  return op(x, y);
}

interface Shapes {
  readonly batch: number;
  readonly n: number;
  readonly m: number;
  readonly p: number;
  readonly batched: boolean;
}

function reduced(values: Tensor1D, reduction: SoftDtwLossReduction, batched: boolean): Tensor {
  if (!batched) return tf.reshape(values, []);
  if (reduction === 'none') return values;
  return reduction === 'sum' ? tf.sum(values) : tf.mean(values);
}

function backward(cotangent: Tensor, saved: Tensor[], problem: WavefrontProblem, shapes: Shapes, reduction: SoftDtwLossReduction): Tensor[] {
  const [x, y, stackedWeights] = saved;
  if (x === undefined || y === undefined || stackedWeights === undefined) {
    throw new InvalidArgumentError(
      `${OP}: expected the forward pass to have saved its soft-min weights, got ${saved.length} saved tensors. ` +
        `Differentiate softDtwLoss inside tf.grad/tf.grads/tf.variableGrads/optimizer.minimize, which record the forward pass.`,
    );
  }
  const { batch, n, m, p } = shapes;
  return tf.tidy(() => {
    const layout = diagonalLayout(problem);
    const perItem = (
      reduction === 'none'
        ? tf.reshape(cotangent, [batch])
        : tf.mul(tf.ones([batch]), reduction === 'mean' ? tf.div(cotangent, batch) : cotangent)
    ) as Tensor1D;
    const operands = seriesOperandsFromTensors(tf, problem, tf.reshape(x, [batch, n, p]) as Tensor3D, tf.reshape(y, [batch, m, p]) as Tensor3D);
    const weights = unstackWeights(tf, stackedWeights as Tensor3D, layout.diagonals);
    const { gradX, gradY } = seriesGradients(tf, problem, layout, operands, weights, perItem);
    return [tf.reshape(tf.transpose(gradX, [1, 0, 2]), x.shape), tf.reshape(tf.transpose(gradY, [1, 0, 2]), y.shape)];
  });
}

function readOptions(options: SoftDtwLossOptions): { gamma: number; radius: number; reduction: SoftDtwLossReduction } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`${OP}: expected an options object such as { gamma: 1 }, got ${describe(options)}. Pass the options as an object.`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key)) {
      throw new InvalidArgumentError(`${OP}: expected options among ${OPTION_NAMES.join(', ')}, got '${key}'. Remove it or fix its spelling.`);
    }
  }
  const { gamma = 1, band, reduction = 'mean' } = options;
  if (typeof gamma !== 'number' || !Number.isFinite(gamma) || gamma < 0 || (gamma > 0 && gamma < MIN_POSITIVE_GAMMA)) {
    throw new InvalidArgumentError(
      `${OP}: expected gamma to be a finite number ≥ 0 (0, or ≥ ${MIN_POSITIVE_GAMMA}), got ${describe(gamma)}. ` +
        `Use gamma = 0 for hard DTW or a positive smoothing such as 1 (smaller = closer to DTW).`,
    );
  }
  if (band !== undefined && (typeof band !== 'number' || !Number.isInteger(band) || band < 0)) {
    throw new InvalidArgumentError(
      `${OP}: expected band to be a non-negative integer (the Sakoe-Chiba radius), got ${describe(band)}. Pass e.g. { band: 10 }, or omit band for no constraint.`,
    );
  }
  if (reduction !== 'mean' && reduction !== 'sum' && reduction !== 'none') {
    throw new InvalidArgumentError(`${OP}: expected reduction 'mean', 'sum' or 'none', got ${describe(reduction)}. Omit it for 'mean'.`);
  }
  return { gamma, radius: band ?? Infinity, reduction };
}

function readShapes(x: Tensor, y: Tensor): Shapes {
  for (const [name, t] of [['x', x], ['y', y]] as const) {
    if (!(t instanceof tf.Tensor)) {
      throw new InvalidArgumentError(`${OP}: expected ${name} to be a tfjs Tensor, got ${describe(t)}. Wrap the values with tf.tensor(...).`);
    }
    if (t.rank < 1 || t.rank > 3) {
      throw new ShapeError(
        `${OP}: expected ${name} with shape [n], [n, p] or [b, n, p], got [${t.shape.join(', ')}]. Reshape it, e.g. tf.reshape(${name}, [n, 1]) for a univariate series.`,
      );
    }
    if (t.dtype !== 'float32') {
      throw new InvalidArgumentError(`${OP}: expected ${name} to be float32, got ${t.dtype}. Cast it with tf.cast(${name}, 'float32').`);
    }
    if (t.shape.some((size) => size === 0)) {
      throw new EmptySeriesError(`${OP}: expected ${name} with at least one time step, feature and item, got shape [${t.shape.join(', ')}]. Pass non-empty series.`);
    }
  }
  if (x.rank !== y.rank) {
    throw new ShapeError(
      `${OP}: expected x and y of the same rank, got x [${x.shape.join(', ')}] and y [${y.shape.join(', ')}]. ` +
        `Pass two series ([n, p] and [m, p]) or two batches ([b, n, p] and [b, m, p]).`,
    );
  }
  const batched = x.rank === 3;
  const batch = batched ? x.shape[0]! : 1;
  const p = x.rank === 1 ? 1 : x.shape[x.rank - 1]!;
  const q = y.rank === 1 ? 1 : y.shape[y.rank - 1]!;
  if (p !== q) {
    throw new ShapeError(`${OP}: expected x and y with the same number of features, got ${p} and ${q}. Give both series the same p.`);
  }
  if (batched && y.shape[0] !== batch) {
    throw new ShapeError(`${OP}: expected x and y with the same batch size, got ${batch} and ${y.shape[0]}. Pair every x with one y.`);
  }
  return { batch, n: x.shape[batched ? 1 : 0]!, m: y.shape[batched ? 1 : 0]!, p, batched };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : (value.constructor?.name ?? 'an object');
}
