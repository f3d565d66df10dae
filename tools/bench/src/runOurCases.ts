import { BenchError } from './BenchError.js';
import type { BenchCase } from './benchCases.js';
import { makeSeries } from './makeSeries.js';
import { timeRunsAsync, type RunTimings } from './timeRuns.js';

/** γ of every case, as in `sdtw_ref.c`. */
export const BENCH_GAMMA = 1;

type MaybePromise<T> = T | Promise<T>;

/** A benchmark series: `number[]` when univariate (p = 1, what users pass), else `number[][]` of shape [n, p]. */
export type BenchSeries = number[] | number[][];

/**
 * The soft-DTW functions the bench calls on one backend (plain arrays in, series as
 * {@link BenchSeries}); each may return a Promise (async backends). Declared here so
 * the runner can be tested with a stand-in.
 */
export interface SoftDtwApi {
  softDtw(x: BenchSeries, y: BenchSeries, options: { gamma: number }): MaybePromise<number>;
  softDtwValueAndGrad(x: BenchSeries, y: BenchSeries, options: { gamma: number }): MaybePromise<{ value: number }>;
  softDtwBatch(xs: BenchSeries[], ys: BenchSeries[], options: { gamma: number }): MaybePromise<ArrayLike<number>>;
  softDtwBatchValueAndGrad(xs: BenchSeries[], ys: BenchSeries[], options: { gamma: number }): MaybePromise<{ values: ArrayLike<number> }>;
  /** A batch on every core (a worker pool); absent when the backend has none (its rows print "—"). */
  softDtwBatchAllCores?(xs: BenchSeries[], ys: BenchSeries[], options: { gamma: number }): Promise<ArrayLike<number>>;
  /** Values and gradients of a batch on every core; absent when the backend has no pool. */
  softDtwBatchValueAndGradAllCores?(xs: BenchSeries[], ys: BenchSeries[], options: { gamma: number }): Promise<{ values: ArrayLike<number> }>;
  /** Longest single pair to time (a software GPU adapter takes minutes on n = 4096); default: all. */
  readonly maxLength?: number;
}

/** Our measurement of one case. */
export interface OurCaseResult {
  readonly benchCase: BenchCase;
  readonly timings: RunTimings;
  /** Median ns per DP cell: medianMs · 10^6 / cells. */
  readonly nsPerCell: number;
  /** soft-DTW value of the (first) pair, a cross-check that the same inputs were used everywhere. */
  readonly value: number;
}

/** A case a backend was not timed on, and why. */
export interface SkippedCase {
  readonly benchCase: BenchCase;
  readonly skipped: string;
}

/**
 * Times each case against the given soft-DTW implementation, on the C reference's series
 * (`makeSeries` seeds 1 and 2 for single pairs, 10 + 2b and 11 + 2b for batch pair b), γ = 1.
 * Inputs (univariate series as `number[]`, as users pass them) are built before timing; the
 * conversion inside the API is timed,
 * because users pay it. Every call is awaited inside its timing (a no-op for sync results).
 *
 * @param api - the functions of one backend (or a stand-in with the same signatures)
 * @param cases - from {@link benchCases}
 * @param log - progress sink, one line per finished case
 * @param name - how progress lines name the backend
 * @returns one result per case, same order (skipped cases say why)
 * @throws BenchError `NON_FINITE_RESULT` when a call returns NaN or ±Infinity
 * @example
 * ```ts
 * import * as core from '@softdtw/core';
 * const results = await runOurCases(core, benchCases(parseBenchOptions(['--quick'])), console.error, 'cpu');
 * ```
 */
