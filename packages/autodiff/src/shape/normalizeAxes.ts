/**
 * Axis arguments: negative axes count from the end (`-1` = last), as in numpy.
 */
import { InvalidArgumentError } from '../errors.js';

/**
 * Resolves one possibly negative axis.
 *
 * @param axis - an integer in [-rank, rank)
 * @param rank - the tensor's rank
 * @param op - operation name for the error message
 * @returns the axis in [0, rank)
 * @throws InvalidArgumentError when out of range or not an integer
 * @example
 * ```ts
 * normalizeAxis(-1, 3, 'sum'); // 2
 * ```
 */
export function normalizeAxis(axis: number, rank: number, op: string): number {
  if (typeof axis !== 'number' || !Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw new InvalidArgumentError(
      `${op}: expected an integer axis in [${-rank}, ${rank - 1}] for a rank-${rank} tensor, got ${String(axis)}. Use a valid axis (negative axes count from the end).`,
    );
  }
  return axis < 0 ? axis + rank : axis;
}

/**
 * Resolves an axis list (`undefined` = every axis) to sorted, unique, non-negative axes.
 *
 * @param axis - one axis, a list, or `undefined` for all
 * @param rank - the tensor's rank
 * @param op - operation name for the error message
 * @returns sorted non-negative axes
 * @throws InvalidArgumentError for out-of-range or repeated axes
 * @example
 * ```ts
 * normalizeAxes([-1, 0], 3, 'sum'); // [0, 2]
 * ```
 */
export function normalizeAxes(axis: number | readonly number[] | undefined, rank: number, op: string): number[] {
  if (axis === undefined) return Array.from({ length: rank }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : axis;
  if (!Array.isArray(list)) {
    throw new InvalidArgumentError(`${op}: expected an axis or a list of axes, got ${typeof axis}. Pass e.g. 0, [0, 1] or nothing.`);
  }
  const resolved = list.map((a) => normalizeAxis(a, rank, op)).sort((a, b) => a - b);
  for (let i = 1; i < resolved.length; i++) {
    if (resolved[i] === resolved[i - 1]) {
      throw new InvalidArgumentError(`${op}: expected distinct axes, got [${list.join(', ')}] which names axis ${resolved[i]} twice. Remove the repeat.`);
    }
  }
  return resolved;
}
