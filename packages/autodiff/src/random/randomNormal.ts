import type { DType } from '../tensor/DType.js';
import { allocate, checkDType } from '../tensor/DType.js';
import { checkShape, shapeSize, type Shape } from '../tensor/Shape.js';
import { Tensor } from '../tensor/Tensor.js';
import { createRng } from './createRng.js';

/** Options of {@link randomNormal}. */
export interface RandomNormalOptions {
  /** Seed of the SplitMix32 stream (see `createRng`). Required: results are reproducible. */
  readonly seed: number;
  readonly dtype?: DType;
  /** Default 0. */
  readonly mean?: number;
  /** Standard deviation, default 1. */
  readonly std?: number;
}

/**
 * A tensor of independent normal draws (Box–Muller over SplitMix32), reproducible from `seed`.
 *
 * @param shape - dimensions
 * @param opts - `seed` (required), `mean` (0), `std` (1), `dtype` (`'float64'`)
 * @returns a new tensor of `shape`
 * @example
 * ```ts
 * const w = randomNormal([3, 2], { seed: 0, std: 0.1 });
 * ```
 */
export function randomNormal(shape: Shape, opts: RandomNormalOptions): Tensor {
  const checkedShape = checkShape(shape, 'randomNormal');
  const { mean = 0, std = 1 } = opts;
  const rng = createRng(opts.seed);
  const data = allocate(checkDType(opts.dtype ?? 'float64', 'randomNormal'), shapeSize(checkedShape));
  for (let i = 0; i < data.length; i++) data[i] = mean + std * rng.nextNormal();
  return new Tensor(data, checkedShape);
}
