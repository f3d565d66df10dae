/**
 * Parameter trees: the containers Adam, SGD, flattenTree and minimizeLbfgs accept. A tree is a leaf,
 * an array of trees or a plain object of trees, e.g. `{ W1, b1, layers: [{ W, b }] }` (the pytrees of
 * `@softdtw/autodiff`). Leaves are autodiff `Tensor`s, `Float64Array`s or `Float32Array`s. Leaves are
 * visited depth-first, arrays in index order and objects in `Object.keys` order, so two trees with
 * the same structure list their leaves in the same order.
 *
 * Leaf paths name a leaf in messages and saved states: `params`, `params.W1`, `params.layers[0].b`.
 */
import { isTensor, tensor, type Tensor } from '@softdtw/autodiff';
import { InvalidArgumentError, StructureMismatchError } from './errors.js';

/**
 * A leaf the optimizers update: a Tensor (any shape, any dtype) or a flat typed array. Its values
 * are read row-major; a new leaf of the same kind, shape and dtype is built for the result.
 */
export type ParameterLeaf = Tensor | Float64Array | Float32Array;

/** The raw values of a leaf (a Tensor's `data`, or the typed array itself). */
export type LeafValues = Float64Array | Float32Array;

/** A leaf, an array of trees or a plain object of trees. */
export type ParameterTree = ParameterLeaf | readonly ParameterTree[] | { readonly [key: string]: ParameterTree };

/** One leaf found while walking a tree. */
export interface LeafEntry {
  /** Path such as `params.layers[0].W`. */
  readonly path: string;
  /** The leaf itself. */
  readonly leaf: ParameterLeaf;
  /** Its values, row-major (read-only: a Tensor's data is shared, not copied). */
  readonly values: LeafValues;
}

/** One leaf of the parameters with the matching leaf of the gradients. */
export interface LeafPair {
  /** Path of the parameter leaf, e.g. `params.W`. */
  readonly path: string;
  /** Parameter values (read-only). */
  readonly param: LeafValues;
  /** Gradient values, same length (read-only). */
  readonly grad: LeafValues;
}

/**
 * Whether a value is a leaf (Tensor, Float64Array or Float32Array).
 *
 * @param value - anything
 * @returns true for a leaf
 * @example
 * isParameterLeaf(new Float64Array(3)); // true
 * isParameterLeaf(tensor([[1, 2]]));    // true
 */
export function isParameterLeaf(value: unknown): value is ParameterLeaf {
  return value instanceof Float64Array || value instanceof Float32Array || isTensor(value);
}

/**
 * The values of a leaf, row-major, without copying.
 *
 * @param leaf - Tensor or typed array
 * @returns its data
 * @example
 * leafValues(tensor([[1, 2], [3, 4]])); // Float64Array [1, 2, 3, 4]
 */
export function leafValues(leaf: ParameterLeaf): LeafValues {
  return isTensor(leaf) ? leaf.data : leaf;
}

function describeLeaf(leaf: ParameterLeaf): string {
  return isTensor(leaf) ? `a Tensor of shape [${leaf.shape.join(', ')}]` : `a ${leaf.constructor.name} of length ${leaf.length}`;
}

/**
 * Every leaf of a tree with its path, in traversal order.
 *
 * @param tree - parameter tree
 * @param rootName - name of the root in paths, e.g. `params`
 * @param where - caller name for error messages
 * @returns leaves in traversal order
 * @throws InvalidArgumentError when a node is neither a leaf, an array nor a plain object
 * @example
 * collectLeaves({ w: new Float64Array(2), b: [new Float64Array(1)] }, 'params', 'demo').map((e) => e.path);
 * // ['params.w', 'params.b[0]']
 */
export function collectLeaves(tree: ParameterTree, rootName: string, where: string): LeafEntry[] {
  const entries: LeafEntry[] = [];
  const visit = (node: unknown, path: string): void => {
    if (isParameterLeaf(node)) {
      entries.push({ path, leaf: node, values: leafValues(node) });
    } else if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, `${path}[${index}]`));
    } else if (isPlainObject(node)) {
      for (const key of Object.keys(node)) visit(node[key], `${path}.${key}`);
    } else {
      throw new InvalidArgumentError(
        `${where}: expected ${path} to be a Tensor, a Float64Array, a Float32Array, an array or a plain object of them, ` +
          `got ${describeNode(node)}. Put only parameters in the tree.`,
      );
    }
  };
  visit(tree, rootName);
  return entries;
}

/**
 * Pairs the leaves of the parameters with those of the gradients, checking that both trees have the
 * same structure (same keys, same array lengths) and that paired leaves have the same length.
 *
 * @param params - parameter tree
 * @param grads - gradient tree of the same structure
 * @param where - caller name for error messages, e.g. `adam.update`
 * @returns one pair per leaf, in traversal order
 * @throws StructureMismatchError when the structures or leaf lengths differ
 * @example
 * pairLeaves({ w: Float64Array.of(1, 2) }, { w: Float64Array.of(0.5, 0) }, 'demo').length; // 1
 */
