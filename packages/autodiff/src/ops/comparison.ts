/**
 * Comparison and selection primitives.
 *
 * Comparisons broadcast like arithmetic and return 1 (true) or 0 (false) in the promoted dtype,
 * so masks multiply directly into other tensors. They are explicitly non-differentiable: their
 * outputs are piecewise constant, and a traced input simply contributes no gradient through them.
 *
 * Where(condition, x, y) picks x where condition ≠ 0 (NaN counts as true, as in JavaScript
 * `NaN !== 0`), else y, broadcasting all three. VJP: ∂x = ct where condition, ∂y = ct elsewhere;
 * condition gets no cotangent.
 */
import { Equal, Greater, GreaterEqual, Less, LessEqual, Where, type BinaryInputs, type WhereInputs } from '../primitiveNames.js';
import { definePrimitive } from '../primitive/definePrimitive.js';
import { broadcastShapes, broadcastStrides } from '../shape/broadcastShapes.js';
import { stridedOffsets } from '../shape/stridedOffsets.js';
import type { TensorSpec } from '../tape/TapeNode.js';
import { allocate, promoteDTypes } from '../tensor/DType.js';
import { shapeSize } from '../tensor/Shape.js';
import { Tensor } from '../tensor/Tensor.js';
import { broadcastSpec, zipBroadcast } from './elementwiseBinary.js';
import { sumToShape } from './shapeOps.js';
import { toTensors, type TensorLike } from './toTensor.js';

function defineComparison(name: string, publicName: string, test: (x: number, y: number) => boolean) {
  return definePrimitive({
    name,
    inputNames: ['a', 'b'],
    inferShape: ({ a, b }) => broadcastSpec(a, b, publicName),
    forward: (_backend, { a, b }: BinaryInputs) => {
      const spec = broadcastSpec(a, b, publicName);
      return zipBroadcast(a, b, spec.shape, spec.dtype, (x, y) => (test(x, y) ? 1 : 0));
    },
    nondifferentiable: true,
  });
}

/** The Greater primitive; use {@link greater}. */
export const GreaterPrimitive = defineComparison(Greater, 'greater', (x, y) => x > y);
/** The GreaterEqual primitive; use {@link greaterEqual}. */
export const GreaterEqualPrimitive = defineComparison(GreaterEqual, 'greaterEqual', (x, y) => x >= y);
/** The Less primitive; use {@link less}. */
export const LessPrimitive = defineComparison(Less, 'less', (x, y) => x < y);
/** The LessEqual primitive; use {@link lessEqual}. */
export const LessEqualPrimitive = defineComparison(LessEqual, 'lessEqual', (x, y) => x <= y);
/** The Equal primitive; use {@link equal}. */
export const EqualPrimitive = defineComparison(Equal, 'equal', (x, y) => x === y);

function whereSpec({ condition, x, y }: { readonly [K in keyof WhereInputs]: TensorSpec }): TensorSpec {
  return { shape: broadcastShapes([condition.shape, x.shape, y.shape], 'where'), dtype: promoteDTypes(x.dtype, y.dtype) };
}

function selectValues({ condition, x, y }: WhereInputs): Tensor {
  const { shape, dtype } = whereSpec({ condition, x, y });
  const out = allocate(dtype, shapeSize(shape));
  const conditionOffsets = stridedOffsets(shape, broadcastStrides(condition.shape, shape));
  const xOffsets = stridedOffsets(shape, broadcastStrides(x.shape, shape));
  const yOffsets = stridedOffsets(shape, broadcastStrides(y.shape, shape));
  for (let i = 0; i < out.length; i++) {
    out[i] = condition.data[conditionOffsets[i]] !== 0 ? x.data[xOffsets[i]] : y.data[yOffsets[i]];
  }
  return new Tensor(out, shape);
}

/** The Where primitive; use {@link where}. */
export const WherePrimitive = definePrimitive({
  name: Where,
  inputNames: ['condition', 'x', 'y'],
  inferShape: whereSpec,
  forward: (_backend, inputs: WhereInputs) => selectValues(inputs),
  vjp: {
    fwd: (_backend, inputs) => [selectValues(inputs), { condition: inputs.condition, x: inputs.x, y: inputs.y }],
    bwd: (_backend, { condition, x, y }, ct) => ({
      condition: null,
      x: sumToShape(where(condition, ct, 0), x.shape),
      y: sumToShape(where(condition, 0, ct), y.shape),
    }),
  },
});

/**
 * Elementwise a > b as 1/0, with broadcasting. Not differentiable.
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns broadcast shape, promoted dtype, values 0 or 1
 * @example
 * ```ts
 * greater(tensor([1, 2, 3]), 2).toArray(); // [0, 0, 1]
 * ```
 */
export function greater(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'greater');
  return GreaterPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise a ≥ b as 1/0, with broadcasting. Not differentiable.
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns broadcast shape, promoted dtype, values 0 or 1
 * @example
 * ```ts
 * greaterEqual(tensor([1, 2, 3]), 2).toArray(); // [0, 1, 1]
 * ```
 */
export function greaterEqual(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'greaterEqual');
  return GreaterEqualPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise a < b as 1/0, with broadcasting. Not differentiable.
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns broadcast shape, promoted dtype, values 0 or 1
 * @example
 * ```ts
 * less(tensor([1, 2, 3]), 2).toArray(); // [1, 0, 0]
 * ```
 */
export function less(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'less');
  return LessPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise a ≤ b as 1/0, with broadcasting. Not differentiable.
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns broadcast shape, promoted dtype, values 0 or 1
 * @example
 * ```ts
 * lessEqual(tensor([1, 2, 3]), 2).toArray(); // [1, 1, 0]
 * ```
 */
export function lessEqual(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'lessEqual');
  return LessEqualPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise a = b as 1/0, with broadcasting (NaN ≠ NaN). Not differentiable.
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns broadcast shape, promoted dtype, values 0 or 1
 * @example
 * ```ts
 * equal(tensor([1, 2]), 2).toArray(); // [0, 1]
 * ```
 */
export function equal(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'equal');
  return EqualPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise selection `condition ≠ 0 ? x : y`, broadcasting all three. Differentiable in x and y.
 *
 * @param condition - mask (e.g. from `greater`), broadcastable
 * @param x - values where the mask is nonzero
 * @param y - values elsewhere
 * @returns broadcast shape, dtype promoted from x and y
 * @example
 * ```ts
 * where(tensor([1, 0]), tensor([5, 5]), -1).toArray(); // [5, -1]
 * ```
 */
export function where(condition: TensorLike, x: TensorLike, y: TensorLike): Tensor {
  const [tx, ty] = toTensors([x, y], 'where');
  const [tc] = toTensors([condition], 'where');
  return WherePrimitive({ condition: tc, x: tx, y: ty });
}
