/**
 * Elementwise binary primitives (numpy broadcasting, dtype promotion) and their derivative rules.
 *
 * | primitive | forward   | ∂/∂a · ct                        | ∂/∂b · ct                                   | residuals  |
 * |-----------|-----------|----------------------------------|---------------------------------------------|------------|
 * | Add       | a + b     | ct                               | ct                                          | shapes     |
 * | Sub       | a − b     | ct                               | −ct                                         | shapes     |
 * | Mul       | a · b     | ct · b                           | ct · a                                      | a, b       |
 * | Div       | a / b     | ct / b                           | −ct · a / b² = −(ct / b) · out              | b, out     |
 * | Pow       | aᵇ        | ct · b · aᵇ⁻¹ (0 where b = 0)    | ct · aᵇ · ln a  (taken as 0 where a = 0)    | a, b, out  |
 * | Maximum   | max(a, b) | ct · ([a > b] + ½[a = b])        | ct · ([b > a] + ½[a = b])                   | a, b       |
 * | Minimum   | min(a, b) | ct · ([a < b] + ½[a = b])        | ct · ([b < a] + ½[a = b])                   | a, b       |
 *
 * Broadcasting in the backward pass: each cotangent is summed back to its operand's shape
 * (`sumToShape`). Ties of Maximum/Minimum split the gradient half/half (as JAX does), so the
 * two halves still add up to ct. ∂/∂b of Pow is NaN where a < 0 (ln of a negative number).
 */
import { Add, Div, Maximum, Minimum, Mul, Pow, Sub, type BinaryInputs } from '../primitiveNames.js';
import { definePrimitive } from '../primitive/definePrimitive.js';
import { broadcastShapes, broadcastStrides } from '../shape/broadcastShapes.js';
import { stridedOffsets } from '../shape/stridedOffsets.js';
import type { TensorSpec } from '../tape/TapeNode.js';
import { allocate, promoteDTypes, type DType } from '../tensor/DType.js';
import { shapeSize, shapesEqual, type Shape } from '../tensor/Shape.js';
import { Tensor } from '../tensor/Tensor.js';
import { equal, greater, less, where } from './comparison.js';
import { log, neg } from './elementwiseUnary.js';
import { sumToShape } from './shapeOps.js';
import { toTensors, type TensorLike } from './toTensor.js';

/**
 * The reference loop of every broadcasting binary op: `out[i] = fn(a[ia], b[ib])`.
 *
 * @param a - first operand
 * @param b - second operand
 * @param shape - the broadcast output shape
 * @param dtype - output dtype
 * @param fn - the scalar operation
 * @returns a new tensor of `shape`
 * @example
 * ```ts
 * zipBroadcast(tensor([[1], [2]]), tensor([10, 20]), [2, 2], 'float64', (x, y) => x + y); // [[11, 21], [12, 22]]
 * ```
 */
export function zipBroadcast(a: Tensor, b: Tensor, shape: Shape, dtype: DType, fn: (x: number, y: number) => number): Tensor {
  const out = allocate(dtype, shapeSize(shape));
  const aData = a.data;
  const bData = b.data;
  if (shapesEqual(a.shape, shape) && shapesEqual(b.shape, shape)) {
    for (let i = 0; i < out.length; i++) out[i] = fn(aData[i], bData[i]);
  } else if (shapesEqual(a.shape, shape) && b.size === 1) {
    const bValue = bData[0];
    for (let i = 0; i < out.length; i++) out[i] = fn(aData[i], bValue);
  } else {
    const aOffsets = stridedOffsets(shape, broadcastStrides(a.shape, shape));
    const bOffsets = stridedOffsets(shape, broadcastStrides(b.shape, shape));
    for (let i = 0; i < out.length; i++) out[i] = fn(aData[aOffsets[i]], bData[bOffsets[i]]);
  }
  return new Tensor(out, shape);
}

/**
 * Output spec of a broadcasting binary op.
 *
 * @param a - first operand spec
 * @param b - second operand spec
 * @param op - op name for errors
 * @returns broadcast shape and promoted dtype
 */
