/**
 * Reductions and their derivative rules.
 *
 * | primitive | forward              | VJP                                                            |
 * |-----------|----------------------|----------------------------------------------------------------|
 * | Sum       | Σ over axes          | ct broadcast back to x's shape                                  |
 * | Max       | max over axes        | ct · [x = max] / (number of tied maxima), broadcast back        |
 *
 * Ties in Max split the gradient evenly among the tied elements (JAX does the same), so the
 * gradient sums to ct. NaN propagates through Max (the gradient then goes nowhere).
 * Sum accumulates in float64 even for float32 tensors, then rounds once.
 * Composites: `mean` = sum / count, `min` = −max(−x), `logSumExp` with the max-shift trick.
 */
import { ShapeError } from '../errors.js';
import { Max, Sum, type ReduceAttrs, type UnaryInputs } from '../primitiveNames.js';
import { definePrimitive } from '../primitive/definePrimitive.js';
import { normalizeAxes } from '../shape/normalizeAxes.js';
import { stridedOffsets } from '../shape/stridedOffsets.js';
import { detach } from '../tape/recording.js';
import type { TensorSpec } from '../tape/TapeNode.js';
import { allocate } from '../tensor/DType.js';
import { formatShape, shapeSize, stridesOf, type Shape } from '../tensor/Shape.js';
import { Tensor } from '../tensor/Tensor.js';
import { equal, where } from './comparison.js';
import { add, div, mul, sub } from './elementwiseBinary.js';
import { exp, log, neg } from './elementwiseUnary.js';
import { broadcastTo, reshape, squeeze } from './shapeOps.js';
import { toTensor, type TensorLike } from './toTensor.js';

/** x's shape with the reduced axes set to 1. */
function keptShape(shape: Shape, axes: readonly number[]): number[] {
  return shape.map((dim, axis) => (axes.includes(axis) ? 1 : dim));
}

function reduceSpec(x: TensorSpec, { axes, keepDims }: ReduceAttrs, op: string, allowEmpty: boolean): TensorSpec {
  const checked = normalizeAxes(axes, x.shape.length, op);
  if (!allowEmpty) {
    for (const axis of checked) {
      if (x.shape[axis] === 0) {
        throw new ShapeError(`${op}: expected non-empty reduced axes, got axis ${axis} of length 0 in shape ${formatShape(x.shape)}. There is no maximum of nothing; slice or pad first.`);
      }
    }
  }
  const shape = keepDims ? keptShape(x.shape, checked) : x.shape.filter((_, axis) => !checked.includes(axis));
  return { shape, dtype: x.dtype };
}

/** Reference reduction loop: combines every element into its output slot (accumulating in float64). */
function reduceValues(x: Tensor, { axes, keepDims }: ReduceAttrs, initial: number, combine: (acc: number, value: number) => number): Tensor {
  const kept = keptShape(x.shape, axes);
  const accumulators = new Float64Array(shapeSize(kept)).fill(initial);
  const outputStrides = stridesOf(kept).map((stride, axis) => (axes.includes(axis) ? 0 : stride));
  const slots = stridedOffsets(x.shape, outputStrides);
  const values = x.data;
  for (let i = 0; i < values.length; i++) accumulators[slots[i]] = combine(accumulators[slots[i]], values[i]);
  const out = allocate(x.dtype, accumulators.length);
  out.set(accumulators);
  return new Tensor(out, keepDims ? kept : x.shape.filter((_, axis) => !axes.includes(axis)));
}

const addValues = (acc: number, value: number): number => acc + value;
const maxValues = (acc: number, value: number): number => {
  if (Number.isNaN(acc) || Number.isNaN(value)) return NaN;
  return value > acc ? value : acc;
};

/** Broadcasts a reduced cotangent (or value) back over the reduced axes of `shape`. */
function expandReduced(reduced: Tensor, shape: Shape, axes: readonly number[]): Tensor {
  return broadcastTo(reshape(reduced, keptShape(shape, axes)), shape);
}

/** The Sum primitive; use {@link sum}. */
export const SumPrimitive = definePrimitive({
  name: Sum,
  inputNames: ['x'],
  inferShape: ({ x }, attrs: ReduceAttrs) => reduceSpec(x, attrs, 'sum', true),
  forward: (_backend, { x }: UnaryInputs, attrs: ReduceAttrs) => reduceValues(x, attrs, 0, addValues),
  vjp: {
    fwd: (_backend, { x }, attrs) => [reduceValues(x, attrs, 0, addValues), { inputShape: x.shape }],
    bwd: (_backend, { inputShape }, ct, { axes }) => ({ x: expandReduced(ct, inputShape, axes) }),
  },
});

