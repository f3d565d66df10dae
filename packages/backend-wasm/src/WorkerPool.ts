/**
 * A pool of threads running the lanes = pairs series kernels: worker_threads in Node, Web Workers in browsers
 * (feature-detected). Every worker instantiates the compiled kernel module with its own memory.
 *
 * A batch is split into one chunk per worker, contiguous in (n, m) order and balanced by DP cells; each worker
 * gets its pairs' rows (or, when pairs share rows, the whole packed series) and returns values and gradients
 * (transferred).
 * Workers start lazily with the first task; idle workers are unref'd in Node, so a live pool never keeps a process
 * from exiting, and `dispose()` terminates them.
 */
import { POOL_WORKER_SOURCE } from './generated/poolWorkerSource.js';
import { compactPairs, scatterCompactPairs, scatterPairs, selectPairs } from './pairSubset.js';
import type { SeriesBatchData, SeriesBatchResult, SeriesBatchSettings } from './runSeriesBatch.js';

/** The part of a Node or Web worker the pool uses. */
interface PoolThread {
  postMessage(message: unknown): void;
  terminate(): unknown;
  onMessage(listener: (data: unknown) => void): void;
  onError(listener: (error: unknown) => void): void;
  /** Node only: let the process exit while this worker idles (no-op in browsers). */
  setIdle(idle: boolean): void;
}

interface Pending {
  resolve(result: SeriesBatchResult): void;
  reject(error: Error): void;
}

/**
 * Threads for the series-batch kernels.
 *
 * @example
 * ```ts
 * const pool = new WorkerPool(module, 2);
 * const out = await pool.runSeriesBatch(data, { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float64' });
 * pool.dispose();
 * ```
 */
export class WorkerPool {
  /** Number of worker threads. */
  readonly size: number;
  private readonly module: WebAssembly.Module;
  private threads: Promise<PoolThread[]> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private readonly busy = new Map<PoolThread, number>();
  private disposed = false;

  /**
   * @param module - the compiled kernel module (sent to every worker)
   * @param size - number of workers (≥ 1)
   */
  constructor(module: WebAssembly.Module, size: number) {
    this.module = module;
    this.size = Math.max(1, Math.floor(size));
  }

  /**
   * Runs a batch split over the workers.
   *
   * @param data - packed series (as SeriesBatchInputs)
   * @param settings - p, γ > 0, radius, gradients, dtype
   * @returns values [b] and gradients in x's and y's layouts
   * @throws Error when the pool was disposed or a worker failed
   */
  async runSeriesBatch(data: SeriesBatchData, settings: SeriesBatchSettings): Promise<SeriesBatchResult> {
    if (this.disposed) throw new Error('backend-wasm: the worker pool was disposed; register or select the backend again.');
    const threads = await this.start();
    const chunks = splitByCells(data.lengthsX, data.lengthsY, threads.length);
    // Each worker gets only its pairs' rows, unless pairs share rows (pairwise matrices): copying every pair's rows
    // would then cost more than the shared series, which are sent whole.
    let pairRows = 0;
    for (let k = 0; k < data.lengthsX.length; k++) pairRows += data.lengthsX[k] + data.lengthsY[k];
    const compact = pairRows * settings.p <= data.x.length + data.y.length;
    const inputs = chunks.map((pairs) => (compact ? compactPairs(data, pairs, settings.p) : selectPairs(data, pairs)));
    const parts = await Promise.all(inputs.map((input, t) => this.send(threads[t], input, settings)));
    const out: SeriesBatchResult = {
      values: new Float64Array(data.lengthsX.length),
      gradX: settings.gradients ? new Float64Array(data.x.length) : null,
      gradY: settings.gradients ? new Float64Array(data.y.length) : null,
    };
    chunks.forEach((pairs, t) => {
      if (compact) scatterCompactPairs(out, parts[t], inputs[t], pairs, data, settings.p);
      else scatterPairs(out, parts[t], pairs, data, settings.p);
    });
    return out;
  }

  /** Terminates the workers; later calls throw. Safe to call twice. */
  dispose(): void {
    this.disposed = true;
    const threads = this.threads;
    this.threads = undefined;
    void threads?.then((list) => list.forEach((thread) => void thread.terminate()));
    for (const { reject } of this.pending.values()) reject(new Error('backend-wasm: the worker pool was disposed during a call.'));
    this.pending.clear();
  }

  private start(): Promise<PoolThread[]> {
    this.threads ??= (async () => {
      const threads: PoolThread[] = [];
      for (let t = 0; t < this.size; t++) {
        const thread = await spawnThread();
        thread.onMessage((message) => this.receive(message));
        thread.onError((error) => this.failAll(error));
        thread.postMessage({ module: this.module });
        thread.setIdle(true);
        threads.push(thread);
      }
      return threads;
    })();
    return this.threads;
  }

