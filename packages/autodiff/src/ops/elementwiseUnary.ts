/**
 * Elementwise unary primitives and their derivative rules.
 *
 * | primitive | forward          | VJP (ct = output cotangent)            | residual |
 * |-----------|------------------|----------------------------------------|----------|
 * | Neg       | −x               | −ct                                    | none     |
 * | Exp       | eˣ               | ct · out                               | out      |
 * | Log       | ln x             | ct / x                                 | x        |
 * | Sqrt      | √x               | ct / (2 · out)                         | out      |
 * | Abs       | |x|              | ct · sign(x), sign(0) = 0              | x        |
 * | Tanh      | tanh x           | ct · (1 − out²)                        | out      |
 * | Sigmoid   | 1 / (1 + e⁻ˣ)    | ct · out · (1 − out)                   | out      |
 * | Relu      | max(x, 0)        | ct · [x > 0]  (0 at x = 0)             | x        |
 * | Cast      | x in attrs.dtype | ct cast back to x's dtype              | none     |
 *
 * Stability: Sigmoid evaluates e^(−|x|) only, so it never overflows. Loops compute in double
 * precision and store in the output dtype (float32 rounds on store).
 */
import { Abs, Cast, Exp, Log, Neg, Relu, Sigmoid, Sqrt, Tanh, type CastAttrs, type UnaryInputs } from '../primitiveNames.js';
import { definePrimitive } from '../primitive/definePrimitive.js';
import type { TensorSpec } from '../tape/TapeNode.js';
import { allocate, checkDType, type DType } from '../tensor/DType.js';
import { Tensor } from '../tensor/Tensor.js';
import { greater, less } from './comparison.js';
import { div, mul, sub } from './elementwiseBinary.js';
import { toTensor, type TensorLike } from './toTensor.js';

/** Applies `fn` to every value; the result has x's shape and `dtype` (default x's). */
function mapValues(x: Tensor, fn: (value: number) => number, dtype: DType = x.dtype): Tensor {
  const out = allocate(dtype, x.size);
  const source = x.data;
  for (let i = 0; i < out.length; i++) out[i] = fn(source[i]);
  return new Tensor(out, x.shape);
}

const sameAsInput = ({ x }: { readonly x: TensorSpec }): TensorSpec => ({ shape: x.shape, dtype: x.dtype });

const negate = (v: number): number => -v;
const stableSigmoid = (v: number): number => {
  const e = Math.exp(-Math.abs(v));
  return v >= 0 ? 1 / (1 + e) : e / (1 + e);
};
const rectify = (v: number): number => (v > 0 ? v : 0);

/** The Neg primitive; use {@link neg}. */
export const NegPrimitive = definePrimitive({
  name: Neg,
  inputNames: ['x'],
  inferShape: sameAsInput,
  forward: (_backend, { x }: UnaryInputs) => mapValues(x, negate),
  vjp: {
    fwd: (_backend, { x }) => [mapValues(x, negate), {}],
    bwd: (_backend, _residuals, ct) => ({ x: neg(ct) }),
  },
});

/** The Exp primitive; use {@link exp}. */
export const ExpPrimitive = definePrimitive({
  name: Exp,
  inputNames: ['x'],
  inferShape: sameAsInput,
  forward: (_backend, { x }: UnaryInputs) => mapValues(x, Math.exp),
  vjp: {
    fwd: (_backend, { x }) => {
      const out = mapValues(x, Math.exp);
      return [out, { out }];
    },
    bwd: (_backend, { out }, ct) => ({ x: mul(ct, out) }),
  },
});

/** The Log primitive; use {@link log}. */
export const LogPrimitive = definePrimitive({
  name: Log,
  inputNames: ['x'],
  inferShape: sameAsInput,
  forward: (_backend, { x }: UnaryInputs) => mapValues(x, Math.log),
  vjp: {
    fwd: (_backend, { x }) => [mapValues(x, Math.log), { x }],
    bwd: (_backend, { x }, ct) => ({ x: div(ct, x) }),
  },
});

/** The Sqrt primitive; use {@link sqrt}. */
export const SqrtPrimitive = definePrimitive({
  name: Sqrt,
  inputNames: ['x'],
  inferShape: sameAsInput,
  forward: (_backend, { x }: UnaryInputs) => mapValues(x, Math.sqrt),
  vjp: {
    fwd: (_backend, { x }) => {
      const out = mapValues(x, Math.sqrt);
      return [out, { out }];
    },
    bwd: (_backend, { out }, ct) => ({ x: div(ct, mul(2, out)) }),
  },
});

/** The Abs primitive; use {@link abs}. */
export const AbsPrimitive = definePrimitive({
  name: Abs,
  inputNames: ['x'],
  inferShape: sameAsInput,
  forward: (_backend, { x }: UnaryInputs) => mapValues(x, Math.abs),
  vjp: {
    fwd: (_backend, { x }) => [mapValues(x, Math.abs), { x }],
    bwd: (_backend, { x }, ct) => ({ x: mul(ct, sub(greater(x, 0), less(x, 0))) }),
  },
});

/** The Tanh primitive; use {@link tanh}. */
export const TanhPrimitive = definePrimitive({
  name: Tanh,
  inputNames: ['x'],
  inferShape: sameAsInput,
  forward: (_backend, { x }: UnaryInputs) => mapValues(x, Math.tanh),
  vjp: {
    fwd: (_backend, { x }) => {
      const out = mapValues(x, Math.tanh);
      return [out, { out }];
    },
    bwd: (_backend, { out }, ct) => ({ x: mul(ct, sub(1, mul(out, out))) }),
  },
});

