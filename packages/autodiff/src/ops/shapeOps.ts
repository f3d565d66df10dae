/**
 * Shape primitives (values are moved, never combined) and their derivative rules.
 *
 * | primitive   | forward                              | VJP                                         |
 * |-------------|--------------------------------------|---------------------------------------------|
 * | Reshape     | same values, new shape (no copy)     | reshape ct back                             |
 * | Transpose   | out axis i = in axis perm[i]         | transpose ct by the inverse permutation     |
 * | Slice       | block [begin, begin + size)          | Pad ct with zeros back to x's shape         |
 * | Pad         | zeros around x                       | Slice ct back to x's block                  |
 * | Concat      | join inputs along one axis           | Slice ct into one piece per input           |
 * | BroadcastTo | repeat along size-1 / new axes       | sum ct over the repeated axes (sumToShape)  |
 *
 * Composites: expandDims, squeeze (reshapes), stack (expandDims + concat), sumToShape (sum + reshape).
 * Axes may be negative (counted from the end) in every public function; the primitives receive
 * normalised attrs.
 */
import { InvalidArgumentError, ShapeError } from '../errors.js';
import { BroadcastTo, Concat, Pad, Reshape, Slice, Transpose, type AxisAttrs, type PadAttrs, type ReshapeAttrs, type SliceAttrs, type TransposeAttrs, type UnaryInputs, type VariadicInputs } from '../primitiveNames.js';
import { definePrimitive } from '../primitive/definePrimitive.js';
import { broadcastShapes, broadcastStrides } from '../shape/broadcastShapes.js';
import { normalizeAxes, normalizeAxis } from '../shape/normalizeAxes.js';
import { stridedOffsets } from '../shape/stridedOffsets.js';
import type { TensorSpec } from '../tape/TapeNode.js';
import { allocate, promoteDTypes } from '../tensor/DType.js';
import { checkShape, formatShape, shapeSize, shapesEqual, stridesOf, type Shape } from '../tensor/Shape.js';
import { describeValue, isTensor, Tensor } from '../tensor/Tensor.js';
import { sum } from './reductions.js';
import { toTensor, type TensorLike } from './toTensor.js';

// ── Reshape ──────────────────────────────────────────────────────────────────────────────────

/** The Reshape primitive; use {@link reshape}. */
export const ReshapePrimitive = definePrimitive({
  name: Reshape,
  inputNames: ['x'],
  inferShape: ({ x }, { shape }: ReshapeAttrs) => {
    if (shapeSize(shape) !== shapeSize(x.shape)) {
      throw new ShapeError(
        `reshape: expected a shape with ${shapeSize(x.shape)} elements like ${formatShape(x.shape)}, got ${formatShape(shape)} (${shapeSize(shape)} elements). Keep the element count, or use -1 for one inferred dimension.`,
      );
    }
    return { shape, dtype: x.dtype };
  },
  forward: (_backend, { x }: UnaryInputs, { shape }: ReshapeAttrs) => new Tensor(x.data, shape),
  vjp: {
    fwd: (_backend, { x }, { shape }) => [new Tensor(x.data, shape), { inputShape: x.shape }],
    bwd: (_backend, { inputShape }, ct) => ({ x: reshape(ct, inputShape) }),
  },
});

/**
 * Same values in a new shape (no copy). One dimension may be −1: it is inferred.
 *
 * @param x - any shape
 * @param shape - target shape with the same element count (one −1 allowed)
 * @returns a tensor of `shape`
 * @example
 * ```ts
 * reshape(tensor([1, 2, 3, 4, 5, 6]), [2, -1]).shape; // [2, 3]
 * ```
 */
export function reshape(x: TensorLike, shape: Shape): Tensor {
  const t = toTensor(x, 'reshape');
  const resolved = resolveReshape(t.shape, shape);
  return shapesEqual(resolved, t.shape) ? t : ReshapePrimitive({ x: t }, { shape: resolved });
}

