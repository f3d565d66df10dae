import { InvalidArgumentError } from '../errors.js';
import type { DType } from '../tensor/DType.js';
import { allocate, checkDType } from '../tensor/DType.js';
import { checkShape, shapeSize, type Shape } from '../tensor/Shape.js';
import { Tensor } from '../tensor/Tensor.js';
import { createRng } from './createRng.js';

/** Options of {@link randomUniform}. */
export interface RandomUniformOptions {
  /** Seed of the SplitMix32 stream (see `createRng`). Required: results are reproducible. */
  readonly seed: number;
  /** Inclusive lower bound, default 0. */
  readonly low?: number;
  /** Exclusive upper bound, default 1. */
  readonly high?: number;
  readonly dtype?: DType;
}

/**
 * A tensor of independent uniform draws in [low, high), reproducible from `seed`.
 *
 * @param shape - dimensions
 * @param opts - `seed` (required), `low` (0), `high` (1), `dtype` (`'float64'`)
 * @returns a new tensor of `shape`
 * @example
 * ```ts
 * const u = randomUniform([4], { seed: 1, low: -1, high: 1 });
 * ```
 */
export function randomUniform(shape: Shape, opts: RandomUniformOptions): Tensor {
  const checkedShape = checkShape(shape, 'randomUniform');
  const { low = 0, high = 1 } = opts;
  if (!(high >= low)) {
    throw new InvalidArgumentError(`randomUniform: expected low <= high, got low=${low}, high=${high}. Swap or fix the bounds.`);
  }
  const rng = createRng(opts.seed);
  const data = allocate(checkDType(opts.dtype ?? 'float64', 'randomUniform'), shapeSize(checkedShape));
  for (let i = 0; i < data.length; i++) data[i] = low + (high - low) * rng.nextFloat();
  return new Tensor(data, checkedShape);
}
