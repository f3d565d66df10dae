/**
 * Every primitive of `@softdtw/autodiff`, in one place (tfjs `kernel_names.ts`, tinygrad `Ops`).
 *
 * A backend that wants to accelerate an op registers a kernel under one of these names
 * (`registerKernel(Exp, 'wasm', fn)`); the kernel receives the `…Inputs` and `…Attrs` below.
 * Everything not listed here (`mean`, `square`, `stack`, `expandDims`, `logSumExp`, ...) is a
 * composite of these primitives. Attrs are always normalised before they reach a kernel: axes
 * are non-negative and sorted, `-1` sizes are resolved. The derivative rules live next to the
 * forward loops, one file per group: `ops/elementwiseUnary.ts`, `ops/elementwiseBinary.ts`,
 * `ops/comparison.ts`, `ops/reductions.ts`, `ops/shapeOps.ts`, `ops/linalg.ts`.
 */
import type { DType } from './tensor/DType.js';
import type { Shape } from './tensor/Shape.js';
import type { Tensor } from './tensor/Tensor.js';

// ── Elementwise unary ────────────────────────────────────────────────────────────────────────
// Inputs: UnaryInputs. Output: same shape and dtype as x (Cast: attrs.dtype).

/** −x */
export const Neg = 'Neg';
/** eˣ */
export const Exp = 'Exp';
/** natural logarithm */
export const Log = 'Log';
/** √x */
export const Sqrt = 'Sqrt';
/** |x| (subgradient 0 at 0) */
export const Abs = 'Abs';
/** hyperbolic tangent */
export const Tanh = 'Tanh';
/** 1 / (1 + e⁻ˣ), computed without overflow */
export const Sigmoid = 'Sigmoid';
/** max(x, 0) (subgradient 0 at 0) */
export const Relu = 'Relu';
/** change of dtype; attrs CastAttrs */
export const Cast = 'Cast';

/** Inputs of every elementwise unary primitive. */
export type UnaryInputs = {
  readonly x: Tensor;
};
/** Attrs of {@link Cast}. */
export interface CastAttrs {
  readonly dtype: DType;
}

// ── Elementwise binary ───────────────────────────────────────────────────────────────────────
// Inputs: BinaryInputs; numpy broadcasting; dtype promotion (float64 wins). Output: broadcast shape.

/** a + b */
export const Add = 'Add';
/** a − b */
export const Sub = 'Sub';
/** a · b */
export const Mul = 'Mul';
/** a / b */
export const Div = 'Div';
/** aᵇ */
export const Pow = 'Pow';
/** max(a, b) elementwise (ties: the gradient is split half/half) */
export const Maximum = 'Maximum';
/** min(a, b) elementwise (ties: the gradient is split half/half) */
export const Minimum = 'Minimum';

/** Inputs of every elementwise binary primitive. */
export type BinaryInputs = {
  readonly a: Tensor;
  readonly b: Tensor;
};

// ── Comparison and selection ─────────────────────────────────────────────────────────────────
// Comparisons take BinaryInputs, broadcast, and return 1 or 0 in the promoted dtype. Not differentiable.

/** a > b */
export const Greater = 'Greater';
/** a ≥ b */
export const GreaterEqual = 'GreaterEqual';
/** a < b */
export const Less = 'Less';
/** a ≤ b */
export const LessEqual = 'LessEqual';
/** a = b */
export const Equal = 'Equal';
/** condition ≠ 0 ? x : y, broadcasting all three; differentiable in x and y */
export const Where = 'Where';

/** Inputs of {@link Where}. */
export type WhereInputs = {
  readonly condition: Tensor;
  readonly x: Tensor;
  readonly y: Tensor;
};

// ── Reductions ───────────────────────────────────────────────────────────────────────────────
// Inputs: UnaryInputs. Attrs: ReduceAttrs.

/** sum over axes */
export const Sum = 'Sum';
/** maximum over axes (gradient split evenly among tied maxima) */
export const Max = 'Max';

/** Attrs of the reductions. */
export interface ReduceAttrs {
  /** Axes to reduce: non-negative, sorted, unique. Empty = no reduction. */
  readonly axes: readonly number[];
  /** Keep reduced axes as length-1 dimensions. */
  readonly keepDims: boolean;
}

// ── Shape ────────────────────────────────────────────────────────────────────────────────────
// Inputs: UnaryInputs (Concat: VariadicInputs). Values are moved, never combined.

/** same values, new shape; attrs ReshapeAttrs */
export const Reshape = 'Reshape';
/** permute axes; attrs TransposeAttrs */
export const Transpose = 'Transpose';
/** contiguous sub-block; attrs SliceAttrs */
export const Slice = 'Slice';
/** surround with zeros; attrs PadAttrs (the adjoint of Slice) */
export const Pad = 'Pad';
/** join along an axis; inputs VariadicInputs in order; attrs AxisAttrs */
export const Concat = 'Concat';
/** repeat along broadcast axes; attrs ReshapeAttrs (target shape) */
export const BroadcastTo = 'BroadcastTo';

/** Attrs of {@link Reshape} and {@link BroadcastTo}. */
export interface ReshapeAttrs {
  /** Target shape, fully resolved (no −1). */
  readonly shape: Shape;
}
/** Attrs of {@link Transpose}. */
export interface TransposeAttrs {
  /** Output axis i is input axis perm[i]. */
  readonly perm: readonly number[];
}
/** Attrs of {@link Slice}. */
export interface SliceAttrs {
  /** First index along each axis. */
  readonly begin: readonly number[];
  /** Length along each axis (resolved, no −1). */
  readonly size: readonly number[];
}
/** Attrs of {@link Pad}. */
export interface PadAttrs {
  /** [before, after] zeros for each axis. */
  readonly paddings: readonly (readonly [number, number])[];
}
/** Attrs of {@link Concat}. */
export interface AxisAttrs {
  /** Non-negative axis. */
  readonly axis: number;
}
/** Inputs of {@link Concat}: any names, taken in insertion order. */
export type VariadicInputs = Record<string, Tensor>;

// ── Linear algebra ───────────────────────────────────────────────────────────────────────────

/** batched matrix product [..., n, k] × [..., k, m] -> [..., n, m] (batch dims broadcast); inputs BinaryInputs */
export const MatMul = 'MatMul';

/** Every primitive name above, in section order. */
export const PRIMITIVE_NAMES = [
  Neg, Exp, Log, Sqrt, Abs, Tanh, Sigmoid, Relu, Cast,
  Add, Sub, Mul, Div, Pow, Maximum, Minimum,
  Greater, GreaterEqual, Less, LessEqual, Equal, Where,
  Sum, Max,
  Reshape, Transpose, Slice, Pad, Concat, BroadcastTo,
  MatMul,
] as const;

/** Name of a built-in primitive. */
export type PrimitiveName = (typeof PRIMITIVE_NAMES)[number];
