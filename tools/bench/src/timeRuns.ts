import { median } from './median.js';

/** Wall-clock samples of one case and their median. */
export interface RunTimings {
  /** One entry per timed run, ms, in run order. */
  readonly samplesMs: readonly number[];
  /** Median of `samplesMs`. */
  readonly medianMs: number;
}

/** Upper bound on timed calls when `minTimedMs` asks for more than `reps`. */
const MAX_TIMED_CALLS = 1000;

/**
 * Times a function: `warmup` untimed calls, then at least `reps` calls, each timed alone with
 * `process.hrtime.bigint()` (monotonic, ns resolution). When `minTimedMs` is given, it goes on
 * until the timed calls add up to that much (at most 1000 calls), so a millisecond-long case
 * gets enough samples that a single scheduler hiccup or GC cannot move its median.
 *
 * @param run - the work to time; its return value is passed to `check` (so it cannot be optimised away)
 * @param options.warmup - untimed calls first, ≥ 0
 * @param options.reps - minimum number of timed calls, ≥ 1
 * @param options.minTimedMs - minimum total of the timed calls, ms (default 0)
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
  options: { readonly warmup: number; readonly reps: number; readonly minTimedMs?: number; readonly check: (result: T) => void },
): RunTimings {
  if (options.reps < 1) throw new RangeError(`timeRuns: expected reps ≥ 1, got ${options.reps}.`);
  for (let k = 0; k < options.warmup; k++) options.check(run());
  const minTimedMs = options.minTimedMs ?? 0;
  const samplesMs: number[] = [];
  let timedMs = 0;
  while (samplesMs.length < options.reps || (timedMs < minTimedMs && samplesMs.length < MAX_TIMED_CALLS)) {
    const start = process.hrtime.bigint();
    const result = run();
    const end = process.hrtime.bigint();
    const ms = Number(end - start) / 1e6;
    samplesMs.push(ms);
    timedMs += ms;
    options.check(result);
  }
  return { samplesMs, medianMs: median(samplesMs) };
}

/**
 * {@link timeRuns} for work that returns a Promise (async backends, worker pools): each call is
 * awaited inside its own timing, so the figure is the wall time until the result is available.
 *
 * @param run - the work to time
 * @param options - as for timeRuns
 * @returns the samples in ms and their median
 * @throws RangeError when `reps` < 1
 * @example
 * ```ts
 * const { medianMs } = await timeRunsAsync(() => softDtwBatchAsync(xs, ys), { warmup: 1, reps: 5, check: () => {} });
 * ```
 */
export async function timeRunsAsync<T>(
  run: () => Promise<T>,
  options: { readonly warmup: number; readonly reps: number; readonly minTimedMs?: number; readonly check: (result: T) => void },
): Promise<RunTimings> {
  if (options.reps < 1) throw new RangeError(`timeRunsAsync: expected reps ≥ 1, got ${options.reps}.`);
  for (let k = 0; k < options.warmup; k++) options.check(await run());
  const minTimedMs = options.minTimedMs ?? 0;
  const samplesMs: number[] = [];
  let timedMs = 0;
  while (samplesMs.length < options.reps || (timedMs < minTimedMs && samplesMs.length < MAX_TIMED_CALLS)) {
    const start = process.hrtime.bigint();
    const result = await run();
    const end = process.hrtime.bigint();
    const ms = Number(end - start) / 1e6;
    samplesMs.push(ms);
    timedMs += ms;
    options.check(result);
  }
  return { samplesMs, medianMs: median(samplesMs) };
}