export function broadcastSpec(a: TensorSpec, b: TensorSpec, op: string): TensorSpec {
  return { shape: broadcastShapes([a.shape, b.shape], op), dtype: promoteDTypes(a.dtype, b.dtype) };
}

/** The values a binary VJP rule may keep as residuals. */
type BinaryValues = { a: Tensor; b: Tensor; out: Tensor };

/** How to define one broadcasting binary primitive. */
interface BinarySpec<K extends keyof BinaryValues> {
  readonly name: string;
  readonly publicName: string;
  /** The scalar operation of the forward loop. */
  readonly apply: (x: number, y: number) => number;
  /** Residuals kept for the backward pass (declared, like tfjs `inputsToSave`); shapes are always kept. */
  readonly saves: readonly K[];
  /** Cotangents before summing back to the operand shapes (`null` = zero). */
  readonly rule: (saved: Pick<BinaryValues, K>, ct: Tensor) => { a: Tensor | null; b: Tensor | null };
}

/** Defines a broadcasting binary primitive from its scalar function and VJP rule. */
function defineBinary<K extends keyof BinaryValues>({ name, publicName, apply, saves, rule }: BinarySpec<K>) {
  const compute = ({ a, b }: BinaryInputs): Tensor => {
    const spec = broadcastSpec(a, b, publicName);
    return zipBroadcast(a, b, spec.shape, spec.dtype, apply);
  };
  return definePrimitive({
    name,
    inputNames: ['a', 'b'],
    inferShape: ({ a, b }) => broadcastSpec(a, b, publicName),
    forward: (_backend, inputs: BinaryInputs) => compute(inputs),
    vjp: {
      fwd: (_backend, inputs) => {
        const out = compute(inputs);
        const values: BinaryValues = { a: inputs.a, b: inputs.b, out };
        const saved = Object.fromEntries(saves.map((key) => [key, values[key]])) as Pick<BinaryValues, K>;
        return [out, { aShape: inputs.a.shape, bShape: inputs.b.shape, saved }];
      },
      bwd: (_backend, { aShape, bShape, saved }, ct) => {
        const { a, b } = rule(saved, ct);
        return { a: a === null ? null : sumToShape(a, aShape), b: b === null ? null : sumToShape(b, bShape) };
      },
    },
  });
}

/** The Add primitive; use {@link add}. */
export const AddPrimitive = defineBinary({ name: Add, publicName: 'add', apply: (x, y) => x + y, saves: [], rule: (_saved, ct) => ({ a: ct, b: ct }) });

/** The Sub primitive; use {@link sub}. */
export const SubPrimitive = defineBinary({ name: Sub, publicName: 'sub', apply: (x, y) => x - y, saves: [], rule: (_saved, ct) => ({ a: ct, b: neg(ct) }) });

/** The Mul primitive; use {@link mul}. */
export const MulPrimitive = defineBinary({
  name: Mul,
  publicName: 'mul',
  apply: (x, y) => x * y,
  saves: ['a', 'b'],
  rule: ({ a, b }, ct) => ({ a: mul(ct, b), b: mul(ct, a) }),
});

/** The Div primitive; use {@link div}. */
export const DivPrimitive = defineBinary({
  name: Div,
  publicName: 'div',
  apply: (x, y) => x / y,
  saves: ['b', 'out'],
  rule: ({ b, out }, ct) => {
    const ctOverB = div(ct, b);
    return { a: ctOverB, b: neg(mul(ctOverB, out)) };
  },
});

/** The Pow primitive; use {@link pow}. */
export const PowPrimitive = defineBinary({
  name: Pow,
  publicName: 'pow',
  apply: (x, y) => x ** y,
  saves: ['a', 'b', 'out'],
  rule: ({ a, b, out }, ct) => ({
    // where(b = 0, 0, ...) keeps d(x⁰)/dx = 0 at x = 0 instead of 0 · 0⁻¹ = NaN.
    a: mul(ct, where(equal(b, 0), 0, mul(b, pow(a, sub(b, 1))))),
    b: mul(ct, mul(out, where(equal(a, 0), 0, log(a)))),
  }),
});

