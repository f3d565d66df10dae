/**
 * Pytrees: arguments of `grad`/`vjp` may be nested plain arrays and plain objects whose leaves
 * are tensors (e.g. model parameters `{ W1, b1, W2, b2 }`). Gradients come back with the same
 * structure. Leaves that are not tensors (numbers, strings, functions, class instances) are
 * constants: they are passed to `f` unchanged and their gradient slot is `null`.
 */
import { InvalidArgumentError } from '../errors.js';
import { isTensor, type Tensor } from '../tensor/Tensor.js';

/** The gradient structure of a value: tensors map to tensors, containers map element-wise, other leaves to `null`. */
export type Gradients<T> = T extends Tensor
  ? Tensor
  : T extends readonly unknown[]
    ? { -readonly [K in keyof T]: Gradients<T[K]> }
    : T extends (...args: never[]) => unknown
      ? null
      : T extends object
        ? { -readonly [K in keyof T]: Gradients<T[K]> }
        : null;

/**
 * Whether `value` is a container the pytree walk descends into (array or plain object).
 *
 * @param value - anything
 * @returns `true` for arrays and objects whose prototype is `Object.prototype` or `null`
 */
export function isContainer(value: unknown): value is readonly unknown[] | Record<string, unknown> {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null || isTensor(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Rebuilds `tree` with every leaf replaced by `fn(leaf)`, visiting leaves in a fixed order
 * (array index order, object key insertion order), so two walks over one tree line up.
 *
 * @param tree - a pytree
 * @param fn - applied to each leaf
 * @returns a new tree of the same structure (containers are copied; leaves are `fn`'s results)
 * @throws InvalidArgumentError on a cyclic structure
 */
export function mapLeaves(tree: unknown, fn: (leaf: unknown) => unknown): unknown {
  const ancestors = new Set<unknown>();
  const visit = (node: unknown): unknown => {
    if (!isContainer(node)) return fn(node);
    if (ancestors.has(node)) {
      throw new InvalidArgumentError('grad: expected arguments without cycles, got a structure that contains itself. Pass a tree of arrays and plain objects.');
    }
    ancestors.add(node);
    const result = Array.isArray(node)
      ? node.map(visit)
      : Object.fromEntries(Object.entries(node).map(([key, child]) => [key, visit(child)]));
    ancestors.delete(node);
    return result;
  };
  return visit(tree);
}
