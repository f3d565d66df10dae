/**
 * The SoftDtw primitive: soft-DTW over cost matrices, registered in @softdtw/autodiff with its
 * VJP (Cuturi & Blondel, ICML 2017, arXiv:1703.01541; forward = Algorithm 1, backward = the
 * expected alignment E = ∂value/∂D of Algorithm 2, from stored soft-min weights).
 *
 *     D [n, m] → value []          D [b, n, m] → values [b] (item k uses its n_k × m_k block)
 *     vjp:  ∂L/∂D_k = ct_k · E_k
 *
 * attrs { gamma, band?, lengthsX?, lengthsY? } are static and never differentiated. The values
 * are computed in float64 whatever D's dtype (a float32 D gives float32 outputs). The kernels
 * below are the 'cpu' implementations (registered in registerCpuKernels.ts); SoftDtwGrad is a
 * separate kernel so each backend can run the backward DP natively.
 */
import { definePrimitive, Tensor, type Backend, type Primitive } from '@softdtw/autodiff';
import { softDtwCostBackward } from '../cpu/softDtwCostBackward.js';
import { softDtwCostForward, type SoftDtwCostProblem, type SoftDtwResiduals } from '../cpu/softDtwCostForward.js';
import { checkFiniteResult } from '../checkFiniteResult.js';
import { InvalidArgumentError, NonFiniteValueError, ShapeError } from '../errors.js';
import { checkBandFits, resolveBand, resolveGamma } from '../SoftDtwOptions.js';
import { RELOADED } from '../singleCopyGuard.js';
import { kernelFor } from './kernelFor.js';
import {
  SOFT_DTW,
  SOFT_DTW_GRAD,
  SOFT_DTW_WITH_RESIDUALS,
  type SoftDtwAttrs,
  type SoftDtwGradInputs,
  type SoftDtwInputs,
  type SoftDtwWithResidualsOutput,
} from './primitiveNames.js';

/** Named residuals SoftDtw saves for its backward pass. */
export interface SoftDtwSaved {
  /** Kernel residuals (weights or directions). */
  readonly residuals: SoftDtwResiduals;
  /** Shape of D. */
  readonly shape: readonly number[];
}

/**
 * Validates D's shape and the attrs, and describes the batch for the kernels.
 *
 * @param shape - shape of D: [n, m] or [b, n, m]
 * @param attrs - SoftDtw attrs
 * @returns the kernel problem (batch 1 for rank 2)
 * @throws ShapeError, InvalidArgumentError, BandTooNarrowError
 * @example
 * softDtwProblem([3, 4], { gamma: 1 }); // { batch: 1, n: 3, m: 4, … }
 */
export function softDtwProblem(shape: readonly number[], attrs: SoftDtwAttrs): SoftDtwCostProblem {
  if (shape.length !== 2 && shape.length !== 3) {
    throw new ShapeError(
      `${SOFT_DTW}: expected D with shape [n, m] or [b, n, m], got [${shape.join(', ')}]. ` +
        `Pass a cost matrix, e.g. squaredEuclideanCost(x, y).`,
    );
  }
  const batch = shape.length === 3 ? shape[0] : 1;
  const n = shape[shape.length - 2];
  const m = shape[shape.length - 1];
  if (n === 0 || m === 0) {
    throw new ShapeError(`${SOFT_DTW}: expected D with at least one row and one column, got [${shape.join(', ')}]. Pass non-empty series.`);
  }
  if (typeof attrs !== 'object' || attrs === null) {
    throw new InvalidArgumentError(`${SOFT_DTW}: expected attrs { gamma, band?, lengthsX?, lengthsY? }, got ${String(attrs)}. Pass e.g. { gamma: 1 }.`);
  }
  const gamma = resolveGamma(SOFT_DTW, attrs.gamma);
  const radius = resolveBand(SOFT_DTW, attrs.band);
  const lengthsX = readLengths('lengthsX', attrs.lengthsX, shape, batch, n);
  const lengthsY = readLengths('lengthsY', attrs.lengthsY, shape, batch, m);
  for (let k = 0; k < batch; k++) {
    const nk = lengthsX === null ? n : lengthsX[k];
    const mk = lengthsY === null ? m : lengthsY[k];
    checkBandFits(SOFT_DTW, radius, nk, mk, batch === 1 ? 'the rows and columns of D' : `item ${k} of D`);
  }
  return { batch, n, m, lengthsX, lengthsY, gamma, radius };
}