/** The Max primitive; use {@link max}. */
export const MaxPrimitive = definePrimitive({
  name: Max,
  inputNames: ['x'],
  inferShape: ({ x }, attrs: ReduceAttrs) => reduceSpec(x, attrs, 'max', false),
  forward: (_backend, { x }: UnaryInputs, attrs: ReduceAttrs) => reduceValues(x, attrs, -Infinity, maxValues),
  vjp: {
    fwd: (_backend, { x }, attrs) => {
      const out = reduceValues(x, attrs, -Infinity, maxValues);
      return [out, { x, out }];
    },
    bwd: (_backend, { x, out }, ct, { axes }) => {
      const isMax = equal(x, expandReduced(out, x.shape, axes));
      const tieCount = sum(isMax, axes, true);
      return { x: mul(expandReduced(ct, x.shape, axes), div(isMax, tieCount)) };
    },
  },
});

/**
 * Sum over axes.
 *
 * @param x - any shape
 * @param axis - one axis, a list, or omitted for all axes (negative axes count from the end)
 * @param keepDims - keep reduced axes as length-1 dimensions (default false)
 * @returns x's shape without (or with length 1 at) the reduced axes; `[]` when reducing everything
 * @example
 * ```ts
 * sum(tensor([[1, 2], [3, 4]]), 1).toArray(); // [3, 7]
 * sum(tensor([[1, 2], [3, 4]])).item();       // 10
 * ```
 */
export function sum(x: TensorLike, axis?: number | readonly number[], keepDims = false): Tensor {
  const t = toTensor(x, 'sum');
  return SumPrimitive({ x: t }, { axes: normalizeAxes(axis, t.rank, 'sum'), keepDims });
}

/**
 * Maximum over axes. Gradient: to the maximal elements, split evenly among ties.
 *
 * @param x - any shape; reduced axes must be non-empty
 * @param axis - one axis, a list, or omitted for all axes
 * @param keepDims - keep reduced axes as length-1 dimensions (default false)
 * @returns the reduced shape
 * @example
 * ```ts
 * max(tensor([[1, 5], [7, 2]]), 0).toArray(); // [7, 5]
 * ```
 */
export function max(x: TensorLike, axis?: number | readonly number[], keepDims = false): Tensor {
  const t = toTensor(x, 'max');
  return MaxPrimitive({ x: t }, { axes: normalizeAxes(axis, t.rank, 'max'), keepDims });
}

/**
 * Mean over axes (composite: sum / count). NaN when reducing an empty axis.
 *
 * @param x - any shape
 * @param axis - one axis, a list, or omitted for all axes
 * @param keepDims - keep reduced axes as length-1 dimensions (default false)
 * @returns the reduced shape
 * @example
 * ```ts
 * mean(tensor([[1, 2], [3, 4]]), 0).toArray(); // [2, 3]
 * ```
 */
export function mean(x: TensorLike, axis?: number | readonly number[], keepDims = false): Tensor {
  const t = toTensor(x, 'mean');
  const axes = normalizeAxes(axis, t.rank, 'mean');
  const count = axes.reduce((product, a) => product * t.shape[a], 1);
  return div(sum(t, axes, keepDims), count);
}

/**
 * Minimum over axes (composite: −max(−x)). Gradient: to the minimal elements, split evenly among ties.
 *
 * @param x - any shape; reduced axes must be non-empty
 * @param axis - one axis, a list, or omitted for all axes
 * @param keepDims - keep reduced axes as length-1 dimensions (default false)
 * @returns the reduced shape
 * @example
 * ```ts
 * min(tensor([3, 1, 2])).item(); // 1
 * ```
 */
export function min(x: TensorLike, axis?: number | readonly number[], keepDims = false): Tensor {
  return neg(max(neg(x), axis, keepDims));
}

/**
 * log Σ exp(x) over axes, computed stably as m + log Σ exp(x − m) with m = max(x) (treated as a
 * constant: the gradient, softmax(x), does not depend on m). Rows of all −Infinity give −Infinity.
 *
 * @param x - any shape; reduced axes must be non-empty
 * @param axis - one axis, a list, or omitted for all axes
 * @param keepDims - keep reduced axes as length-1 dimensions (default false)
 * @returns the reduced shape
 * @example
 * ```ts
 * logSumExp(tensor([1000, 1000])).item(); // 1000 + ln 2
 * ```
 */
export function logSumExp(x: TensorLike, axis?: number | readonly number[], keepDims = false): Tensor {
  const t = toTensor(x, 'logSumExp');
  const axes = normalizeAxes(axis, t.rank, 'logSumExp');
  const rowMax = max(detach(t), axes, true);
  const shift = where(equal(rowMax, -Infinity), 0, rowMax); // avoid −∞ − (−∞) = NaN
  const result = add(log(sum(exp(sub(t, shift)), axes, true)), shift);
  return keepDims ? result : squeeze(result, axes);
}
