import { median } from './median.js';

/** Wall-clock samples of one case and their median. */
export interface RunTimings {
  /** One entry per timed run, ms, in run order. */
  readonly samplesMs: readonly number[];
  /** Median of `samplesMs`. */
  readonly medianMs: number;
}

/**
 * Times a function: `warmup` untimed calls, then `reps` calls each timed alone with
 * `process.hrtime.bigint()` (monotonic, ns resolution).
 *
 * @param run - the work to time; its return value is passed to `check` (so it cannot be optimised away)
 * @param options.warmup - untimed calls first, ≥ 0
 * @param options.reps - timed calls, ≥ 1
 * @param options.check - called with each result, untimed; throw from it to reject a result (e.g. NaN)
 * @returns the samples in ms and their median
 * @throws RangeError when `reps` < 1
 * @example
 * ```ts
 * const { medianMs } = timeRuns(() => softDtw(x, y, { gamma: 1 }), { warmup: 3, reps: 5, check: () => {} });
 * ```
 */
export function timeRuns<T>(
  run: () => T,
  options: { readonly warmup: number; readonly reps: number; readonly check: (result: T) => void },
): RunTimings {
  if (options.reps < 1) throw new RangeError(`timeRuns: expected reps ≥ 1, got ${options.reps}.`);
  for (let k = 0; k < options.warmup; k++) options.check(run());
  const samplesMs: number[] = [];
  for (let k = 0; k < options.reps; k++) {
    const start = process.hrtime.bigint();
    const result = run();
    const end = process.hrtime.bigint();
    samplesMs.push(Number(end - start) / 1e6);
    options.check(result);
  }
  return { samplesMs, medianMs: median(samplesMs) };
}