function resolveReshape(from: Shape, requested: Shape): number[] {
  if (!Array.isArray(requested)) checkShape(requested, 'reshape');
  const inferred = requested.filter((dim) => dim === -1).length;
  if (inferred > 1) {
    throw new ShapeError(`reshape: expected at most one -1 dimension, got ${formatShape(requested)}. Give all but one dimension explicitly.`);
  }
  const known = checkShape(requested.filter((dim) => dim !== -1), 'reshape');
  if (inferred === 0) return [...requested];
  const size = shapeSize(from);
  const knownSize = shapeSize(known);
  if (knownSize === 0 || size % knownSize !== 0) {
    throw new ShapeError(
      `reshape: expected the known dimensions of ${formatShape(requested)} to divide the ${size} elements of ${formatShape(from)}, got a product of ${knownSize}. Fix the target shape.`,
    );
  }
  return requested.map((dim) => (dim === -1 ? size / knownSize : dim));
}

// ── Transpose ────────────────────────────────────────────────────────────────────────────────

function transposeValues(x: Tensor, perm: readonly number[]): Tensor {
  const inputStrides = stridesOf(x.shape);
  const shape = perm.map((axis) => x.shape[axis]);
  const offsets = stridedOffsets(shape, perm.map((axis) => inputStrides[axis]));
  const out = allocate(x.dtype, x.size);
  for (let i = 0; i < out.length; i++) out[i] = x.data[offsets[i]];
  return new Tensor(out, shape);
}

function inversePermutation(perm: readonly number[]): number[] {
  const inverse = new Array<number>(perm.length);
  perm.forEach((axis, i) => (inverse[axis] = i));
  return inverse;
}

function checkPermutation(perm: readonly number[], rank: number): number[] {
  if (!Array.isArray(perm) || perm.length !== rank) {
    throw new InvalidArgumentError(`transpose: expected a permutation of ${rank} axes, got ${Array.isArray(perm) ? `[${perm.join(', ')}]` : describeValue(perm)}. List every axis once.`);
  }
  const resolved = perm.map((axis) => normalizeAxis(axis, rank, 'transpose'));
  if (new Set(resolved).size !== rank) {
    throw new InvalidArgumentError(`transpose: expected a permutation of ${rank} axes, got [${perm.join(', ')}] with a repeated axis. List every axis once.`);
  }
  return resolved;
}

/** The Transpose primitive; use {@link transpose}. */
export const TransposePrimitive = definePrimitive({
  name: Transpose,
  inputNames: ['x'],
  inferShape: ({ x }, { perm }: TransposeAttrs) => ({ shape: checkPermutation(perm, x.shape.length).map((axis) => x.shape[axis]), dtype: x.dtype }),
  forward: (_backend, { x }: UnaryInputs, { perm }: TransposeAttrs) => transposeValues(x, perm),
  vjp: {
    fwd: (_backend, { x }, { perm }) => [transposeValues(x, perm), {}],
    bwd: (_backend, _residuals, ct, { perm }) => ({ x: transpose(ct, inversePermutation(perm)) }),
  },
});

/**
 * Permutes axes: output axis i is input axis `perm[i]`. Default: reverse all axes (matrix transpose).
 *
 * @param x - any shape
 * @param perm - a permutation of the axes (negative allowed); default reversed
 * @returns shape `perm.map(i => x.shape[i])`
 * @example
 * ```ts
 * transpose(tensor([[1, 2, 3]])).toArray(); // [[1], [2], [3]]
 * ```
 */
export function transpose(x: TensorLike, perm?: readonly number[]): Tensor {
  const t = toTensor(x, 'transpose');
  const resolved = perm === undefined ? t.shape.map((_, i) => t.rank - 1 - i) : checkPermutation(perm, t.rank);
  return resolved.every((axis, i) => axis === i) ? t : TransposePrimitive({ x: t }, { perm: resolved });
}

// ── Slice and Pad ────────────────────────────────────────────────────────────────────────────

function sliceValues(x: Tensor, begin: readonly number[], size: readonly number[]): Tensor {
  const strides = stridesOf(x.shape);
  const base = begin.reduce((offset, start, axis) => offset + start * strides[axis], 0);
  const offsets = stridedOffsets(size, strides, base);
  const out = allocate(x.dtype, offsets.length);
  for (let i = 0; i < out.length; i++) out[i] = x.data[offsets[i]];
  return new Tensor(out, size);
}

