/**
 * How much parallel compute the machine gives right now: the same fixed piece of plain JS arithmetic run on one
 * worker thread alone, then on `threads` worker threads at once. On a dedicated machine the ratio is close to the
 * thread count; on a shared VM it moves from minute to minute (measured on the reference machine: 1.1× to 1.9× on
 * 2 vCPUs within the same hour), so pool speedups are only meaningful beside it, measured at the same moments.
 */
import { Worker } from 'node:worker_threads';

/** The probe's worker: a dependent chain of multiply-adds and logs over a small array (no memory traffic). */
const PROBE_SOURCE = `
const { parentPort } = require('node:worker_threads');
const values = new Float64Array(4096);
for (let i = 0; i < values.length; i++) values[i] = Math.sin(i);
parentPort.on('message', (rounds) => {
  let sum = 0;
  for (let r = 0; r < rounds; r++) for (let i = 1; i < values.length; i++) sum += Math.log(1 + values[i] * values[i - 1] * values[i - 1]);
  parentPort.postMessage(sum);
});`;

/** Rounds of the probe loop: about 30 ms on one thread of the reference machine. */
const PROBE_ROUNDS = 1000;

/** A started probe. */
export interface ParallelismProbe {
  /** Threads it compares with one. */
  readonly threads: number;
  /**
   * One measurement: `threads` × (time of one thread alone) ÷ (time of `threads` threads together).
   *
   * @returns the parallel speedup the machine gave, 1 … threads (noise may push it slightly past either end)
   */
  measure(): Promise<number>;
  /** Stops the workers. */
  dispose(): Promise<void>;
}

/**
 * Starts `threads` probe workers (and warms them up).
 *
 * @param threads - how many threads to compare with one (≥ 1)
 * @returns the probe
 * @example
 * ```ts
 * const probe = await startParallelismProbe(2);
 * const speedup = await probe.measure(); // e.g. 1.85 on a quiet 2-core machine
 * await probe.dispose();
 * ```
 */
export async function startParallelismProbe(threads: number): Promise<ParallelismProbe> {
  const count = Math.max(1, Math.floor(threads));
  const workers = Array.from({ length: count }, () => new Worker(PROBE_SOURCE, { eval: true }));
  let failure: Error | undefined;
  for (const worker of workers) worker.on('error', (error) => (failure ??= error));
  const run = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      if (failure !== undefined) reject(failure);
      worker.once('message', () => (failure === undefined ? resolve() : reject(failure)));
      worker.postMessage(PROBE_ROUNDS);
    });
  await Promise.all(workers.map(run)); // warm-up: compile the loop everywhere
  return {
    threads: count,
    async measure() {
      let started = performance.now();
      await run(workers[0]!);
      const alone = performance.now() - started;
      started = performance.now();
      await Promise.all(workers.map(run));
      const together = performance.now() - started;
      return (count * alone) / together;
    },
    async dispose() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