function readLengths(name: string, lengths: unknown, shape: readonly number[], batch: number, max: number): Int32Array | null {
  if (lengths === undefined) return null;
  if (shape.length !== 3) {
    throw new InvalidArgumentError(
      `${SOFT_DTW}: expected ${name} only with a batched D of shape [b, n, m], got D of shape [${shape.join(', ')}]. ` +
        `Slice the matrix instead, or add a batch dimension.`,
    );
  }
  if (!Array.isArray(lengths) || lengths.length !== batch) {
    throw new InvalidArgumentError(
      `${SOFT_DTW}: expected ${name} to be an array of ${batch} lengths (one per item), got ${Array.isArray(lengths) ? `${lengths.length} entries` : typeof lengths}. ` +
        `Give the true length of every item.`,
    );
  }
  const out = new Int32Array(batch);
  for (let k = 0; k < batch; k++) {
    const length: unknown = lengths[k];
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 1 || length > max) {
      throw new InvalidArgumentError(
        `${SOFT_DTW}: expected ${name}[${k}] to be an integer in [1, ${max}], got ${String(length)}. ` +
          `Lengths count the valid rows (lengthsX) or columns (lengthsY) of each padded item.`,
      );
    }
    out[k] = length;
  }
  return out;
}

function float64Costs(D: Tensor): Float64Array {
  const data = D.data instanceof Float64Array ? D.data : Float64Array.from(D.data);
  for (let k = 0; k < data.length; k++) {
    if (!Number.isFinite(data[k])) {
      const m = D.shape[D.rank - 1];
      const n = D.shape[D.rank - 2];
      const item = Math.floor(k / (n * m));
      const place = D.rank === 3 ? `item ${item}, row ${Math.floor(k / m) % n}, column ${k % m}` : `row ${Math.floor(k / m)}, column ${k % m}`;
      throw new NonFiniteValueError(
        `${SOFT_DTW}: expected finite costs in D, got ${String(data[k])} at ${place}. ` +
          `Check the series and the cost function for NaN/Infinity (use a band to forbid cells).`,
      );
    }
  }
  return data;
}

function valuesTensor(values: Float64Array, D: Tensor): Tensor {
  for (let k = 0; k < values.length; k++) checkFiniteResult(SOFT_DTW, values[k], 'the soft-DTW value');
  const data = D.dtype === 'float32' ? Float32Array.from(values) : values;
  return new Tensor(data, D.shape.slice(0, -2));
}

/**
 * The 'cpu' kernel of SoftDtw (also the primitive's reference forward): values only.
 *
 * @param _backend - the active backend (unused)
 * @param inputs - { D: [n, m] | [b, n, m] }
 * @param attrs - { gamma, band?, lengthsX?, lengthsY? }
 * @returns values: [] or [b], D's dtype
 * @example
 * softDtwKernel(getBackend(), { D: tensor([[0, 1], [1, 0]]) }, { gamma: 0 }).item(); // 0
 */
export function softDtwKernel(_backend: Backend, { D }: SoftDtwInputs, attrs: SoftDtwAttrs): Tensor {
  const problem = softDtwProblem(D.shape, attrs);
  return valuesTensor(softDtwCostForward(float64Costs(D), problem, false).values, D);
}

