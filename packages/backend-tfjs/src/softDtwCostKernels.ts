/**
 * The 'tfjs' kernels of @softdtw/core's SoftDtw primitive over cost matrices (Cuturi & Blondel,
 * ICML 2017, arXiv:1703.01541): SoftDtw (values), SoftDtwWithResiduals (values + residuals) and
 * SoftDtwGrad (E = ∂value/∂D from the residuals). Contract: core's primitiveNames.ts.
 *
 *     D [n, m] → value [],   D [b, n, m] (+ lengthsX, lengthsY) → values [b],   E in D's shape
 *
 * D arrives as an autodiff Tensor (CPU memory, usually float64); it is uploaded as float32, the
 * wavefront runs on the active tfjs backend, and results are read back synchronously.
 * Residuals are the soft-min weights, downloaded into a Float32Array (12 B per wavefront slot,
 * ≈ 24 B per cell for n = m): no tfjs tensor outlives a kernel call, so a forward pass whose
 * backward never runs leaks nothing. Residuals are opaque between WithResiduals and Grad; both
 * are registered together.
 *
 * Validation is core's: inferShape has checked the shape and attrs before a kernel runs. A D
 * with NaN/±Infinity is handed to core's cpu kernel, which throws the same NonFiniteValueError
 * as on every backend. On tfjs's webgpu backend (no synchronous readback) the three kernels run
 * core's cpu kernels.
 */
import { Tensor, type Backend } from '@softdtw/autodiff';
import {
  softDtwGradKernel,
  softDtwKernel,
  softDtwWithResidualsKernel,
  type SoftDtwAttrs,
  type SoftDtwGradInputs,
  type SoftDtwInputs,
  type SoftDtwWithResidualsOutput,
} from '@softdtw/core';
import type { Tensor2D, Tensor3D } from '@tensorflow/tfjs-core';
import { checkFloat32Values } from './checkFloat32Values.js';
import { diagonalLayout } from './diagonalLayout.js';
import { alignmentFromDiagonals, costsByDiagonal } from './hostDiagonals.js';
import { readsSynchronously, tfjsOf } from './TfjsSoftDtwBackend.js';
import type { TfjsModule } from './TfjsModule.js';
import { wavefrontBackward } from './wavefrontBackward.js';
import { disposeWeights, stackWeights, unstackWeights } from './stackedWeights.js';
import { COST_SENTINEL, wavefrontForward } from './wavefrontForward.js';
import { wavefrontProblem, type WavefrontProblem } from './WavefrontProblem.js';

/** Residuals of the tfjs SoftDtwWithResiduals kernel. */
export interface TfjsSoftDtwResiduals {
  /** Marks residuals made by these kernels. */
  readonly kind: 'tfjs-soft-min-weights';
  /** The padded batch. */
  readonly problem: WavefrontProblem;
  /** Soft-min weights (or γ = 0 directions), [3L, n, b] row-major: diag, up, left of diagonal 0, then of 1, … */
  readonly weights: Float32Array;
}

/** What the tfjs WithResiduals kernel returns: tfjs residuals, or core's when it ran core's kernel. */
export interface TfjsSoftDtwWithResidualsOutput {
  readonly value: Tensor;
  readonly residuals: TfjsSoftDtwResiduals | SoftDtwWithResidualsOutput['residuals'];
}

const SOFT_DTW = 'SoftDtw';

/**
 * SoftDtw on tfjs: the values of the cost matrices.
 *
 * @param backend - the 'tfjs' backend
 * @param inputs - { D: [n, m] | [b, n, m] }
 * @param attrs - { gamma, band?, lengthsX?, lengthsY? } (validated by core)
 * @returns values [] or [b], D's dtype (computed in float32)
 * @throws NonFiniteValueError for NaN/±Infinity in D; NumericalError outside the float32 range
 * @example
 * tfjsSoftDtwKernel(backend, { D: tensor([[0, 1], [1, 0]]) }, { gamma: 0 }).item(); // 0
 */
export function tfjsSoftDtwKernel(backend: Backend, inputs: SoftDtwInputs, attrs: SoftDtwAttrs): Tensor {
  const { tf } = tfjsOf(backend);
  if (!readsSynchronously(tf) || !allFinite(inputs.D)) return softDtwKernel(backend, inputs, attrs);
  const problem = costProblem(inputs.D, attrs);
  const values = run(tf, inputs.D, problem, false).values;
  return valuesTensor(values, inputs.D);
}

/**
 * SoftDtwWithResiduals on tfjs: the values and the soft-min weights for SoftDtwGrad.
 *
 * @param backend - the 'tfjs' backend
 * @param inputs - { D: [n, m] | [b, n, m] }
 * @param attrs - SoftDtw attrs
 * @returns { value, residuals } (residuals: host Float32Array of weights)
 * @throws as {@link tfjsSoftDtwKernel}
 * @example
 * const { value, residuals } = tfjsSoftDtwWithResidualsKernel(backend, { D }, { gamma: 1 });
 */