export async function runOurCases(
  api: SoftDtwApi,
  cases: readonly BenchCase[],
  log: (line: string) => void,
  name = 'ours',
): Promise<Array<OurCaseResult | SkippedCase>> {
  const options = { gamma: BENCH_GAMMA };
  const inputs = new SeriesCache();
  const results: Array<OurCaseResult | SkippedCase> = [];
  for (const benchCase of cases) {
    const label = `${name} | ${benchCase.label}`;
    const checkFinite = (values: ArrayLike<number>): void => {
      for (let k = 0; k < values.length; k++) {
        if (!Number.isFinite(values[k])) {
          throw new BenchError('NON_FINITE_RESULT', `${label}: expected a finite soft-DTW value, got ${values[k]} at index ${k}. Fix the backend before timing it.`);
        }
      }
    };
    const skip = (reason: string): void => {
      log(`  ${label.padEnd(50)} skipped: ${reason}`);
      results.push({ benchCase, skipped: reason });
    };
    let timings: RunTimings;
    let value = Number.NaN; // kept from the last timed run, so no extra call is needed
    const timing = { warmup: benchCase.warmup, reps: benchCase.reps, minTimedMs: benchCase.minTimedMs };
    switch (benchCase.kind) {
      case 'value':
      case 'valueAndGrad': {
        if (api.maxLength !== undefined && benchCase.length > api.maxLength) {
          skip(`n > ${api.maxLength} is too slow on this backend here`);
          continue;
        }
        const x = inputs.get(benchCase.length, benchCase.dim, 1);
        const y = inputs.get(benchCase.length, benchCase.dim, 2);
        const run = benchCase.kind === 'value' ? async () => api.softDtw(x, y, options) : async () => (await api.softDtwValueAndGrad(x, y, options)).value;
        const check = (result: number): void => {
          checkFinite([result]);
          value = result;
        };
        timings = await timeRunsAsync(run, { ...timing, check });
        break;
      }
      default: {
        const allCores = benchCase.kind === 'batchValueAllCores' || benchCase.kind === 'batchValueAndGradAllCores';
        const withGrad = benchCase.kind === 'batchValueAndGrad' || benchCase.kind === 'batchValueAndGradAllCores';
        const batchValue = allCores ? api.softDtwBatchAllCores : api.softDtwBatch;
        const batchValueAndGrad = allCores ? api.softDtwBatchValueAndGradAllCores : api.softDtwBatchValueAndGrad;
        if (batchValue === undefined || batchValueAndGrad === undefined) {
          skip('no worker pool: the 1-thread row is the figure');
          continue;
        }
        const { xs, ys } = batchInputs(benchCase.pairs, benchCase.length);
        const run = withGrad ? async () => (await batchValueAndGrad.call(api, xs, ys, options)).values : async () => batchValue.call(api, xs, ys, options);
        const check = (values: ArrayLike<number>): void => {
          checkFinite(values);
          value = values[0] ?? Number.NaN;
        };
        timings = await timeRunsAsync(run, { ...timing, check });
        break;
      }
    }
    const nsPerCell = (timings.medianMs * 1e6) / benchCase.cells;
    log(`  ${label.padEnd(50)} ${benchCase.cells.toString().padStart(10)} ${timings.medianMs.toFixed(3).padStart(12)} ${nsPerCell.toFixed(3).padStart(10)}`);
    results.push({ benchCase, timings, nsPerCell, value });
  }
  return results;
}

/**
 * Narrows a case result to a timed one.
 *
 * @param result - from runOurCases
 * @returns whether it was timed
 * @example
 * results.filter(isTimed);
 */
export function isTimed(result: OurCaseResult | SkippedCase): result is OurCaseResult {
  return !('skipped' in result);
}

/** Series by (n, p, seed), so the value and value+grad cases share inputs. Not timed. */
/**
 * The bench's batch: pair b is (makeSeries seed 10 + 2b, seed 11 + 2b), univariate `number[]` as users pass them.
 *
 * @param pairs - number of pairs
 * @param length - n = m
 * @returns xs and ys
 * @example
 * batchInputs(1024, 128).xs.length; // 1024
 */
export function batchInputs(pairs: number, length: number): { xs: BenchSeries[]; ys: BenchSeries[] } {
  const univariate = (seed: number): number[] => makeSeries(length, 1, seed).map((row) => row[0] as number);
  return { xs: Array.from({ length: pairs }, (_, b) => univariate(10 + 2 * b)), ys: Array.from({ length: pairs }, (_, b) => univariate(11 + 2 * b)) };
}

class SeriesCache {
  private readonly series = new Map<string, BenchSeries>();

  get(length: number, dim: number, seed: number): BenchSeries {
    const key = `${length}:${dim}:${seed}`;
    let found = this.series.get(key);
    if (found === undefined) {
      const rows = makeSeries(length, dim, seed);
      found = dim === 1 ? rows.map((row) => row[0] as number) : rows;
      this.series.set(key, found);
    }
    return found;
  }
}