  private send(thread: PoolThread, data: SeriesBatchData, settings: SeriesBatchSettings): Promise<SeriesBatchResult> {
    const id = this.nextId++;
    return new Promise<SeriesBatchResult>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (result) => {
          this.release(thread);
          resolve(result);
        },
        reject: (error) => {
          this.release(thread);
          reject(error);
        },
      });
      this.busy.set(thread, (this.busy.get(thread) ?? 0) + 1);
      thread.setIdle(false);
      thread.postMessage({ id, data, settings });
    });
  }

  private release(thread: PoolThread): void {
    const left = (this.busy.get(thread) ?? 1) - 1;
    this.busy.set(thread, left);
    if (left === 0) thread.setIdle(true);
  }

  private receive(message: unknown): void {
    const { id, result, error } = message as { id: number; result?: SeriesBatchResult; error?: string };
    const pending = this.pending.get(id);
    if (pending === undefined) return;
    this.pending.delete(id);
    if (error !== undefined) pending.reject(new Error(`backend-wasm worker: ${error}`));
    else pending.resolve(result as SeriesBatchResult);
  }

  private failAll(error: unknown): void {
    const reason = new Error(`backend-wasm: a pool worker failed: ${error instanceof Error ? error.message : String(error)}`);
    for (const { reject } of this.pending.values()) reject(reason);
    this.pending.clear();
  }
}

/**
 * Splits pair indices into `parts` chunks, contiguous in (n, m) order, with about equal DP cells each.
 *
 * @param lengthsX - n_k
 * @param lengthsY - m_k
 * @param parts - number of chunks (≥ 1)
 * @returns pair indices per chunk (no empty chunk)
 * @example
 * splitByCells(Int32Array.of(4, 4, 4, 4), Int32Array.of(4, 4, 4, 4), 2); // [[0, 1], [2, 3]]
 */
export function splitByCells(lengthsX: Int32Array, lengthsY: Int32Array, parts: number): number[][] {
  const batch = lengthsX.length;
  const order = Array.from({ length: batch }, (_, k) => k).sort((a, b) => lengthsX[a] - lengthsX[b] || lengthsY[a] - lengthsY[b] || a - b);
  let total = 0;
  for (let k = 0; k < batch; k++) total += lengthsX[k] * lengthsY[k];
  const chunks: number[][] = [];
  let current: number[] = [];
  let done = 0;
  for (const k of order) {
    const cells = lengthsX[k] * lengthsY[k];
    // Cut before k when k's midpoint lies past this chunk's share of the total.
    if (current.length > 0 && chunks.length < parts - 1 && done + cells / 2 > (total * (chunks.length + 1)) / parts) {
      chunks.push(current);
      current = [];
    }
    current.push(k);
    done += cells;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Starts one worker from the bundled source: worker_threads in Node, a Blob-URL Web Worker elsewhere. */
async function spawnThread(): Promise<PoolThread> {
  const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  if (isNode) {
    const specifier = 'node:worker_threads';
    const { Worker } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as typeof import('node:worker_threads');
    const code = `globalThis.__softDtwPoolPort = require('node:worker_threads').parentPort;\n${POOL_WORKER_SOURCE}`;
    const worker = new Worker(code, { eval: true });
    return {
      postMessage: (message) => worker.postMessage(message),
      terminate: () => worker.terminate(),
      onMessage: (listener) => worker.on('message', listener),
      onError: (listener) => worker.on('error', listener),
      setIdle: (idle) => (idle ? worker.unref() : worker.ref()),
    };
  }
  const scope = globalThis as unknown as {
    Worker?: new (url: string) => {
      postMessage(message: unknown): void;
      terminate(): void;
      addEventListener(type: string, listener: (event: { data?: unknown; message?: string }) => void): void;
    };
    URL: { createObjectURL(blob: Blob): string; revokeObjectURL(url: string): void };
  };
  if (scope.Worker === undefined) throw new Error('backend-wasm: no Worker constructor here; run without threads.');
  const url = scope.URL.createObjectURL(new Blob([POOL_WORKER_SOURCE], { type: 'text/javascript' }));
  const worker = new scope.Worker(url);
  return {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => {
      worker.terminate();
      scope.URL.revokeObjectURL(url);
    },
    onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
    onError: (listener) => worker.addEventListener('error', (event) => listener(new Error(event.message ?? 'worker error'))),
    setIdle: () => undefined,
  };
}
