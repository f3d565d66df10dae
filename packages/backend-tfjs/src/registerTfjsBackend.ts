/**
 * Registers the 'tfjs' backend (priority 2) and its kernels in the @softdtw/autodiff registry.
 *
 * Startup: the factory loads tfjs-core (the `tf` option, or `import('@tensorflow/tfjs-core')`),
 * awaits `tf.ready()` (which starts the best tfjs backend registered with tfjs: cpu, wasm,
 * webgpu, …) and keeps that tfjs backend's name. `isSupported()` answers synchronously from
 * what is known: a reason once tfjs-core failed to load or has no tfjs backend registered, else
 * true (the factory then reports any failure as its reason). tfjs-core is imported lazily, so
 * `@softdtw/backend-tfjs/auto` can be loaded where tfjs is not installed: `ready()` then
 * records why and moves on to the next backend.
 */
import { listBackends, registerBackend, registerKernel } from '@softdtw/autodiff';
import {
  InvalidArgumentError,
  SOFT_DTW,
  SOFT_DTW_GRAD,
  SOFT_DTW_SERIES_BATCH,
  SOFT_DTW_SERIES_BATCH_ASYNC,
  SOFT_DTW_WITH_RESIDUALS,
} from '@softdtw/core';
import { CHUNK_CELLS } from './seriesBatchChunks.js';
import { tfjsSeriesBatchAsyncKernel, tfjsSeriesBatchKernel } from './seriesBatchKernels.js';
import { tfjsSoftDtwGradKernel, tfjsSoftDtwKernel, tfjsSoftDtwWithResidualsKernel } from './softDtwCostKernels.js';
import { createTfjsSoftDtwBackend, TFJS_BACKEND_NAME, TFJS_BACKEND_PRIORITY, type TfjsSoftDtwBackend } from './TfjsSoftDtwBackend.js';
import type { TfjsModule } from './TfjsModule.js';

/** Options of {@link registerTfjsBackend}. */
export interface RegisterTfjsBackendOptions {
  /**
   * The tfjs namespace to compute with (e.g. `import * as tf from '@tensorflow/tfjs'`), or a
   * function that loads it. Default: `import('@tensorflow/tfjs-core')` when the backend starts.
   */
  readonly tf?: TfjsModule | (() => Promise<TfjsModule>);
  /**
   * Padded DP cells per chunk of the series-batch kernels (default 2^20): larger chunks run
   * fewer tfjs ops per pair, smaller ones need less memory (≈ 24 B per padded cell with gradients).
   */
  readonly chunkCells?: number;
}

/**
 * Registers backend 'tfjs' (priority 2; float64: false) and its kernels SoftDtwSeriesBatch,
 * SoftDtwSeriesBatchAsync, SoftDtw, SoftDtwWithResiduals and SoftDtwGrad. Idempotent: a second
 * call (while 'tfjs' is registered) does nothing, whatever its (valid) options.
 *
 * @param options - { tf?, chunkCells? }: the tfjs namespace or a loader (default: import tfjs-core), chunk size
 * @throws InvalidArgumentError for a chunkCells that is not a positive integer
 * @returns nothing
 * @example
 * import * as tf from '@tensorflow/tfjs-core';
 * import '@tensorflow/tfjs-backend-cpu';
 * registerTfjsBackend({ tf });
 * await setBackend('tfjs');
 * softDtw([0, 1, 2], [0, 2], { gamma: 0 }); // 1, computed by tfjs
 */
