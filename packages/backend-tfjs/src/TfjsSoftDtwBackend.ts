/**
 * The backend object registered as 'tfjs' in the @softdtw/autodiff registry: the tfjs namespace
 * its kernels compute with, and the tfjs backend that was active when it started.
 */
import type { Backend } from '@softdtw/autodiff';
import { InvalidArgumentError } from '@softdtw/core';
import { CHUNK_CELLS } from './seriesBatchChunks.js';
import type { TfjsModule } from './TfjsModule.js';

/** Name of this backend in the registry. */
export const TFJS_BACKEND_NAME = 'tfjs';

/** Priority of this backend in `ready()` (webgpu 4, wasm 3, tfjs 2, cpu 1). */
export const TFJS_BACKEND_PRIORITY = 2;

/** The 'tfjs' backend: float32 only; synchronous reads except on tfjs's webgpu backend. */
export interface TfjsSoftDtwBackend extends Backend {
  readonly name: typeof TFJS_BACKEND_NAME;
  /** The tfjs namespace the kernels use. */
  readonly tf: TfjsModule;
  /** The tfjs backend active when this backend started: 'cpu', 'wasm', 'webgpu', 'webgl', 'tensorflow', … */
  readonly tfjsBackend: string;
  /** Padded DP cells per chunk of the series-batch kernels (bounds their tfjs memory; see README). */
  readonly chunkCells: number;
}

/**
 * Whether the tfjs backend now active can read results synchronously. tfjs's webgpu backend
 * reads synchronously only through an OffscreenCanvas (slow, and absent in Node), so the
 * synchronous kernels leave it alone (they run @softdtw/core's cpu kernels there).
 *
 * @param tf - the tfjs namespace
 * @returns false on 'webgpu', true otherwise
 * @example
 * readsSynchronously(tf); // true on 'cpu' and 'wasm'
 */
export function readsSynchronously(tf: TfjsModule): boolean {
  return tf.getBackend() !== 'webgpu';
}

/**
 * Creates the backend object for a loaded and ready tfjs.
 *
 * @param tf - the tfjs namespace, after `await tf.ready()`
 * @param chunkCells - padded DP cells per series-batch chunk (default CHUNK_CELLS = 2^20)
 * @returns the backend object
 * @example
 * createTfjsSoftDtwBackend(tf).tfjsBackend; // 'cpu'
 */
export function createTfjsSoftDtwBackend(tf: TfjsModule, chunkCells: number = CHUNK_CELLS): TfjsSoftDtwBackend {
  return {
    name: TFJS_BACKEND_NAME,
    capabilities: { float64: false, syncRead: readsSynchronously(tf) },
    tf,
    tfjsBackend: tf.getBackend(),
    chunkCells,
  };
}

/**
 * The 'tfjs' backend object passed to a kernel.
 *
 * @param backend - the backend the registry passes to the kernel
 * @returns it, typed
 * @throws InvalidArgumentError when the backend is not the 'tfjs' backend
 * @example
 * tfjsOf(await setBackend('tfjs')).tf.getBackend(); // 'cpu'
 */
export function tfjsOf(backend: Backend): TfjsSoftDtwBackend {
  const tf = (backend as Partial<TfjsSoftDtwBackend>).tf;
  if (backend.name !== TFJS_BACKEND_NAME || tf === undefined) {
    throw new InvalidArgumentError(
      `tfjs kernels: expected the '${TFJS_BACKEND_NAME}' backend created by registerTfjsBackend(), got backend '${backend.name}'. ` +
        `Call registerTfjsBackend() and setBackend('${TFJS_BACKEND_NAME}') instead of calling the kernels with another backend.`,
    );
  }
  return backend as TfjsSoftDtwBackend;
}