function checkSliceAttrs(shape: Shape, { begin, size }: SliceAttrs): void {
  const valid =
    Array.isArray(begin) &&
    Array.isArray(size) &&
    begin.length === shape.length &&
    size.length === shape.length &&
    shape.every((dim, axis) => Number.isInteger(begin[axis]) && Number.isInteger(size[axis]) && begin[axis] >= 0 && size[axis] >= 0 && begin[axis] + size[axis] <= dim);
  if (!valid) {
    throw new ShapeError(
      `slice: expected begin and size inside ${formatShape(shape)}, got begin [${String(begin)}] and size [${String(size)}]. Keep 0 ≤ begin and begin + size ≤ dimension on every axis.`,
    );
  }
}

/** The Slice primitive; use {@link slice}. */
export const SlicePrimitive = definePrimitive({
  name: Slice,
  inputNames: ['x'],
  inferShape: ({ x }, attrs: SliceAttrs) => {
    checkSliceAttrs(x.shape, attrs);
    return { shape: [...attrs.size], dtype: x.dtype };
  },
  forward: (_backend, { x }: UnaryInputs, { begin, size }: SliceAttrs) => sliceValues(x, begin, size),
  vjp: {
    fwd: (_backend, { x }, { begin, size }) => [sliceValues(x, begin, size), { inputShape: x.shape }],
    bwd: (_backend, { inputShape }, ct, { begin, size }) => ({
      x: pad(ct, inputShape.map((dim, axis): [number, number] => [begin[axis], dim - begin[axis] - size[axis]])),
    }),
  },
});

/**
 * A contiguous block: `size[i]` elements from `begin[i]` on each axis. Missing trailing axes are taken whole.
 *
 * @param x - any shape
 * @param begin - start index per axis (0 ≤ begin ≤ dimension)
 * @param size - length per axis; −1 = to the end
 * @returns shape `size` (with −1 resolved)
 * @example
 * ```ts
 * slice(tensor([[1, 2, 3], [4, 5, 6]]), [0, 1], [2, -1]).toArray(); // [[2, 3], [5, 6]]
 * ```
 */
export function slice(x: TensorLike, begin: readonly number[], size: readonly number[]): Tensor {
  const t = toTensor(x, 'slice');
  if (!Array.isArray(begin) || !Array.isArray(size) || begin.length > t.rank || size.length > t.rank) {
    throw new ShapeError(`slice: expected begin and size with at most ${t.rank} entries for shape ${formatShape(t.shape)}, got ${describeValue(begin)} and ${describeValue(size)}. Pass one entry per axis.`);
  }
  const fullBegin = t.shape.map((_, axis) => begin[axis] ?? 0);
  const fullSize = t.shape.map((dim, axis) => {
    const requested = size[axis] ?? -1;
    return requested === -1 ? dim - fullBegin[axis] : requested;
  });
  return SlicePrimitive({ x: t }, { begin: fullBegin, size: fullSize });
}

function padValues(x: Tensor, paddings: PadAttrs['paddings']): Tensor {
  const shape = x.shape.map((dim, axis) => paddings[axis][0] + dim + paddings[axis][1]);
  const outStrides = stridesOf(shape);
  const base = paddings.reduce((offset, [before], axis) => offset + before * outStrides[axis], 0);
  const targets = stridedOffsets(x.shape, outStrides, base);
  const out = allocate(x.dtype, shapeSize(shape));
  for (let i = 0; i < x.size; i++) out[targets[i]] = x.data[i];
  return new Tensor(out, shape);
}

