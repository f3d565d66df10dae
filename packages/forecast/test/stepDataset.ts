/**
 * stepDataset: a generated forecasting task with sharp steps at jittered times (test fixture). Each
 * series is flat at 0 over the input window (plus small noise), then jumps to `height` at a step time
 * drawn uniformly inside the output window. The input says nothing about when the step comes, so
 * the Euclidean-optimal forecast is the average of the possible steps (a smooth ramp), while a sharp
 * step at a typical time has a much lower DTW loss: the trade-off of the paper's Figure 1.
 */
import { createRng } from '@softdtw/autodiff';

/** Inputs and targets of the step task. */
export interface StepDataset {
  readonly inputs: number[][];
  readonly targets: number[][];
}

/**
 * Generates the step task.
 *
 * @param options - count, inputLength, outputLength, seed, height = 1, noise = 0.02
 * @returns count inputs (inputLength) and targets (outputLength)
 * @example
 * stepDataset({ count: 4, inputLength: 6, outputLength: 10, seed: 0 }).targets[0]; // [0, 0, …, 1, 1]
 */
export function stepDataset(options: { count: number; inputLength: number; outputLength: number; seed: number; height?: number; noise?: number }): StepDataset {
  const { count, inputLength, outputLength, seed, height = 1, noise = 0.02 } = options;
  const rng = createRng(seed);
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let i = 0; i < count; i++) {
    const stepAt = 2 + Math.floor(rng.nextFloat() * (outputLength - 4)); // first index at the new level, in [2, T − 3]
    inputs.push(Array.from({ length: inputLength }, () => noise * rng.nextNormal()));
    targets.push(Array.from({ length: outputLength }, (_, t) => (t >= stepAt ? height : 0)));
  }
  return { inputs, targets };
}