/** The Maximum primitive; use {@link maximum}. */
export const MaximumPrimitive = defineBinary({
  name: Maximum,
  publicName: 'maximum',
  apply: (x, y) => (Number.isNaN(x) || x >= y ? x : y),
  saves: ['a', 'b'],
  rule: ({ a, b }, ct) => {
    const tieShare = mul(0.5, equal(a, b));
    return { a: mul(ct, add(greater(a, b), tieShare)), b: mul(ct, add(greater(b, a), tieShare)) };
  },
});

/** The Minimum primitive; use {@link minimum}. */
export const MinimumPrimitive = defineBinary({
  name: Minimum,
  publicName: 'minimum',
  apply: (x, y) => (Number.isNaN(x) || x <= y ? x : y),
  saves: ['a', 'b'],
  rule: ({ a, b }, ct) => {
    const tieShare = mul(0.5, equal(a, b));
    return { a: mul(ct, add(less(a, b), tieShare)), b: mul(ct, add(less(b, a), tieShare)) };
  },
});

/**
 * Elementwise a + b with broadcasting.
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns the broadcast shape, promoted dtype
 * @example
 * ```ts
 * add(tensor([1, 2]), 10).toArray(); // [11, 12]
 * ```
 */
export function add(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'add');
  return AddPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise a − b with broadcasting.
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns the broadcast shape, promoted dtype
 * @example
 * ```ts
 * sub(tensor([[1], [2]]), tensor([1, 2])).toArray(); // [[0, -1], [1, 0]]
 * ```
 */
export function sub(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'sub');
  return SubPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise a · b with broadcasting.
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns the broadcast shape, promoted dtype
 * @example
 * ```ts
 * mul(tensor([1, 2]), tensor([3, 4])).toArray(); // [3, 8]
 * ```
 */
export function mul(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'mul');
  return MulPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise a / b with broadcasting (IEEE: x/0 = ±Infinity, 0/0 = NaN).
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns the broadcast shape, promoted dtype
 * @example
 * ```ts
 * div(tensor([1, 3]), 2).toArray(); // [0.5, 1.5]
 * ```
 */
export function div(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'div');
  return DivPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise power xᵖ with broadcasting. ∂/∂p = xᵖ·ln x, taken as 0 at x = 0 and NaN for x < 0.
 *
 * @param x - base, any shape (or a number)
 * @param p - exponent, broadcastable with `x` (or a number)
 * @returns the broadcast shape, promoted dtype
 * @example
 * ```ts
 * pow(tensor([2, 3]), 2).toArray(); // [4, 9]
 * ```
 */
export function pow(x: TensorLike, p: TensorLike): Tensor {
  const [ta, tb] = toTensors([x, p], 'pow');
  return PowPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise maximum with broadcasting; NaN in either operand propagates. Ties split the gradient half/half.
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns the broadcast shape, promoted dtype
 * @example
 * ```ts
 * maximum(tensor([1, 5]), 3).toArray(); // [3, 5]
 * ```
 */
export function maximum(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'maximum');
  return MaximumPrimitive({ a: ta, b: tb });
}

/**
 * Elementwise minimum with broadcasting; NaN in either operand propagates. Ties split the gradient half/half.
 *
 * @param a - any shape (or a number)
 * @param b - broadcastable with `a` (or a number)
 * @returns the broadcast shape, promoted dtype
 * @example
 * ```ts
 * minimum(tensor([1, 5]), 3).toArray(); // [1, 3]
 * ```
 */
export function minimum(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensors([a, b], 'minimum');
  return MinimumPrimitive({ a: ta, b: tb });
}

/**
 * Clamps values to [low, high] (composite: `minimum(maximum(x, low), high)`).
 *
 * @param x - any shape
 * @param low - lower bound (number or broadcastable tensor)
 * @param high - upper bound (number or broadcastable tensor)
 * @returns the broadcast shape
 * @example
 * ```ts
 * clip(tensor([-2, 0.5, 3]), 0, 1).toArray(); // [0, 0.5, 1]
 * ```
 */
export function clip(x: TensorLike, low: TensorLike, high: TensorLike): Tensor {
  return minimum(maximum(x, low), high);
}