/** The Pad primitive; use {@link pad}. */
export const PadPrimitive = definePrimitive({
  name: Pad,
  inputNames: ['x'],
  inferShape: ({ x }, { paddings }: PadAttrs) => {
    const valid =
      Array.isArray(paddings) &&
      paddings.length === x.shape.length &&
      paddings.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((n) => Number.isInteger(n) && n >= 0));
    if (!valid) {
      throw new ShapeError(`pad: expected one [before, after] pair of non-negative integers per axis of ${formatShape(x.shape)}, got ${JSON.stringify(paddings)}. Pass e.g. [[0, 0], [1, 2]].`);
    }
    return { shape: x.shape.map((dim, axis) => paddings[axis][0] + dim + paddings[axis][1]), dtype: x.dtype };
  },
  forward: (_backend, { x }: UnaryInputs, { paddings }: PadAttrs) => padValues(x, paddings),
  vjp: {
    fwd: (_backend, { x }, { paddings }) => [padValues(x, paddings), { inputShape: x.shape }],
    bwd: (_backend, { inputShape }, ct, { paddings }) => ({ x: slice(ct, paddings.map(([before]) => before), inputShape) }),
  },
});

/**
 * Surrounds x with zeros: `paddings[i] = [before, after]` on axis i.
 *
 * @param x - any shape
 * @param paddings - one `[before, after]` pair of non-negative integers per axis
 * @returns shape `before + dim + after` per axis
 * @example
 * ```ts
 * pad(tensor([1, 2]), [[1, 0]]).toArray(); // [0, 1, 2]
 * ```
 */
export function pad(x: TensorLike, paddings: readonly (readonly [number, number])[]): Tensor {
  return PadPrimitive({ x: toTensor(x, 'pad') }, { paddings });
}

// ── Concat and Stack ─────────────────────────────────────────────────────────────────────────

function concatSpec(inputs: readonly TensorSpec[], axis: number): TensorSpec {
  const first = inputs[0];
  if (first === undefined) {
    throw new InvalidArgumentError('concat: expected at least one tensor, got none. Pass a non-empty list.');
  }
  if (!Number.isInteger(axis) || axis < 0 || axis >= first.shape.length) {
    throw new InvalidArgumentError(`concat: expected an axis in [0, ${first.shape.length - 1}], got ${axis}. Use a valid axis.`);
  }
  let length = 0;
  for (const input of inputs) {
    const compatible = input.shape.length === first.shape.length && input.shape.every((dim, i) => i === axis || dim === first.shape[i]);
    if (!compatible) {
      throw new ShapeError(
        `concat: expected shapes equal except on axis ${axis}, got ${inputs.map((t) => formatShape(t.shape)).join(', ')}. Reshape the inputs to match.`,
      );
    }
    length += input.shape[axis];
  }
  const shape = first.shape.slice();
  shape[axis] = length;
  return { shape, dtype: promoteDTypes(...inputs.map((t) => t.dtype)) };
}

function concatValues(inputs: readonly Tensor[], axis: number): Tensor {
  const { shape, dtype } = concatSpec(inputs, axis);
  const out = allocate(dtype, shapeSize(shape));
  const outer = shapeSize(shape.slice(0, axis));
  const inner = shapeSize(shape.slice(axis + 1));
  const outRow = shape[axis] * inner;
  let rowOffset = 0;
  for (const input of inputs) {
    const inRow = input.shape[axis] * inner;
    for (let o = 0; o < outer; o++) out.set(input.data.subarray(o * inRow, (o + 1) * inRow), o * outRow + rowOffset);
    rowOffset += inRow;
  }
  return new Tensor(out, shape);
}

/** The Concat primitive; use {@link concat}. Inputs are keyed `'0'`, `'1'`, ... in order. */
export const ConcatPrimitive = definePrimitive({
  name: Concat,
  inputNames: [],
  variadicInputs: true,
  inferShape: (inputs, { axis }: AxisAttrs) => concatSpec(Object.values(inputs), axis),
  forward: (_backend, inputs: VariadicInputs, { axis }: AxisAttrs) => concatValues(Object.values(inputs), axis),
  vjp: {
    fwd: (_backend, inputs: VariadicInputs, { axis }) => [
      concatValues(Object.values(inputs), axis),
      { inputShapes: Object.entries(inputs).map(([key, t]) => [key, t.shape] as const) },
    ],
    bwd: (_backend, { inputShapes }, ct, { axis }) => {
      const cotangents: Record<string, Tensor> = {};
      let start = 0;
      for (const [key, shape] of inputShapes) {
        const begin = shape.map((_, i) => (i === axis ? start : 0));
        cotangents[key] = slice(ct, begin, shape);
        start += shape[axis];
      }
      return cotangents;
    },
  },
});