export function tfjsSoftDtwWithResidualsKernel(backend: Backend, inputs: SoftDtwInputs, attrs: SoftDtwAttrs): TfjsSoftDtwWithResidualsOutput {
  const { tf } = tfjsOf(backend);
  if (!readsSynchronously(tf) || !allFinite(inputs.D)) return softDtwWithResidualsKernel(backend, inputs, attrs);
  const problem = costProblem(inputs.D, attrs);
  const { values, weights } = run(tf, inputs.D, problem, true);
  return { value: valuesTensor(values, inputs.D), residuals: { kind: 'tfjs-soft-min-weights', problem, weights: weights! } };
}

/**
 * SoftDtwGrad on tfjs: E = ∂value/∂D from the residuals of {@link tfjsSoftDtwWithResidualsKernel}.
 *
 * @param backend - the 'tfjs' backend
 * @param inputs - { residuals, shape } (shape of D)
 * @param attrs - SoftDtw attrs
 * @returns E in D's shape, float64 Tensor, entries in [0, 1] (zero outside each item's block and the band)
 * @example
 * const E = tfjsSoftDtwGradKernel(backend, { residuals, shape: D.shape }, { gamma: 1 });
 */
export function tfjsSoftDtwGradKernel(
  backend: Backend,
  inputs: { readonly residuals: TfjsSoftDtwWithResidualsOutput['residuals']; readonly shape: readonly number[] },
  attrs: SoftDtwAttrs,
): Tensor {
  const { residuals, shape } = inputs;
  if (!isTfjsResiduals(residuals)) return softDtwGradKernel(backend, { residuals, shape } as SoftDtwGradInputs, attrs);
  const { tf } = tfjsOf(backend);
  const { problem } = residuals;
  const { batch, n } = problem;
  const layout = diagonalLayout(problem);
  const stacked = tf.tensor3d(residuals.weights, [3 * layout.diagonals, n, batch]);
  const rows: Tensor2D[] = [];
  let diagonals: Tensor3D | null = null;
  try {
    const weights = unstackWeights(tf, stacked, layout.diagonals);
    try {
      wavefrontBackward(tf, problem, layout, weights, null, (_d, E) => rows.push(tf.clone(E)));
    } finally {
      disposeWeights(tf, weights);
    }
    diagonals = tf.stack(rows.reverse(), 0) as Tensor3D;
    return new Tensor(alignmentFromDiagonals(diagonals.dataSync(), problem), [...shape]);
  } finally {
    tf.dispose([stacked, ...rows, ...(diagonals === null ? [] : [diagonals])]);
  }
}

function isTfjsResiduals(residuals: unknown): residuals is TfjsSoftDtwResiduals {
  return typeof residuals === 'object' && residuals !== null && (residuals as Partial<TfjsSoftDtwResiduals>).kind === 'tfjs-soft-min-weights';
}

function run(tf: TfjsModule, D: Tensor, problem: WavefrontProblem, keepWeights: boolean): { values: Float32Array; weights: Float32Array | null } {
  const { batch, n } = problem;
  const layout = diagonalLayout(problem);
  const costs = tf.tensor3d(costsByDiagonal(D.data, problem, COST_SENTINEL), [layout.diagonals, n, batch]);
  let forward: ReturnType<typeof wavefrontForward> | null = null;
  let stacked: Tensor3D | null = null;
  try {
    forward = wavefrontForward(tf, problem, layout, (d) => tf.reshape(tf.slice(costs, [d, 0, 0], [1, n, batch]), [n, batch]), keepWeights);
    const values = forward.values.dataSync() as Float32Array;
    checkFloat32Values(SOFT_DTW, values);
    if (forward.weights === null) return { values, weights: null };
    stacked = stackWeights(tf, forward.weights);
    return { values, weights: stacked.dataSync() as Float32Array };
  } finally {
    tf.dispose([costs, ...(stacked === null ? [] : [stacked])]);
    if (forward !== null) {
      forward.values.dispose();
      disposeWeights(tf, forward.weights ?? []);
    }
  }
}

function costProblem(D: Tensor, attrs: SoftDtwAttrs): WavefrontProblem {
  const batch = D.rank === 3 ? D.shape[0]! : 1;
  const n = D.shape[D.rank - 2]!;
  const m = D.shape[D.rank - 1]!;
  const lengthsX = attrs.lengthsX === undefined ? null : Int32Array.from(attrs.lengthsX);
  const lengthsY = attrs.lengthsY === undefined ? null : Int32Array.from(attrs.lengthsY);
  return wavefrontProblem(batch, n, m, attrs.gamma ?? 1, attrs.band ?? Infinity, lengthsX, lengthsY);
}

function allFinite(D: Tensor): boolean {
  const data = D.data;
  for (let k = 0; k < data.length; k++) if (!Number.isFinite(data[k]!)) return false;
  return true;
}

function valuesTensor(values: Float32Array, D: Tensor): Tensor {
  const data = D.dtype === 'float32' ? Float32Array.from(values) : Float64Array.from(values);
  return new Tensor(data, D.shape.slice(0, -2));
}
