/**
 * The parallel speedup the machine gives a backend's own kernel right now, without the pool's work splitting: the
 * same share of the bench batch (1/threads of it) computed by one single-worker pool alone, then by `threads`
 * independent single-worker pools at once. Each pool pays the same per-call costs in both measurements, so the
 * ratio is the machine's (cores, shared caches, memory bandwidth, and on a shared VM whatever else the host runs),
 * the ceiling a pooled call can reach. It moves from minute to minute on the reference VM (1.2× to 2.0× on 2 vCPUs
 * within the same hour), so scaling.ts measures it between its timed calls. A plain-JS arithmetic loop is not a
 * substitute: it scaled 2.0× at moments when the float32 SIMD kernel got 1.5×.
 */
import { BATCH_LENGTH, BATCH_PAIRS } from './benchCases.js';
import { batchInputs, BENCH_GAMMA } from './runOurCases.js';

/** What a probe measures: the bench batch's value or value+gradient kernel. */
export type ProbeKind = 'value' | 'value+grad';

/** A started probe. */
export interface ParallelismProbe {
  /** Threads it compares with one. */
  readonly threads: number;
  /**
   * One measurement: `threads` × (time of one share alone) ÷ (time of `threads` shares at once).
   *
   * @param kind - value or value+gradient kernel
   * @returns the speedup the machine gave, about 1 … threads
   */
  measure(kind: ProbeKind): Promise<number>;
  /** Stops the workers. */
  dispose(): void;
}

/**
 * Starts the probe for the wasm backend's kernels: `threads` single-worker pools (backend-wasm's WorkerPool).
 *
 * @param dtype - which kernels ('float64': f64x2, 'float32': f32x4)
 * @param threads - how many workers to compare with one (≥ 1)
 * @returns the probe, warmed up
 * @example
 * ```ts
 * const probe = await startWasmKernelProbe('float32', 2);
 * await probe.measure('value'); // e.g. 1.95 on a quiet 2-core machine
 * probe.dispose();
 * ```
 */
export async function startWasmKernelProbe(dtype: 'float64' | 'float32', threads: number): Promise<ParallelismProbe> {
  const wasm = await import('@softdtw/backend-wasm');
  const count = Math.max(1, Math.floor(threads));
  const module = await wasm.compileKernelModule();
  const pools = Array.from({ length: count }, () => new wasm.WorkerPool(module, 1));
  const share = packBatchShare(Math.max(1, Math.round(BATCH_PAIRS / count)), BATCH_LENGTH);
  const settings = (kind: ProbeKind) => ({ p: 1, gamma: BENCH_GAMMA, radius: Infinity, gradients: kind === 'value+grad', dtype });
  for (const kind of ['value', 'value+grad'] as const) await Promise.all(pools.map((pool) => pool.runSeriesBatch(share, settings(kind))));
  return {
    threads: count,
    async measure(kind) {
      let started = performance.now();
      await pools[0]!.runSeriesBatch(share, settings(kind));
      const alone = performance.now() - started;
      started = performance.now();
      await Promise.all(pools.map((pool) => pool.runSeriesBatch(share, settings(kind))));
      return (count * alone) / (performance.now() - started);
    },
    dispose() {
      pools.forEach((pool) => pool.dispose());
    },
  };
}

/** The first `pairs` pairs of the bench batch, packed as the series-batch kernels take them. */
function packBatchShare(pairs: number, length: number) {
  const { xs, ys } = batchInputs(pairs, length);
  const pack = (series: ReadonlyArray<ArrayLike<number>>) => Float64Array.from(series.flatMap((s) => Array.from(s)));
  const starts = Int32Array.from({ length: pairs }, (_, k) => k * length);
  const lengths = new Int32Array(pairs).fill(length);
  return { x: pack(xs as number[][]), y: pack(ys as number[][]), xStart: starts, yStart: starts, lengthsX: lengths, lengthsY: lengths };
}
