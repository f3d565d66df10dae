import { BenchError } from './BenchError.js';
import type { BenchCase } from './benchCases.js';
import { makeSeries } from './makeSeries.js';
import { timeRuns, type RunTimings } from './timeRuns.js';

/** γ of every case, as in `sdtw_ref.c`. */
export const BENCH_GAMMA = 1;

/**
 * The part of `@softdtw/core`'s public API that the bench calls (plain arrays in, series as
 * `number[][]` of shape [n, p]). Declared here so the runner can be tested with a stand-in.
 */
export interface SoftDtwApi {
  softDtw(x: number[][], y: number[][], options: { gamma: number }): number;
  softDtwValueAndGrad(x: number[][], y: number[][], options: { gamma: number }): { value: number };
  softDtwBatch(xs: number[][][], ys: number[][][], options: { gamma: number }): ArrayLike<number>;
  softDtwBatchValueAndGrad(xs: number[][][], ys: number[][][], options: { gamma: number }): { values: ArrayLike<number> };
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

/**
 * Times each case against the given soft-DTW implementation, on the C reference's series
 * (`makeSeries` seeds 1 and 2 for single pairs, 10 + 2b and 11 + 2b for batch pair b), γ = 1.
 * Inputs are built before timing; the conversion from `number[][]` inside the API is timed,
 * because users pay it.
 *
 * @param api - `@softdtw/core` (or a stand-in with the same signatures)
 * @param cases - from {@link benchCases}
 * @param log - progress sink, one line per finished case
 * @returns one result per case, same order
 * @throws BenchError `NON_FINITE_RESULT` when a call returns NaN or ±Infinity
 * @example
 * ```ts
 * import * as core from '@softdtw/core';
 * const results = runOurCases(core, benchCases(parseBenchOptions(['--quick'])), console.error);
 * ```
 */
export function runOurCases(api: SoftDtwApi, cases: readonly BenchCase[], log: (line: string) => void): OurCaseResult[] {
  const options = { gamma: BENCH_GAMMA };
  const inputs = new SeriesCache();
  return cases.map((benchCase) => {
    const label = `ours | ${benchCase.label}`;
    const checkFinite = (values: ArrayLike<number>): void => {
      for (let k = 0; k < values.length; k++) {
        if (!Number.isFinite(values[k])) {
          throw new BenchError('NON_FINITE_RESULT', `${label}: expected a finite soft-DTW value, got ${values[k]} at index ${k}. Fix @softdtw/core before timing it.`);
        }
      }
    };
    let timings: RunTimings;
    let value = Number.NaN; // kept from the last timed run, so no extra call is needed
    switch (benchCase.kind) {
      case 'value':
      case 'valueAndGrad': {
        const x = inputs.get(benchCase.length, benchCase.dim, 1);
        const y = inputs.get(benchCase.length, benchCase.dim, 2);
        const run = benchCase.kind === 'value' ? () => api.softDtw(x, y, options) : () => api.softDtwValueAndGrad(x, y, options).value;
        const check = (result: number): void => {
          checkFinite([result]);
          value = result;
        };
        timings = timeRuns(run, { warmup: benchCase.warmup, reps: benchCase.reps, minTimedMs: benchCase.minTimedMs, check });
        break;
      }
      case 'batchValue':
      case 'batchValueAndGrad': {
        const xs = Array.from({ length: benchCase.pairs }, (_, b) => inputs.get(benchCase.length, benchCase.dim, 10 + 2 * b));
        const ys = Array.from({ length: benchCase.pairs }, (_, b) => inputs.get(benchCase.length, benchCase.dim, 11 + 2 * b));
        const run = benchCase.kind === 'batchValue' ? () => api.softDtwBatch(xs, ys, options) : () => api.softDtwBatchValueAndGrad(xs, ys, options).values;
        const check = (results: ArrayLike<number>): void => {
          checkFinite(results);
          value = results[0] ?? Number.NaN;
        };
        timings = timeRuns(run, { warmup: benchCase.warmup, reps: benchCase.reps, minTimedMs: benchCase.minTimedMs, check });
        break;
      }
    }
    const nsPerCell = (timings.medianMs * 1e6) / benchCase.cells;
    log(`  ours | ${benchCase.label.padEnd(40)} ${benchCase.cells.toString().padStart(10)} ${timings.medianMs.toFixed(3).padStart(12)} ${nsPerCell.toFixed(3).padStart(10)}`);
    return { benchCase, timings, nsPerCell, value };
  });
}

/** Series by (n, p, seed), so the value and value+grad cases share inputs. Not timed. */
class SeriesCache {
  private readonly series = new Map<string, number[][]>();

  get(length: number, dim: number, seed: number): number[][] {
    const key = `${length}:${dim}:${seed}`;
    let found = this.series.get(key);
    if (found === undefined) {
      found = makeSeries(length, dim, seed);
      this.series.set(key, found);
    }
    return found;
  }
}
