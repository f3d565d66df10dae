/**
 * The SquaredEuclideanCost primitive: the cost matrix of soft-DTW as an autodiff op with its own
 * VJP (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, the cost δ(x_i, y_j) = ‖x_i − y_j‖²).
 *
 *     X [n, p] (or [n] = p 1), Y [m, p] (or [m])  →  D [n, m]
 *     X [b, n, p], Y [b, m, p]                     →  D [b, n, m]
 *     vjp (G = ∂L/∂D):  ∂L/∂X_i = Σ_j G_ij · 2 (X_i − Y_j),   ∂L/∂Y_j = Σ_i G_ij · 2 (Y_j − X_i)
 *
 * Computed in float64 (float32 only when both inputs are float32). The 'cpu' kernels are below
 * and registered in registerCpuKernels.ts; the backward is its own kernel (SquaredEuclideanCostGrad).
 */
import { definePrimitive, Tensor, type Backend, type DType, type Primitive } from '@softdtw/autodiff';
import { squaredEuclideanCostMatrix, squaredEuclideanCostMatrixVjp } from '../cpu/squaredEuclideanCostMatrix.js';
import { ShapeError } from '../errors.js';
import { RELOADED } from '../singleCopyGuard.js';
import { kernelFor } from './kernelFor.js';
import {
  SQUARED_EUCLIDEAN_COST,
  SQUARED_EUCLIDEAN_COST_GRAD,
  type SquaredEuclideanCostGradInputs,
  type SquaredEuclideanCostGradOutput,
  type SquaredEuclideanCostInputs,
} from './primitiveNames.js';

/** Batch, lengths and features of a SquaredEuclideanCost call. */
interface CostGeometry {
  readonly batch: number;
  readonly n: number;
  readonly m: number;
  readonly p: number;
  /** Output shape: [n, m] or [b, n, m]. */
  readonly shape: readonly number[];
}

function describeShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/**
 * Validates the input shapes of SquaredEuclideanCost.
 *
 * @param xShape - [n], [n, p] or [b, n, p]
 * @param yShape - [m], [m, p] or [b, m, p]
 * @returns batch, n, m, p and the output shape
 * @throws ShapeError on incompatible shapes
 * @example
 * costGeometry([5, 2], [7, 2]); // { batch: 1, n: 5, m: 7, p: 2, shape: [5, 7] }
 */
export function costGeometry(xShape: readonly number[], yShape: readonly number[]): CostGeometry {
  const batched = xShape.length === 3 || yShape.length === 3;
  if (batched) {
    if (xShape.length !== 3 || yShape.length !== 3 || xShape[0] !== yShape[0] || xShape[2] !== yShape[2]) {
      throw new ShapeError(
        `${SQUARED_EUCLIDEAN_COST}: expected X [b, n, p] and Y [b, m, p] with the same b and p, got ${describeShape(xShape)} and ${describeShape(yShape)}. ` +
          `Stack the series of a batch to equal lengths (pad) and give both sides a batch dimension.`,
      );
    }
    return { batch: xShape[0], n: xShape[1], m: yShape[1], p: xShape[2], shape: [xShape[0], xShape[1], yShape[1]] };
  }
  const ok = (s: readonly number[]) => s.length === 1 || s.length === 2;
  const features = (s: readonly number[]) => (s.length === 1 ? 1 : s[1]);
  if (!ok(xShape) || !ok(yShape) || features(xShape) !== features(yShape)) {
    throw new ShapeError(
      `${SQUARED_EUCLIDEAN_COST}: expected X [n, p] (or [n]) and Y [m, p] (or [m]) with the same p, got ${describeShape(xShape)} and ${describeShape(yShape)}. ` +
        `Give every time step the same number of features.`,
    );
  }
  return { batch: 1, n: xShape[0], m: yShape[0], p: features(xShape), shape: [xShape[0], yShape[0]] };
}

function float64(t: Tensor): Float64Array {
  return t.data instanceof Float64Array ? t.data : Float64Array.from(t.data);
}

