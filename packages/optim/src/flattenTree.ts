/**
 * Flattening a parameter tree into one float64 vector and back, so that vector methods such as
 * minimizeLbfgs can optimize several arrays at once (e.g. a barycenter and per-series offsets).
 */
import { InvalidArgumentError } from './errors.js';
import { collectLeaves, rebuildTree, type ParameterTree } from './ParameterTree.js';

/** A flattened tree and the way back. */
export interface FlatTree<T extends ParameterTree> {
  /** All leaves concatenated in traversal order, [Σ sizes] (a fresh copy). */
  readonly vector: Float64Array;
  /** Leaf paths in traversal order, e.g. ['params.W', 'params.b']. */
  readonly paths: readonly string[];
  /** Leaf sizes (entry counts) in traversal order. */
  readonly sizes: readonly number[];
  /**
   * A new tree with the original structure and leaf kinds (Tensors keep their shape and dtype),
   * filled from a vector.
   *
   * @param vector - [Σ sizes]
   * @returns the tree
   * @throws InvalidArgumentError when the length is wrong
   */
  unflatten(vector: ArrayLike<number>): T;
}

/**
 * Concatenates the leaves of a tree into one Float64Array and returns the inverse map.
 *
 * @param tree - parameter tree (leaves Tensor/Float64Array/Float32Array)
 * @returns { vector, paths, sizes, unflatten }
 * @throws InvalidArgumentError when a node is not a leaf, array or plain object
 * @example
 * const flat = flattenTree({ w: Float64Array.of(1, 2), b: Float64Array.of(3) });
 * flat.vector; // Float64Array [1, 2, 3]
 * flat.unflatten([4, 5, 6]); // { w: Float64Array [4, 5], b: Float64Array [6] }
 */
export function flattenTree<T extends ParameterTree>(tree: T): FlatTree<T> {
  const leaves = collectLeaves(tree, 'params', 'flattenTree');
  const sizes = leaves.map((entry) => entry.values.length);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const vector = new Float64Array(total);
  let offset = 0;
  for (const { values } of leaves) {
    vector.set(values, offset);
    offset += values.length;
  }
  return {
    vector,
    paths: leaves.map((entry) => entry.path),
    sizes,
    unflatten(flat: ArrayLike<number>): T {
      if (flat.length !== total) {
        throw new InvalidArgumentError(
          `flattenTree.unflatten: expected a vector of length ${total} (the tree's ${sizes.length} leaves), got length ${flat.length}. ` +
            'Pass a vector produced for this tree.',
        );
      }
      let start = 0;
      const pieces = sizes.map((size) => {
        const piece = new Float64Array(size);
        for (let i = 0; i < size; i++) piece[i] = flat[start + i];
        start += size;
        return piece;
      });
      return rebuildTree(tree, pieces);
    },
  };
}
