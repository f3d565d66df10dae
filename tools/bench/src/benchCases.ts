import type { BenchOptions } from './benchOptions.js';

/** Which public function of `@softdtw/core` a case times. */
export type BenchCaseKind = 'value' | 'valueAndGrad' | 'batchValue' | 'batchValueAndGrad' | 'batchValueAllCores' | 'batchValueAndGradAllCores';

/** One row of the comparison table: what we time, and the `sdtw_ref` line it is compared with. */
export interface BenchCase {
  /** Row label in the table, e.g. `value+grad n=1024 p=8`. */
  readonly label: string;
  /** The case name exactly as `./sdtw_ref` prints it, e.g. `cost+fwd+bwd+grad n=1024 p=8`. */
  readonly cCaseName: string;
  readonly kind: BenchCaseKind;
  /** Series length n = m. */
  readonly length: number;
  /** Feature dimension p. */
  readonly dim: number;
  /** Number of (x, y) pairs per timed call: 1 for single-pair cases. */
  readonly pairs: number;
  /** DP cells per timed call: pairs · n · m; ns/cell = time / cells. */
  readonly cells: number;
  /** Untimed runs first, so V8 has optimised the code and the buffers have been touched. */
  readonly warmup: number;
  /** Timed repetitions (the median is reported); the minimum when `minTimedMs` asks for more. */
  readonly reps: number;
  /** Keep timing until the timed runs add up to this many ms: short cases get more samples. */
  readonly minTimedMs: number;
}

/** Pairs and length of the batch rows, fixed by `sdtw_ref.c`. */
export const BATCH_PAIRS = 1024;
/** Length n = m of each batch pair, fixed by `sdtw_ref.c`. */
export const BATCH_LENGTH = 128;
/** Above this length the C reference caps its repetitions at 3 (about 2 s per run); we do the same. */
const LONG_LENGTH = 4096;
const LONG_MAX_REPS = 3;
/** Warm-up runs: a few for short cases (milliseconds each), one for the long and batch ones (seconds each). */
const SHORT_WARMUP = 3;
const LONG_WARMUP = 1;
/** Short cases (n ≤ 1024, a few ms each) are timed for at least this long; long and batch ones just `reps` times. */
const SHORT_MIN_TIMED_MS = 250;

/**
 * Lists the cases of one bench run in table order (p outer, n inner, value before
 * value+gradient, then the two batch rows), each mapped to its `sdtw_ref` line.
 *
 * @param options - sizes, dims and reps (see {@link parseBenchOptions})
 * @returns 2 · |sizes| · |dims| + 4 cases: 16 for the full run, 12 for `--quick`
 * @example
 * ```ts
 * benchCases({ sizes: [256], dims: [1], reps: 5, json: false, help: false }).map((c) => c.cCaseName);
 * // ['cost+fwd n=256 p=1', 'cost+fwd+bwd+grad n=256 p=1', 'batch1024x128 cost+fwd 1thr', 'batch1024x128 cost+fwd+bwd+grad 1thr']
 * ```
 */
export function benchCases(options: Pick<BenchOptions, 'sizes' | 'dims' | 'reps'>): BenchCase[] {
  const cases: BenchCase[] = [];
  for (const dim of options.dims) {
    for (const length of options.sizes) {
      const reps = length >= LONG_LENGTH ? Math.min(options.reps, LONG_MAX_REPS) : options.reps;
      const shape = `n=${length} p=${dim}`;
      const warmup = length >= LONG_LENGTH ? LONG_WARMUP : SHORT_WARMUP;
      const minTimedMs = length >= LONG_LENGTH ? 0 : SHORT_MIN_TIMED_MS;
      const common = { length, dim, pairs: 1, cells: length * length, warmup, reps, minTimedMs };
      cases.push({ label: `value ${shape}`, cCaseName: `cost+fwd ${shape}`, kind: 'value', ...common });
      cases.push({ label: `value+grad ${shape}`, cCaseName: `cost+fwd+bwd+grad ${shape}`, kind: 'valueAndGrad', ...common });
    }
  }
  const batch = { length: BATCH_LENGTH, dim: 1, pairs: BATCH_PAIRS, cells: BATCH_PAIRS * BATCH_LENGTH * BATCH_LENGTH, warmup: LONG_WARMUP, reps: options.reps, minTimedMs: 0 };
  const batchName = `batch${BATCH_PAIRS}x${BATCH_LENGTH}`;
  cases.push({ label: `batch ${BATCH_PAIRS}×${BATCH_LENGTH} p=1 value, 1 thread`, cCaseName: `${batchName} cost+fwd 1thr`, kind: 'batchValue', ...batch });
  cases.push({
    label: `batch ${BATCH_PAIRS}×${BATCH_LENGTH} p=1 value+grad, 1 thread`,
    cCaseName: `${batchName} cost+fwd+bwd+grad 1thr`,
    kind: 'batchValueAndGrad',
    ...batch,
  });
  // The same batches through the async functions: a worker pool on every core where the backend has one
  // (compared with the same 1-thread C row: the ratio is then a throughput ratio).
  cases.push({ label: `batch ${BATCH_PAIRS}×${BATCH_LENGTH} p=1 value, all cores`, cCaseName: `${batchName} cost+fwd 1thr`, kind: 'batchValueAllCores', ...batch });
  cases.push({
    label: `batch ${BATCH_PAIRS}×${BATCH_LENGTH} p=1 value+grad, all cores`,
    cCaseName: `${batchName} cost+fwd+bwd+grad 1thr`,
    kind: 'batchValueAndGradAllCores',
    ...batch,
  });
  return cases;
}