/** The Sigmoid primitive; use {@link sigmoid}. */
export const SigmoidPrimitive = definePrimitive({
  name: Sigmoid,
  inputNames: ['x'],
  inferShape: sameAsInput,
  forward: (_backend, { x }: UnaryInputs) => mapValues(x, stableSigmoid),
  vjp: {
    fwd: (_backend, { x }) => {
      const out = mapValues(x, stableSigmoid);
      return [out, { out }];
    },
    bwd: (_backend, { out }, ct) => ({ x: mul(ct, mul(out, sub(1, out))) }),
  },
});

/** The Relu primitive; use {@link relu}. */
export const ReluPrimitive = definePrimitive({
  name: Relu,
  inputNames: ['x'],
  inferShape: sameAsInput,
  forward: (_backend, { x }: UnaryInputs) => mapValues(x, rectify),
  vjp: {
    fwd: (_backend, { x }) => [mapValues(x, rectify), { x }],
    bwd: (_backend, { x }, ct) => ({ x: mul(ct, greater(x, 0)) }),
  },
});

/** The Cast primitive; use {@link cast}. */
export const CastPrimitive = definePrimitive({
  name: Cast,
  inputNames: ['x'],
  inferShape: ({ x }, { dtype }: CastAttrs) => ({ shape: x.shape, dtype: checkDType(dtype, 'cast') }),
  forward: (_backend, { x }: UnaryInputs, { dtype }: CastAttrs) => mapValues(x, (v) => v, dtype),
  vjp: {
    fwd: (_backend, { x }, { dtype }) => [mapValues(x, (v) => v, dtype), { inputDType: x.dtype }],
    bwd: (_backend, { inputDType }, ct) => ({ x: cast(ct, inputDType) }),
  },
});

/**
 * Elementwise negation −x.
 *
 * @param x - any shape
 * @returns same shape and dtype
 * @example
 * ```ts
 * neg(tensor([1, -2])).toArray(); // [-1, 2]
 * ```
 */
export function neg(x: TensorLike): Tensor {
  return NegPrimitive({ x: toTensor(x, 'neg') });
}

/**
 * Elementwise eˣ. Gradient: eˣ.
 *
 * @param x - any shape
 * @returns same shape and dtype
 * @example
 * ```ts
 * exp(tensor([0])).toArray(); // [1]
 * ```
 */
export function exp(x: TensorLike): Tensor {
  return ExpPrimitive({ x: toTensor(x, 'exp') });
}

/**
 * Elementwise natural logarithm (−Infinity at 0, NaN below). Gradient: 1/x.
 *
 * @param x - any shape
 * @returns same shape and dtype
 * @example
 * ```ts
 * log(tensor([1])).toArray(); // [0]
 * ```
 */
export function log(x: TensorLike): Tensor {
  return LogPrimitive({ x: toTensor(x, 'log') });
}

/**
 * Elementwise square root. Gradient: 1/(2√x) (Infinity at 0).
 *
 * @param x - any shape
 * @returns same shape and dtype
 * @example
 * ```ts
 * sqrt(tensor([4])).toArray(); // [2]
 * ```
 */
export function sqrt(x: TensorLike): Tensor {
  return SqrtPrimitive({ x: toTensor(x, 'sqrt') });
}

/**
 * Elementwise absolute value. Gradient: sign(x), with 0 at x = 0.
 *
 * @param x - any shape
 * @returns same shape and dtype
 * @example
 * ```ts
 * abs(tensor([-3, 2])).toArray(); // [3, 2]
 * ```
 */
export function abs(x: TensorLike): Tensor {
  return AbsPrimitive({ x: toTensor(x, 'abs') });
}

/**
 * Elementwise hyperbolic tangent. Gradient: 1 − tanh²(x).
 *
 * @param x - any shape
 * @returns same shape and dtype
 * @example
 * ```ts
 * tanh(tensor([0])).toArray(); // [0]
 * ```
 */
export function tanh(x: TensorLike): Tensor {
  return TanhPrimitive({ x: toTensor(x, 'tanh') });
}

/**
 * Elementwise logistic function 1/(1 + e⁻ˣ), overflow-free. Gradient: σ(x)(1 − σ(x)).
 *
 * @param x - any shape
 * @returns same shape and dtype, values in [0, 1]
 * @example
 * ```ts
 * sigmoid(tensor([0])).toArray(); // [0.5]
 * ```
 */
export function sigmoid(x: TensorLike): Tensor {
  return SigmoidPrimitive({ x: toTensor(x, 'sigmoid') });
}

/**
 * Elementwise max(x, 0). Gradient: 1 where x > 0, else 0 (0 at x = 0).
 *
 * @param x - any shape
 * @returns same shape and dtype
 * @example
 * ```ts
 * relu(tensor([-1, 2])).toArray(); // [0, 2]
 * ```
 */
export function relu(x: TensorLike): Tensor {
  return ReluPrimitive({ x: toTensor(x, 'relu') });
}

/**
 * Converts to another dtype (float64 ↔ float32). Gradient: the cotangent cast back.
 *
 * @param x - any shape
 * @param dtype - target dtype
 * @returns same shape, `dtype`
 * @example
 * ```ts
 * cast(tensor([1.5]), 'float32').dtype; // 'float32'
 * ```
 */
export function cast(x: TensorLike, dtype: DType): Tensor {
  return CastPrimitive({ x: toTensor(x, 'cast') }, { dtype });
}

/**
 * Elementwise x² (composite: `mul(x, x)`). Gradient: 2x.
 *
 * @param x - any shape
 * @returns same shape and dtype
 * @example
 * ```ts
 * square(tensor([3])).toArray(); // [9]
 * ```
 */
export function square(x: TensorLike): Tensor {
  const t = toTensor(x, 'square');
  return mul(t, t);
}
