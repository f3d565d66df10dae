/**
 * A pool of threads running the lanes = pairs series kernels: worker_threads in Node, Web Workers in browsers
 * (feature-detected). Every worker instantiates the compiled kernel module with its own memory.
 *
 * A batch is cut into chunks as the workers ask for them (GuidedChunks: contiguous in (n, m) order, each 1/(4·threads)
 * of the remaining cells, so they shrink towards the end), two in flight per worker: a worker whose core is busy with
 * something else (GC of the main isolate, another process) takes fewer chunks instead of holding the call back (with
 * one fixed share per worker, the slower of two finished 10–20 % after the other on the reference VM). Each chunk travels in one task
 * buffer (poolTask.ts): its pairs' rows (or, when pairs share rows, the whole packed series), then room for its
 * results; the buffer is transferred to the worker and back, and kept for later chunks and calls, so a pooled call
 * allocates no large memory after the first (fresh pages were the largest serial cost here, see poolTask.ts).
 * Each chunk's results are copied out as soon as it returns, while the workers compute the next ones.
 * Workers start lazily with the first task; idle workers are unref'd in Node, so a live pool never keeps a process
 * from exiting, and `dispose()` terminates them.
 */
import { POOL_WORKER_SOURCE } from './generated/poolWorkerSource.js';
import { planPoolTask, poolTaskBytes, readPoolTaskOutputs, writePoolTaskInputs, type PoolTask, type PoolTaskShape } from './poolTask.js';
import { newSeriesBatchResult, type SeriesBatchData, type SeriesBatchResult, type SeriesBatchSettings } from './runSeriesBatch.js';

/** The part of a Node or Web worker the pool uses. */
interface PoolThread {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  terminate(): unknown;
  onMessage(listener: (data: unknown) => void): void;
  onError(listener: (error: unknown) => void): void;
  /** Node only: the worker stopped (terminated, or killed by an error); browsers report deaths through onError. */
  onExit(listener: (code: number) => void): void;
  /** Node only: let the process exit while this worker idles (no-op in browsers). */
  setIdle(idle: boolean): void;
}

interface Pending {
  resolve(buffer: ArrayBuffer): void;
  reject(error: Error): void;
}

/** What a worker receives for one share (the buffer is transferred). */
export interface PoolTaskMessage {
  readonly id: number;
  readonly buffer: ArrayBuffer;
  readonly task: PoolTaskShape;
  readonly settings: SeriesBatchSettings;
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
  private started: PoolThread[] | undefined;
  /** Task buffers back from the workers, for reuse (at most 2 per worker: as many as chunks in flight). */
  private readonly spare: ArrayBuffer[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private readonly busy = new Map<PoolThread, number>();
  private disposed = false;
  private failure: Error | undefined;

  /**
   * @param module - the compiled kernel module (sent to every worker)
   * @param size - number of workers (≥ 1)
   */
  constructor(module: WebAssembly.Module, size: number) {
    this.module = module;
    this.size = Math.max(1, Math.floor(size));
  }

  /**
   * Runs a batch split over the workers, in chunks (see the file header).
   *
   * @param data - packed series (as SeriesBatchInputs)
   * @param settings - p, γ > 0, radius, gradients, dtype
   * @returns values [b] and gradients in x's and y's layouts
   * @throws Error when the pool was disposed or a worker failed
   */
  async runSeriesBatch(data: SeriesBatchData, settings: SeriesBatchSettings): Promise<SeriesBatchResult> {
    if (this.disposed) throw new Error('backend-wasm: the worker pool was disposed; register or select the backend again.');
    if (this.failure !== undefined) throw this.failure;
    // Once started, the first chunks are posted before this function first yields, so a caller can queue several batches.
    const threads = this.started ?? (await this.start());
    const chunks = new GuidedChunks(data.lengthsX, data.lengthsY, threads.length);
    // Each worker gets only its pairs' rows, unless pairs share rows (pairwise matrices): copying every pair's rows
    // would then cost more than the shared series, which are sent whole.
    let pairRows = 0;
    for (let k = 0; k < data.lengthsX.length; k++) pairRows += data.lengthsX[k] + data.lengthsY[k];
    const compact = pairRows * settings.p <= data.x.length + data.y.length;
    const out = newSeriesBatchResult(data.lengthsX.length, data.x.length, data.y.length, settings.gradients);
    // Chunks are cut as they are handed out, two in flight per worker (one computing, one waiting in its message
    // queue), so a worker slowed by something else on its core takes fewer chunks instead of holding the call back.
    // After a failed chunk the call rejects, and no further chunk of it is sent.
    let failed = false;
    const feed = async (thread: PoolThread): Promise<void> => {
      for (let pairs = failed ? null : chunks.next(); pairs !== null; pairs = failed ? null : chunks.next()) {
        const task = planPoolTask(data, pairs, settings.p, compact, settings.gradients);
        const buffer = this.takeBuffer(poolTaskBytes(task));
        writePoolTaskInputs(task, data, settings.p, buffer);
        try {
          const back = await this.send(thread, task, buffer, settings);
          readPoolTaskOutputs(task, back, data, settings, out);
          this.keepBuffer(back);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    };
    // Round-robin: every worker gets its first chunk before any gets a second.
    await Promise.all([...threads, ...threads].map(feed));
    return out;
  }

  /** Terminates the workers; later calls throw. Safe to call twice. */
  dispose(): void {
    this.disposed = true;
    const threads = this.threads;
    this.threads = undefined;
    this.started = undefined;
    this.spare.length = 0;
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
        thread.onExit((code) => {
          if (!this.disposed) this.failAll(new Error(`worker exited with code ${code}`));
        });
        thread.postMessage({ module: this.module });
        thread.setIdle(true);
        threads.push(thread);
      }
      this.started = threads;
      return threads;
    })();
    return this.threads;
  }