/**
 * The 'cpu' kernel SoftDtwWithResiduals: values and the residuals of the backward pass
 * (24 B per band cell for γ > 0, 1 B for γ = 0).
 *
 * @param _backend - the active backend (unused)
 * @param inputs - { D }
 * @param attrs - SoftDtw attrs
 * @returns { value, residuals }
 * @example
 * softDtwWithResidualsKernel(getBackend(), { D: tensor([[0]]) }, { gamma: 1 }).value.item(); // 0
 */
export function softDtwWithResidualsKernel(_backend: Backend, { D }: SoftDtwInputs, attrs: SoftDtwAttrs): SoftDtwWithResidualsOutput {
  const problem = softDtwProblem(D.shape, attrs);
  const { values, residuals } = softDtwCostForward(float64Costs(D), problem, true);
  return { value: valuesTensor(values, D), residuals: residuals! };
}

/**
 * The 'cpu' kernel SoftDtwGrad: E = ∂value/∂D from the residuals, in D's shape (float64).
 *
 * @param _backend - the active backend (unused)
 * @param inputs - { residuals, shape }
 * @param _attrs - SoftDtw attrs (the residuals already hold what they imply)
 * @returns E, entries in [0, 1], zero outside each item's block and the band
 * @example
 * const { residuals } = softDtwWithResidualsKernel(be, { D }, { gamma: 1 });
 * softDtwGradKernel(be, { residuals, shape: D.shape }, { gamma: 1 });
 */
export function softDtwGradKernel(_backend: Backend, { residuals, shape }: SoftDtwGradInputs, _attrs: SoftDtwAttrs): Tensor {
  return new Tensor(softDtwCostBackward(residuals), shape);
}

/**
 * Soft-DTW over cost matrices as an autodiff primitive: `SoftDtw({ D }, { gamma, band?, lengthsX?, lengthsY? })`.
 *
 * @param inputs - { D: [n, m] | [b, n, m] }
 * @param attrs - { gamma ≥ 0, band?, lengthsX?, lengthsY? }
 * @returns value [] or values [b]; ∂value/∂D = E (the expected alignment), times the cotangent
 * @see https://arxiv.org/abs/1703.01541
 * @example
 * grad((D: Tensor) => SoftDtw({ D }, { gamma: 1 }))(tensor([[0, 1], [1, 0]])); // E
 */
export const SoftDtw: Primitive<SoftDtwInputs, SoftDtwAttrs, SoftDtwSaved> = definePrimitive<'D', SoftDtwAttrs, SoftDtwSaved>({
  name: SOFT_DTW,
  inputNames: ['D'],
  inferShape: ({ D }, attrs) => {
    softDtwProblem(D.shape, attrs);
    return { shape: D.shape.slice(0, -2), dtype: D.dtype };
  },
  forward: softDtwKernel,
  vjp: {
    fwd: (backend, { D }, attrs) => {
      const kernel = kernelFor<SoftDtwInputs, SoftDtwAttrs, SoftDtwWithResidualsOutput>(SOFT_DTW_WITH_RESIDUALS, backend);
      const { value, residuals } = kernel(backend, { D }, attrs);
      return [value, { residuals, shape: D.shape }];
    },
    bwd: (backend, saved, ct, attrs) => {
      const kernel = kernelFor<SoftDtwGradInputs, SoftDtwAttrs, Tensor>(SOFT_DTW_GRAD, backend);
      const E = kernel(backend, { residuals: saved.residuals, shape: saved.shape }, attrs);
      return { D: scaleItems(E, ct) };
    },
  },
}, { override: RELOADED });

/** ∂L/∂D_k = ct_k · E_k: each n × m block of E scaled by its item's cotangent. */
function scaleItems(E: Tensor, ct: Tensor): Tensor {
  const blockSize = E.size / ct.size;
  const out = ct.dtype === 'float32' && E.dtype === 'float32' ? new Float32Array(E.size) : new Float64Array(E.size);
  for (let k = 0; k < ct.size; k++) {
    const scale = ct.data[k];
    const start = k * blockSize;
    for (let c = start; c < start + blockSize; c++) out[c] = E.data[c] * scale;
  }
  return new Tensor(out, E.shape);
}
