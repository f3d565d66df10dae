/**
 * The one indexing loop of the reference kernels: for every element of an output (row-major
 * order), the flat offset into a source read with arbitrary strides. Broadcasting (stride 0),
 * transposes (permuted strides), slices (base offset) and reductions (output strides with 0 on
 * reduced axes) are all this loop with different strides.
 */
import { shapeSize, type Shape } from '../tensor/Shape.js';

/**
 * Offsets `base + Σ index[axis]·strides[axis]` for every multi-index of `shape`, in row-major order.
 *
 * @param shape - the shape being walked
 * @param strides - one stride per axis of `shape`
 * @param base - offset of the first element
 * @returns `Uint32Array` of `shapeSize(shape)` offsets
 * @example
 * ```ts
 * stridedOffsets([2, 2], [1, 2]); // [0, 2, 1, 3]  (the transpose of a 2×2 matrix)
 * ```
 */
export function stridedOffsets(shape: Shape, strides: readonly number[], base = 0): Uint32Array {
  const size = shapeSize(shape);
  const offsets = new Uint32Array(size);
  const rank = shape.length;
  const index = new Array<number>(rank).fill(0);
  let offset = base;
  for (let i = 0; i < size; i++) {
    offsets[i] = offset;
    // Odometer step: bump the last axis, carry into earlier axes when one wraps around.
    for (let axis = rank - 1; axis >= 0; axis--) {
      index[axis]++;
      offset += strides[axis];
      if (index[axis] < shape[axis]) break;
      offset -= strides[axis] * shape[axis];
      index[axis] = 0;
    }
  }
  return offsets;
}