export function pairLeaves(params: ParameterTree, grads: ParameterTree, where: string): LeafPair[] {
  const pairs: LeafPair[] = [];
  const visit = (param: unknown, grad: unknown, path: string, gradPath: string): void => {
    if (isParameterLeaf(param)) {
      if (!isParameterLeaf(grad)) {
        throw new StructureMismatchError(
          `${where}: expected ${gradPath} to be a Tensor or typed array like ${path}, got ${describeNode(grad)}. ` +
            'Pass gradients with the same structure as the parameters.',
        );
      }
      const paramValues = leafValues(param);
      const gradValues = leafValues(grad);
      const shapesDiffer = isTensor(param) && isTensor(grad) && param.shape.join(',') !== grad.shape.join(',');
      if (gradValues.length !== paramValues.length || shapesDiffer) {
        const what = isTensor(param) ? `shape [${param.shape.join(', ')}]` : `${paramValues.length} entries`;
        throw new StructureMismatchError(
          `${where}: expected ${gradPath} to have ${what} like ${path}, got ${describeLeaf(grad)}. ` +
            'Pass the gradient of these parameters.',
        );
      }
      pairs.push({ path, param: paramValues, grad: gradValues });
    } else if (Array.isArray(param)) {
      if (!Array.isArray(grad) || grad.length !== param.length) {
        const got = Array.isArray(grad) ? `an array of length ${grad.length}` : describeNode(grad);
        throw new StructureMismatchError(
          `${where}: expected ${gradPath} to be an array of length ${param.length} like ${path}, got ${got}. ` +
            'Pass gradients with the same structure as the parameters.',
        );
      }
      param.forEach((child, index) => visit(child, grad[index], `${path}[${index}]`, `${gradPath}[${index}]`));
    } else if (isPlainObject(param)) {
      const keys = Object.keys(param);
      if (!isPlainObject(grad) || !sameKeys(keys, Object.keys(grad))) {
        const got = isPlainObject(grad) ? `keys [${Object.keys(grad).join(', ')}]` : describeNode(grad);
        throw new StructureMismatchError(
          `${where}: expected ${gradPath} to be an object with keys [${keys.join(', ')}] like ${path}, got ${got}. ` +
            'Pass gradients with the same structure as the parameters.',
        );
      }
      for (const key of keys) visit(param[key], grad[key], `${path}.${key}`, `${gradPath}.${key}`);
    } else {
      throw new InvalidArgumentError(
        `${where}: expected ${path} to be a Tensor, a Float64Array, a Float32Array, an array or a plain object of them, ` +
          `got ${describeNode(param)}. Put only parameters in the tree.`,
      );
    }
  };
  visit(params, grads, 'params', 'grads');
  return pairs;
}

/**
 * A new tree with the structure of `template` whose i-th leaf (in traversal order) holds `values[i]`,
 * as a leaf of the same kind as the template's: a Tensor of the same shape and dtype (a new tensor,
 * not on any tape), a Float32Array, or a Float64Array (`values[i]` itself, not a copy — pass arrays
 * nobody else holds).
 *
 * @param template - tree giving the structure and leaf types
 * @param values - one Float64Array per leaf, lengths matching the template's leaves
 * @returns the new tree (the template is not modified)
 * @example
 * rebuildTree({ w: new Float32Array(2) }, [Float64Array.of(1, 2)]); // { w: Float32Array [1, 2] }
 */
export function rebuildTree<T extends ParameterTree>(template: T, values: readonly Float64Array[]): T {
  let next = 0;
  const build = (node: unknown): unknown => {
    if (isParameterLeaf(node)) {
      const data = values[next++];
      if (isTensor(node)) return tensor(data, { shape: node.shape, dtype: node.dtype });
      return node instanceof Float32Array ? Float32Array.from(data) : data;
    }
    if (Array.isArray(node)) return node.map(build);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node as object)) out[key] = build((node as Record<string, unknown>)[key]);
    return out;
  };
  return build(template) as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(b);
  return a.every((key) => set.has(key));
}

function describeNode(node: unknown): string {
  if (isParameterLeaf(node)) return describeLeaf(node);
  if (node === null) return 'null';
  if (node === undefined) return 'undefined';
  if (Array.isArray(node)) return `an array of length ${node.length}`;
  if (isPlainObject(node)) return `an object with keys [${Object.keys(node).join(', ')}]`;
  if (typeof node === 'object') {
    const name = (node as { constructor?: { name?: string } }).constructor?.name;
    return name ? `a ${name}` : 'an object';
  }
  return `a value of type ${typeof node}`;
}