  /** The smallest spare buffer of at least `bytes` bytes, or a new one (with a little headroom). */
  private takeBuffer(bytes: number): ArrayBuffer {
    let best = -1;
    for (let i = 0; i < this.spare.length; i++) {
      const length = this.spare[i].byteLength;
      if (length >= bytes && (best < 0 || length < this.spare[best].byteLength)) best = i;
    }
    if (best >= 0) return this.spare.splice(best, 1)[0];
    return new ArrayBuffer(Math.ceil((bytes * 1.125) / 4096) * 4096);
  }

  /** Keeps a returned task buffer for later calls; beyond 2 per worker the smallest is dropped. */
  private keepBuffer(buffer: ArrayBuffer): void {
    if (this.disposed || buffer.byteLength === 0) return;
    this.spare.push(buffer);
    if (this.spare.length > 2 * this.size) {
      let smallest = 0;
      for (let i = 1; i < this.spare.length; i++) if (this.spare[i].byteLength < this.spare[smallest].byteLength) smallest = i;
      this.spare.splice(smallest, 1);
    }
  }

  private send(thread: PoolThread, task: PoolTask, buffer: ArrayBuffer, settings: SeriesBatchSettings): Promise<ArrayBuffer> {
    const id = this.nextId++;
    return new Promise<ArrayBuffer>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (back) => {
          this.release(thread);
          resolve(back);
        },
        reject: (error) => {
          this.release(thread);
          reject(error);
        },
      });
      this.busy.set(thread, (this.busy.get(thread) ?? 0) + 1);
      thread.setIdle(false);
      const { pairs: _pairs, ...shape } = task;
      const message: PoolTaskMessage = { id, buffer, task: shape, settings };
      thread.postMessage(message, [buffer]);
    });
  }

  private release(thread: PoolThread): void {
    const left = (this.busy.get(thread) ?? 1) - 1;
    this.busy.set(thread, left);
    if (left === 0) thread.setIdle(true);
  }

  private receive(message: unknown): void {
    const { id, buffer, error } = message as { id: number; buffer: ArrayBuffer; error?: string };
    const pending = this.pending.get(id);
    if (pending === undefined) return;
    this.pending.delete(id);
    if (error !== undefined) {
      this.keepBuffer(buffer);
      pending.reject(new Error(`backend-wasm worker: ${error}`));
    } else pending.resolve(buffer);
  }

  /** Whether a worker died (an error outside a task): the pool then rejects every call; start a new one. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  private failAll(error: unknown): void {
    const reason = new Error(`backend-wasm: a pool worker failed: ${error instanceof Error ? error.message : String(error)}`);
    this.failure = reason;
    for (const { reject } of this.pending.values()) reject(reason);
    this.pending.clear();
  }
}

/**
 * Smallest chunk, in DP cells (2¹⁸ ≈ 1 ms of float32 work here): a chunk must outlast the time the main thread
 * needs to be scheduled and refill a worker's queue while both cores compute (up to a few ms on the reference VM).
 */