function outputDType(a: DType, b: DType): DType {
  return a === 'float32' && b === 'float32' ? 'float32' : 'float64';
}

function withDType(data: Float64Array, dtype: DType, shape: readonly number[]): Tensor {
  return new Tensor(dtype === 'float32' ? Float32Array.from(data) : data, shape);
}

/**
 * The 'cpu' kernel of SquaredEuclideanCost (also its reference forward).
 *
 * @param _backend - the active backend (unused)
 * @param inputs - { X, Y }
 * @returns D: [n, m] or [b, n, m]
 * @example
 * squaredEuclideanCostKernel(getBackend(), { X: tensor([0, 1]), Y: tensor([0, 2]) }).toArray(); // [[0, 4], [1, 1]]
 */
export function squaredEuclideanCostKernel(_backend: Backend, { X, Y }: SquaredEuclideanCostInputs): Tensor {
  const { batch, n, m, p, shape } = costGeometry(X.shape, Y.shape);
  const D = squaredEuclideanCostMatrix(float64(X), float64(Y), batch, n, m, p);
  return withDType(D, outputDType(X.dtype, Y.dtype), shape);
}

/**
 * The 'cpu' kernel SquaredEuclideanCostGrad: cotangents of X and Y from the cotangent G of D.
 *
 * @param _backend - the active backend (unused)
 * @param inputs - { X, Y, G }
 * @returns { X, Y } cotangents shaped like X and Y
 * @example
 * squaredEuclideanCostGradKernel(be, { X: tensor([1]), Y: tensor([0]), G: tensor([[1]]) }); // { X: [2], Y: [-2] }
 */
export function squaredEuclideanCostGradKernel(_backend: Backend, { X, Y, G }: SquaredEuclideanCostGradInputs): SquaredEuclideanCostGradOutput {
  const { batch, n, m, p } = costGeometry(X.shape, Y.shape);
  const { gradX, gradY } = squaredEuclideanCostMatrixVjp(float64(X), float64(Y), float64(G), batch, n, m, p);
  return { X: withDType(gradX, X.dtype, X.shape), Y: withDType(gradY, Y.dtype, Y.shape) };
}

/**
 * The squared Euclidean cost matrix as an autodiff primitive: `SquaredEuclideanCost({ X, Y })`.
 *
 * @param inputs - { X: [n] | [n, p] | [b, n, p], Y: [m] | [m, p] | [b, m, p] }
 * @returns D = ‖X_i − Y_j‖²: [n, m] or [b, n, m]
 * @example
 * SquaredEuclideanCost({ X: tensor([[0], [1]]), Y: tensor([[0], [2]]) }).toArray(); // [[0, 4], [1, 1]]
 */
export const SquaredEuclideanCost: Primitive<SquaredEuclideanCostInputs, Record<never, never>, SquaredEuclideanCostInputs> = definePrimitive<'X' | 'Y', Record<never, never>, SquaredEuclideanCostInputs>({
  name: SQUARED_EUCLIDEAN_COST,
  inputNames: ['X', 'Y'],
  inferShape: ({ X, Y }) => ({ shape: costGeometry(X.shape, Y.shape).shape, dtype: outputDType(X.dtype, Y.dtype) }),
  forward: squaredEuclideanCostKernel,
  vjp: {
    fwd: (backend, inputs) => [kernelFor<SquaredEuclideanCostInputs, unknown, Tensor>(SQUARED_EUCLIDEAN_COST, backend)(backend, inputs, {}), inputs],
    bwd: (backend, { X, Y }, ct) => {
      const kernel = kernelFor<SquaredEuclideanCostGradInputs, unknown, SquaredEuclideanCostGradOutput>(SQUARED_EUCLIDEAN_COST_GRAD, backend);
      const cotangents = kernel(backend, { X, Y, G: ct }, {});
      return { X: cotangents.X, Y: cotangents.Y };
    },
  },
}, { override: RELOADED });
