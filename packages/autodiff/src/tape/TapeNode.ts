/**
 * The tape's data structures: a trace (one `grad`/`vjp` call) and a node (one recorded op).
 *
 * A node is what micrograd calls a `Value`'s `_prev` + `_backward`, lifted to tensors:
 * the primitive's name (for debugging), its parents (one slot per input, `undefined` for a
 * constant input), the shapes and dtypes of its inputs (to check the cotangents a rule returns),
 * and a pullback: the residuals saved by the forward pass plus the rule that turns an output
 * cotangent into input cotangents. Node ids grow with creation time, so sorting by id is a
 * topological order (parents are always created before their children).
 *
 * Nodes hang off tensors under the {@link TAPE_NODE} symbol; that field is not public API.
 */
import type { DType } from '../tensor/DType.js';
import type { Shape } from '../tensor/Shape.js';
import type { Tensor } from '../tensor/Tensor.js';

/** Key of the (non-enumerable) tape node on a traced tensor. Internal. */
export const TAPE_NODE: unique symbol = Symbol.for('@softdtw/autodiff/tapeNode');

/** One differentiation in progress (`grad`, `valueAndGrad` or `vjp`). Internal. */
export interface Trace {
  readonly id: number;
  /** True while `f` runs. Ops on tensors of an inactive trace record nothing. */
  active: boolean;
}

/** Shape and dtype of a tensor, without its values. */
export interface TensorSpec {
  readonly shape: Shape;
  readonly dtype: DType;
}

/**
 * Turns the output cotangent into one cotangent per input (`null` = zero / not needed),
 * using the residuals the forward pass saved. Internal.
 */
export interface Pullback {
  readonly residuals: unknown;
  readonly rule: (residuals: unknown, cotangent: Tensor) => readonly (Tensor | null)[];
}

/** One recorded operation. Internal. */
export interface TapeNode {
  /** Creation order; parents always have smaller ids. */
  readonly id: number;
  readonly trace: Trace;
  /** Primitive name (`'Add'`, `'SoftDtw'`, `'customVjp(f)'`, or `'Input'` for a traced argument). */
  readonly primitive: string;
  /** One entry per input, in input order; `undefined` where the input is a constant. */
  readonly parents: readonly (TapeNode | undefined)[];
  /** Shape and dtype of each input, to check and cast the cotangents a rule returns. */
  readonly inputSpecs: readonly TensorSpec[];
  /** `undefined` for `'Input'` leaves. */
  readonly pullback: Pullback | undefined;
}