export function registerTfjsBackend(options: RegisterTfjsBackendOptions = {}): void {
  const { chunkCells = CHUNK_CELLS } = options;
  if (!Number.isInteger(chunkCells) || chunkCells < 1) {
    throw new InvalidArgumentError(
      `registerTfjsBackend: expected chunkCells to be a positive integer, got ${String(chunkCells)}. Omit it for the default 2^20.`,
    );
  }
  if (listBackends().some((info) => info.name === TFJS_BACKEND_NAME)) return;
  const loader = tfjsLoader(options.tf);
  registerBackend(TFJS_BACKEND_NAME, () => startTfjsBackend(loader, chunkCells), {
    priority: TFJS_BACKEND_PRIORITY,
    isSupported: () => loader.known(),
  });
  const override = { override: true };
  registerKernel(SOFT_DTW_SERIES_BATCH, TFJS_BACKEND_NAME, tfjsSeriesBatchKernel, override);
  registerKernel(SOFT_DTW_SERIES_BATCH_ASYNC, TFJS_BACKEND_NAME, tfjsSeriesBatchAsyncKernel, override);
  registerKernel(SOFT_DTW, TFJS_BACKEND_NAME, tfjsSoftDtwKernel, override);
  registerKernel(SOFT_DTW_WITH_RESIDUALS, TFJS_BACKEND_NAME, tfjsSoftDtwWithResidualsKernel, override);
  registerKernel(SOFT_DTW_GRAD, TFJS_BACKEND_NAME, tfjsSoftDtwGradKernel, override);
}

/**
 * Why a loaded tfjs cannot serve as a backend, or true.
 *
 * @param tf - a tfjs namespace
 * @returns true when tfjs has at least one backend registered; else the reason
 * @example
 * tfjsSupport(tf); // true after import '@tensorflow/tfjs-backend-cpu'
 */
export function tfjsSupport(tf: TfjsModule): true | string {
  const registered = Object.keys(tf.engine().registryFactory);
  if (registered.length > 0) return true;
  return (
    '@tensorflow/tfjs-core is loaded but no tfjs backend is registered with it: ' +
    "import '@tensorflow/tfjs-backend-cpu' (or -wasm, -webgpu, or '@tensorflow/tfjs') before ready()"
  );
}

/**
 * Loads tfjs, starts its best backend and creates the 'tfjs' backend object (the registry's factory).
 *
 * @param loader - from tfjsLoader
 * @param chunkCells - padded DP cells per series-batch chunk
 * @returns the backend
 * @throws Error whose message is the reason it cannot start
 * @example
 * const backend = await startTfjsBackend(tfjsLoader(tf));
 * backend.tfjsBackend; // 'cpu'
 */
export async function startTfjsBackend(loader: TfjsLoader, chunkCells: number = CHUNK_CELLS): Promise<TfjsSoftDtwBackend> {
  const tf = await loader.load();
  const support = tfjsSupport(tf);
  if (support !== true) throw new Error(support);
  try {
    await tf.ready();
  } catch (error) {
    throw new Error(`no tfjs backend could start (${Object.keys(tf.engine().registryFactory).join(', ')}): ${messageOf(error)}`);
  }
  return createTfjsSoftDtwBackend(tf, chunkCells);
}

/** Loads tfjs once and remembers the outcome (internal; exported for tests). */
export interface TfjsLoader {
  /** The namespace (loads it on the first call). */
  load(): Promise<TfjsModule>;
  /** What is known synchronously: the reason it cannot be used, or true (loaded fine, or not tried yet). */
  known(): true | string;
}

/**
 * Wraps the `tf` option into a loader.
 *
 * @param source - a namespace, a loader function, or undefined for import('@tensorflow/tfjs-core')
 * @returns the loader
 * @example
 * await tfjsLoader(undefined).load(); // the tfjs-core namespace
 */
export function tfjsLoader(source: RegisterTfjsBackendOptions['tf']): TfjsLoader {
  let loaded: TfjsModule | undefined = typeof source === 'function' ? undefined : source;
  let failure: string | undefined;
  let pending: Promise<TfjsModule> | undefined;
  const load = (): Promise<TfjsModule> => {
    if (loaded !== undefined) return Promise.resolve(loaded);
    pending ??= (async () => {
      try {
        loaded = typeof source === 'function' ? await source() : ((await import('@tensorflow/tfjs-core')) as TfjsModule);
        return loaded;
      } catch (error) {
        failure = `cannot load @tensorflow/tfjs-core: ${messageOf(error)}. Install it (npm i @tensorflow/tfjs-core @tensorflow/tfjs-backend-cpu) or pass registerTfjsBackend({ tf })`;
        pending = undefined;
        throw new Error(failure);
      }
    })();
    return pending;
  };
  return {
    load,
    known: () => failure ?? (loaded === undefined ? true : tfjsSupport(loaded)),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
