/**
 * The bridge from autodiff to the flat-vector optimizers: turns a scalar function of a tree of
 * Tensors into an objective x ↦ { value, grad } over the flattened parameters (flattenTree order),
 * with the gradient from `valueAndGrad` of `@softdtw/autodiff`.
 */
import { isTensor, valueAndGrad, type Tensor } from '@softdtw/autodiff';
import { InvalidArgumentError, ObjectiveReturnError } from './errors.js';
import { flattenTree, type FlatTree } from './flattenTree.js';
import type { Objective } from './minimizeLbfgs.js';
import { collectLeaves, isParameterLeaf, type ParameterTree } from './ParameterTree.js';

/** A Tensor, an array of trees or a plain object of trees: the parameters of a differentiable function. */
export type TensorTree = Tensor | readonly TensorTree[] | { readonly [key: string]: TensorTree };

/** A flat objective over a tensor tree, with the flattening that defines its coordinates. */
export interface TensorObjective<T extends TensorTree> {
  /** x ↦ { value: f(unflatten(x)), grad: flatten(∇f) }. */
  readonly objective: Objective;
  /** The flattening of the initial parameters (`vector` is the starting point). */
  readonly flat: FlatTree<T>;
}

/**
 * Whether a value is, or contains, a Tensor leaf (arrays and plain objects are searched).
 *
 * @param value - anything
 * @returns true when a Tensor is found
 * @example
 * containsTensor({ w: tensor([1]) }); // true
 * containsTensor([1, 2]);             // false
 */
export function containsTensor(value: unknown): boolean {
  if (isTensor(value)) return true;
  if (Array.isArray(value)) return value.some(containsTensor);
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return Object.values(value).some(containsTensor);
  }
  return false;
}

/**
 * Builds the flat objective of `f` at the structure of `params0`.
 *
 * @param f - (params: T) => scalar Tensor (size 1), differentiable with autodiff
 * @param params0 - tree of Tensors, any shapes and dtypes
 * @param where - caller name for messages
 * @returns { objective, flat }
 * @throws InvalidArgumentError when a leaf is not a Tensor or f is not a function
 * @example
 * const { objective, flat } = tensorObjective((p) => sum(square(p.w)), { w: tensor([3, 4]) }, 'demo');
 * objective(flat.vector); // { value: 25, grad: Float64Array [6, 8] }
 */
export function tensorObjective<T extends TensorTree>(
  f: (params: T) => Tensor,
  params0: T,
  where: string,
): TensorObjective<T> {
  if (typeof f !== 'function') {
    throw new InvalidArgumentError(
      `${where}: expected fun to be a function (params) => scalar Tensor, got a value of type ${typeof f}. Pass the loss first, then the parameters.`,
    );
  }
  const leaves = collectLeaves(params0 as ParameterTree, 'params', where);
  const notTensor = leaves.find((entry) => !isTensor(entry.leaf));
  if (notTensor !== undefined) {
    throw new InvalidArgumentError(
      `${where}: expected every leaf of the parameters to be a Tensor when any is, got a ${notTensor.leaf.constructor.name} at ` +
        `${notTensor.path}. Wrap it with tensor(...) to optimize it, or close over it in fun to keep it fixed.`,
    );
  }
  if (leaves.length === 0) {
    throw new InvalidArgumentError(`${where}: expected at least one Tensor to optimize, got an empty tree. Pass the parameters.`);
  }
  const flat = flattenTree(params0 as ParameterTree) as unknown as FlatTree<T>;
  // Typed loosely on purpose: the gradient tree is walked at run time, and instantiating autodiff's
  // Gradients<T> for a generic T is too deep for the compiler.
  const differentiate = valueAndGrad(f as (params: Tensor) => Tensor) as unknown as (params: T) => { value: Tensor; grad: unknown };
  const objective: Objective = (x) => {
    const { value, grad } = differentiate(flat.unflatten(x));
    if (!isTensor(value) || value.size !== 1) {
      throw new ObjectiveReturnError(
        `${where}: expected fun(params) to return a scalar Tensor, got ${isTensor(value) ? `shape [${value.shape.join(', ')}]` : typeof value}. ` +
          'Reduce the loss with sum or mean.',
      );
    }
    const gradient = new Float64Array(flat.vector.length);
    let offset = 0;
    for (const entry of collectLeaves(grad as ParameterTree, 'grad', where)) {
      if (!isParameterLeaf(entry.leaf)) continue;
      gradient.set(entry.values, offset);
      offset += entry.values.length;
    }
    return { value: value.item(), grad: gradient };
  };
  return { objective, flat };
}
