/**
 * numpy broadcasting: shapes are aligned from the right; two dimensions are compatible when
 * they are equal or one of them is 1; missing leading dimensions count as 1.
 */
import { ShapeError } from '../errors.js';
import { formatShape, type Shape } from '../tensor/Shape.js';

/**
 * The shape two (or more) operands broadcast to.
 *
 * @param shapes - operand shapes
 * @param op - operation name for the error message
 * @returns the broadcast shape
 * @throws ShapeError when two dimensions differ and neither is 1
 * @example
 * ```ts
 * broadcastShapes([[2, 1], [3]], 'add'); // [2, 3]
 * ```
 */
export function broadcastShapes(shapes: readonly Shape[], op: string): number[] {
  const rank = Math.max(0, ...shapes.map((shape) => shape.length));
  const result = new Array<number>(rank).fill(1);
  for (const shape of shapes) {
    const shift = rank - shape.length;
    for (let axis = 0; axis < shape.length; axis++) {
      const dim = shape[axis];
      const current = result[axis + shift];
      if (dim === current || dim === 1) continue;
      if (current !== 1) {
        throw new ShapeError(
          `${op}: expected shapes that broadcast, got ${shapes.map(formatShape).join(' and ')}. ` +
            'Aligned from the right, dimensions must be equal or 1; reshape or expandDims an operand.',
        );
      }
      result[axis + shift] = dim;
    }
  }
  return result;
}

/**
 * Strides that read a tensor of shape `from` as if it had the broadcast shape `to`:
 * the row-major stride on real axes, 0 on repeated (size-1 or missing) axes.
 *
 * @param from - the operand's shape (broadcastable to `to`)
 * @param to - the target shape
 * @returns one stride per axis of `to`
 * @example
 * ```ts
 * broadcastStrides([3], [2, 3]); // [0, 1]
 * ```
 */
export function broadcastStrides(from: Shape, to: Shape): number[] {
  const strides = new Array<number>(to.length).fill(0);
  let stride = 1;
  for (let axis = from.length - 1; axis >= 0; axis--) {
    const target = axis + to.length - from.length;
    strides[target] = from[axis] === 1 && to[target] !== 1 ? 0 : stride;
    stride *= from[axis];
  }
  return strides;
}
