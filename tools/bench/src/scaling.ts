/**
 * Pool scaling of a backend: the batch of the bench (1024 pairs, n = m = 128) on one thread (the sync functions)
 * and on every core (the async ones), timed in alternation with the machine's parallel speedup for the same kernel
 * (parallelismProbe.ts) measured between them, so the three numbers of each round see the same machine. The
 * speedup is the median of the per-round ratios; efficiency = speedup ÷ the machine's.
 */
import { BATCH_LENGTH, BATCH_PAIRS } from './benchCases.js';
import { BenchError } from './BenchError.js';
import { median } from './median.js';
import type { ParallelismProbe } from './parallelismProbe.js';
import { batchInputs, BENCH_GAMMA, type SoftDtwApi } from './runOurCases.js';

/** One backend's scaling on one kind of batch call. */
export interface ScalingResult {
  readonly target: string;
  readonly label: string;
  readonly kind: 'value' | 'value+grad';
  /** Threads of the machine probe (the pool's size). */
  readonly threads: number;
  /** Median wall time of the 1-thread call, ms. */
  readonly oneThreadMs: number;
  /** Median wall time of the all-cores call, ms. */
  readonly allCoresMs: number;
  /** Median over rounds of (1-thread ms ÷ all-cores ms). */
  readonly speedup: number;
  /** Median over rounds of the probe's speedup (the same kernel in independent workers, no splitting). */
  readonly machineSpeedup: number;
  /** Every round: [1-thread ms, all-cores ms, machine speedup]. */
  readonly rounds: ReadonlyArray<readonly [number, number, number]>;
}

/**
 * Measures a backend's batch scaling, round by round: 1-thread call, all-cores call, machine probe.
 *
 * @param api - the backend's functions (must have the all-cores ones)
 * @param target - target id and label, for the result
 * @param probe - a started machine probe
 * @param rounds - timed rounds (after one untimed warm-up round)
 * @param log - progress sink
 * @param clock - milliseconds now (injected for tests)
 * @returns value and value+grad results
 * @throws BenchError `NON_FINITE_RESULT` when a call returns a non-finite value
 * @example
 * ```ts
 * const rows = await measureScaling(api, { id: 'wasm', label: 'wasm f64' }, probe, 9, console.error);
 * ```
 */
export async function measureScaling(
  api: SoftDtwApi,
  target: { readonly id: string; readonly label: string },
  probe: ParallelismProbe,
  rounds: number,
  log: (line: string) => void,
  clock: () => number = () => performance.now(),
): Promise<ScalingResult[]> {
  const { softDtwBatchAllCores, softDtwBatchValueAndGradAllCores } = api;
  if (softDtwBatchAllCores === undefined || softDtwBatchValueAndGradAllCores === undefined) return [];
  const { xs, ys } = batchInputs(BATCH_PAIRS, BATCH_LENGTH);
  const options = { gamma: BENCH_GAMMA };
  const calls = {
    value: [async () => api.softDtwBatch(xs, ys, options), async () => softDtwBatchAllCores.call(api, xs, ys, options)],
    'value+grad': [
      async () => (await api.softDtwBatchValueAndGrad(xs, ys, options)).values,
      async () => (await softDtwBatchValueAndGradAllCores.call(api, xs, ys, options)).values,
    ],
  } as const;
  const results: ScalingResult[] = [];
  for (const kind of ['value', 'value+grad'] as const) {
    const [oneThread, allCores] = calls[kind];
    const timed = async (call: () => Promise<ArrayLike<number>>): Promise<number> => {
      const started = clock();
      const values = await call();
      const ms = clock() - started;
      for (let k = 0; k < values.length; k++) {
        if (!Number.isFinite(values[k])) {
          throw new BenchError('NON_FINITE_RESULT', `${target.label} scaling: expected finite soft-DTW values, got ${values[k]} at index ${k}.`);
        }
      }
      return ms;
    };
    await timed(oneThread);
    await timed(allCores);
    const samples: Array<[number, number, number]> = [];
    for (let round = 0; round < rounds; round++) samples.push([await timed(oneThread), await timed(allCores), await probe.measure(kind)]);
    const result: ScalingResult = {
      target: target.id,
      label: target.label,
      kind,
      threads: probe.threads,
      oneThreadMs: median(samples.map((s) => s[0])),
      allCoresMs: median(samples.map((s) => s[1])),
      speedup: median(samples.map((s) => s[0] / s[1])),
      machineSpeedup: median(samples.map((s) => s[2])),
      rounds: samples,
    };
    log(
      `  ${target.label} | batch ${kind} scaling: 1 thread ${result.oneThreadMs.toFixed(1)} ms, all cores ${result.allCoresMs.toFixed(1)} ms, ` +
        `speedup ${result.speedup.toFixed(2)}× (machine ${result.machineSpeedup.toFixed(2)}×)`,
    );
    results.push(result);
  }
  return results;
}
