/**
 * The 'wasm' backend object: one kernel instance (module + memory) on the calling thread for the synchronous
 * kernels, and a lazily started worker pool for large asynchronous batches.
 */
import type { Backend } from '@softdtw/autodiff';
import { compileKernelModule, instantiateKernels } from './instantiateKernels.js';
import type { WasmKernels } from './WasmKernels.js';
import { WorkerPool } from './WorkerPool.js';

/** Options of registerWasmBackend / createWasmBackend. */
export interface WasmBackendOptions {
  /**
   * Worker threads for SoftDtwSeriesBatchAsync (default: the available parallelism, `navigator.hardwareConcurrency`
   * or `os.availableParallelism()`). 1 disables the pool: every call runs on the calling thread.
   */
  readonly threads?: number;
  /**
   * 'float32' runs every series call on the f32x4 kernels, whatever the call asks (a process-wide speed switch,
   * e.g. for code that calls softDtw without a dtype option). Default 'float64': each call's dtype is followed.
   */
  readonly dtype?: 'float64' | 'float32';
}

/** The backend instance the wasm kernels receive. */
export interface WasmBackend extends Backend {
  readonly name: 'wasm';
  /** Kernels on the calling thread. */
  readonly kernels: WasmKernels;
  /** Pool size (1 = no pool). */
  readonly threads: number;
  /** 'float32' when registered with { dtype: 'float32' } (every series call in float32), else 'float64'. */
  readonly defaultDtype: 'float64' | 'float32';
  /** The worker pool, started on first use; null when threads = 1. */
  pool(): WorkerPool | null;
  /** Terminates the workers. */
  dispose(): void;
}

/**
 * Default pool size: the runtime's available parallelism (2 on the reference machine).
 *
 * @returns ≥ 1
 * @example
 * defaultThreadCount(); // 2
 */
export async function defaultThreadCount(): Promise<number> {
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  if (typeof process !== 'undefined' && typeof process.versions?.node === 'string') {
    const specifier = 'node:os';
    const os = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as typeof import('node:os');
    return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
  }
  return Math.max(1, nav?.hardwareConcurrency ?? 1);
}

/**
 * Creates the wasm backend: compiles and instantiates the kernels (async: browsers forbid synchronous compilation
 * of large modules on the main thread). The pool's workers start only with the first large async batch.
 *
 * @param options - threads, default dtype
 * @returns the backend
 * @throws Error when the module cannot be compiled (the registry reports the message as the reason)
 * @example
 * ```ts
 * const backend = await createWasmBackend({ threads: 2 });
 * backend.dispose();
 * ```
 */
export async function createWasmBackend(options: WasmBackendOptions = {}): Promise<WasmBackend> {
  const module = await compileKernelModule();
  const kernels = await instantiateKernels(module);
  const threads = Math.max(1, Math.floor(options.threads ?? (await defaultThreadCount())));
  let pool: WorkerPool | null = null;
  return {
    name: 'wasm',
    capabilities: { float64: true, syncRead: true },
    kernels,
    threads,
    defaultDtype: options.dtype ?? 'float64',
    pool() {
      if (threads <= 1) return null;
      // A pool whose worker died is replaced by a fresh one (the failed call already rejected with the reason).
      if (pool?.failed === true) {
        pool.dispose();
        pool = null;
      }
      pool ??= new WorkerPool(module, threads);
      return pool;
    },
    dispose() {
      pool?.dispose();
      pool = null;
    },
  };
}