/**
 * Joins tensors along an existing axis.
 *
 * @param xs - tensors with equal shapes except on `axis` (dtype promoted)
 * @param axis - the joining axis (negative allowed), default 0
 * @returns the joined tensor
 * @example
 * ```ts
 * concat([tensor([1, 2]), tensor([3])], 0).toArray(); // [1, 2, 3]
 * ```
 */
export function concat(xs: readonly Tensor[], axis = 0): Tensor {
  if (!Array.isArray(xs) || xs.length === 0 || !xs.every(isTensor)) {
    throw new InvalidArgumentError(`concat: expected a non-empty array of Tensors, got ${describeValue(xs)}. Pass e.g. [a, b].`);
  }
  const inputs: VariadicInputs = {};
  xs.forEach((t, i) => (inputs[String(i)] = t));
  return ConcatPrimitive(inputs, { axis: normalizeAxis(axis, xs[0].rank, 'concat') });
}

/**
 * Stacks equal-shape tensors along a new axis (composite: expandDims + concat).
 *
 * @param xs - tensors of one shape
 * @param axis - position of the new axis in the result (negative allowed), default 0
 * @returns rank + 1 tensor
 * @example
 * ```ts
 * stack([tensor([1, 2]), tensor([3, 4])], 1).toArray(); // [[1, 3], [2, 4]]
 * ```
 */
export function stack(xs: readonly Tensor[], axis = 0): Tensor {
  if (!Array.isArray(xs) || xs.length === 0 || !xs.every(isTensor)) {
    throw new InvalidArgumentError(`stack: expected a non-empty array of Tensors, got ${describeValue(xs)}. Pass e.g. [a, b].`);
  }
  const resolved = normalizeAxis(axis, xs[0].rank + 1, 'stack');
  for (const t of xs) {
    if (!shapesEqual(t.shape, xs[0].shape)) {
      throw new ShapeError(`stack: expected tensors of one shape, got ${xs.map((x) => formatShape(x.shape)).join(', ')}. Reshape or pad them to one shape.`);
    }
  }
  return concat(xs.map((t) => expandDims(t, resolved)), resolved);
}

// ── Broadcasting ─────────────────────────────────────────────────────────────────────────────

function broadcastValues(x: Tensor, shape: Shape): Tensor {
  const offsets = stridedOffsets(shape, broadcastStrides(x.shape, shape));
  const out = allocate(x.dtype, offsets.length);
  for (let i = 0; i < out.length; i++) out[i] = x.data[offsets[i]];
  return new Tensor(out, shape);
}

function broadcastToSpec(x: TensorSpec, shape: Shape): TensorSpec {
  const checked = checkShape(shape, 'broadcastTo');
  const result = broadcastShapes([x.shape, checked], 'broadcastTo');
  if (!shapesEqual(result, checked)) {
    throw new ShapeError(`broadcastTo: expected a shape that ${formatShape(x.shape)} broadcasts to, got ${formatShape(checked)}. Only size-1 and missing leading axes can grow.`);
  }
  return { shape: checked, dtype: x.dtype };
}

/** The BroadcastTo primitive; use {@link broadcastTo}. */
export const BroadcastToPrimitive = definePrimitive({
  name: BroadcastTo,
  inputNames: ['x'],
  inferShape: ({ x }, { shape }: ReshapeAttrs) => broadcastToSpec(x, shape),
  forward: (_backend, { x }: UnaryInputs, { shape }: ReshapeAttrs) => broadcastValues(x, shape),
  vjp: {
    fwd: (_backend, { x }, { shape }) => [broadcastValues(x, shape), { inputShape: x.shape }],
    bwd: (_backend, { inputShape }, ct) => ({ x: sumToShape(ct, inputShape) }),
  },
});