export const MIN_CHUNK_CELLS = 1 << 18;

/**
 * A chunk takes 1/(GUIDED_DIVISOR · threads) of the cells not yet handed out. 4: the first round of chunks (two in
 * flight per worker) commits under half of the batch, so a worker that turns out slow (its core shared with GC or
 * another process: up to 2× slower for a while on the reference VM) holds back at most a small share.
 */
export const GUIDED_DIVISOR = 4;

/**
 * Guided self-scheduling of a batch's pairs: in (n, m) order, each chunk takes 1/(GUIDED_DIVISOR·threads) of the cells not yet
 * handed out (at least {@link MIN_CHUNK_CELLS}), so chunks start large (few messages) and shrink towards the end
 * (a short tail: whichever worker finishes first is idle for at most a small chunk).
 *
 * @example
 * ```ts
 * const chunks = new GuidedChunks(lengthsX, lengthsY, 2);
 * for (let pairs = chunks.next(); pairs !== null; pairs = chunks.next()) send(pairs);
 * ```
 */
export class GuidedChunks {
  private readonly order: number[];
  private readonly cells: Float64Array;
  private readonly threads: number;
  private position = 0;
  private remaining = 0;

  /**
   * @param lengthsX - n_k
   * @param lengthsY - m_k
   * @param threads - workers sharing the chunks (≥ 1)
   */
  constructor(lengthsX: Int32Array, lengthsY: Int32Array, threads: number) {
    const batch = lengthsX.length;
    this.order = Array.from({ length: batch }, (_, k) => k).sort((a, b) => lengthsX[a] - lengthsX[b] || lengthsY[a] - lengthsY[b] || a - b);
    this.cells = Float64Array.from(this.order, (k) => lengthsX[k] * lengthsY[k]);
    for (let i = 0; i < batch; i++) this.remaining += this.cells[i];
    this.threads = Math.max(1, Math.floor(threads));
  }

  /**
   * The next chunk's pair indices, or null when every pair was handed out.
   *
   * @returns pair indices (contiguous in (n, m) order), or null
   */
  next(): number[] | null {
    if (this.position >= this.order.length) return null;
    const target = Math.max(MIN_CHUNK_CELLS, this.remaining / (GUIDED_DIVISOR * this.threads));
    const chunk: number[] = [];
    let taken = 0;
    // Take pairs while the chunk is under its target; the one that crosses it joins if that lands closer.
    while (this.position < this.order.length) {
      const cells = this.cells[this.position];
      if (chunk.length > 0 && taken + cells / 2 > target) break;
      chunk.push(this.order[this.position++]);
      taken += cells;
    }
    this.remaining -= taken;
    // A remainder smaller than a minimum chunk goes with this one.
    if (this.remaining > 0 && this.remaining < MIN_CHUNK_CELLS / 2) {
      while (this.position < this.order.length) {
        this.remaining -= this.cells[this.position];
        chunk.push(this.order[this.position++]);
      }
    }
    return chunk;
  }
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
      postMessage: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => worker.terminate(),
      onMessage: (listener) => worker.on('message', listener),
      onError: (listener) => worker.on('error', listener),
      onExit: (listener) => worker.on('exit', listener),
      setIdle: (idle) => (idle ? worker.unref() : worker.ref()),
    };
  }
  const scope = globalThis as unknown as {
    Worker?: new (url: string) => {
      postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
      terminate(): void;
      addEventListener(type: string, listener: (event: { data?: unknown; message?: string }) => void): void;
    };
    URL: { createObjectURL(blob: Blob): string; revokeObjectURL(url: string): void };
  };
  if (scope.Worker === undefined) throw new Error('backend-wasm: no Worker constructor here; run without threads.');
  const url = scope.URL.createObjectURL(new Blob([POOL_WORKER_SOURCE], { type: 'text/javascript' }));
  const worker = new scope.Worker(url);
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer ?? []),
    terminate: () => {
      worker.terminate();
      scope.URL.revokeObjectURL(url);
    },
    onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
    onError: (listener) => worker.addEventListener('error', (event) => listener(new Error(event.message ?? 'worker error'))),
    onExit: () => undefined,
    setIdle: () => undefined,
  };
}