/**
 * Repeats x along size-1 axes and new leading axes to reach `shape` (numpy broadcasting).
 *
 * @param x - any shape broadcastable to `shape`
 * @param shape - target shape
 * @returns a tensor of `shape`
 * @example
 * ```ts
 * broadcastTo(tensor([1, 2]), [2, 2]).toArray(); // [[1, 2], [1, 2]]
 * ```
 */
export function broadcastTo(x: TensorLike, shape: Shape): Tensor {
  const t = toTensor(x, 'broadcastTo');
  return shapesEqual(t.shape, shape) ? t : BroadcastToPrimitive({ x: t }, { shape: checkShape(shape, 'broadcastTo') });
}

/**
 * Sums x down to `shape`, the adjoint of `broadcastTo(·, x.shape)`: sums over leading extra
 * axes and over axes where `shape` has 1 (used by every broadcasting VJP).
 *
 * @param x - any shape
 * @param shape - a shape that broadcasts to x's shape
 * @returns a tensor of `shape`
 * @example
 * ```ts
 * sumToShape(tensor([[1, 2], [3, 4]]), [2]).toArray(); // [4, 6]
 * ```
 */
export function sumToShape(x: TensorLike, shape: Shape): Tensor {
  const t = toTensor(x, 'sumToShape');
  if (shapesEqual(t.shape, shape)) return t;
  const lead = t.rank - shape.length;
  const compatible = lead >= 0 && shape.every((dim, i) => dim === t.shape[lead + i] || dim === 1);
  if (!compatible) {
    throw new ShapeError(`sumToShape: expected a shape that broadcasts to ${formatShape(t.shape)}, got ${formatShape(shape)}. Pass the shape of an operand that was broadcast.`);
  }
  const axes: number[] = [];
  for (let axis = 0; axis < t.rank; axis++) if (axis < lead || (shape[axis - lead] === 1 && t.shape[axis] !== 1)) axes.push(axis);
  return reshape(sum(t, axes, true), shape);
}

// ── Axis insertion and removal ───────────────────────────────────────────────────────────────

/**
 * Inserts length-1 axes (composite: reshape). Axes are positions in the result; negative count from its end.
 *
 * @param x - any shape
 * @param axis - one position or a list, in [−(rank + n), rank + n − 1] for n new axes
 * @returns rank + n tensor
 * @example
 * ```ts
 * expandDims(tensor([1, 2]), -1).shape; // [2, 1]
 * ```
 */
export function expandDims(x: TensorLike, axis: number | readonly number[]): Tensor {
  const t = toTensor(x, 'expandDims');
  const list = typeof axis === 'number' ? [axis] : axis;
  const newAxes = normalizeAxes(list, t.rank + list.length, 'expandDims');
  const shape: number[] = [];
  let source = 0;
  for (let out = 0; out < t.rank + newAxes.length; out++) shape.push(newAxes.includes(out) ? 1 : t.shape[source++]);
  return reshape(t, shape);
}

/**
 * Removes length-1 axes (composite: reshape): the given ones, or all of them.
 *
 * @param x - any shape
 * @param axis - axes to remove (each must have length 1); default every length-1 axis
 * @returns the tensor without those axes
 * @throws ShapeError when a named axis does not have length 1
 * @example
 * ```ts
 * squeeze(tensor([[1], [2]])).shape; // [2]
 * ```
 */
export function squeeze(x: TensorLike, axis?: number | readonly number[]): Tensor {
  const t = toTensor(x, 'squeeze');
  const axes = axis === undefined ? t.shape.flatMap((dim, i) => (dim === 1 ? [i] : [])) : normalizeAxes(axis, t.rank, 'squeeze');
  for (const a of axes) {
    if (t.shape[a] !== 1) {
      throw new ShapeError(`squeeze: expected axis ${a} to have length 1, got ${t.shape[a]} in shape ${formatShape(t.shape)}. Only length-1 axes can be removed.`);
    }
  }
  return reshape(t, t.shape.filter((_, i) => !axes.includes(i)));
}
