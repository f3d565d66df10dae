/**
 * The wasm kernels of SoftDtwSeriesBatch (synchronous, on the calling thread) and SoftDtwSeriesBatchAsync (worker
 * pool above {@link POOL_MIN_CELLS}), over packed series pairs (contract: @softdtw/core's primitiveNames.ts).
 * Routing within a batch: computeSeriesBatch.ts. Inputs are validated by core before a kernel runs.
 */
import type { Backend } from '@softdtw/autodiff';
import type { SeriesBatchAttrs, SeriesBatchInputs, SeriesBatchOutput } from '@softdtw/core';
import { computeSeriesBatch } from './computeSeriesBatch.js';
import type { SeriesBatchSettings } from './runSeriesBatch.js';
import type { WasmBackend } from './WasmBackend.js';

/**
 * Batches with fewer DP cells (Σ n_k·m_k) than this run on the calling thread even through the async kernel:
 * below it, starting the work in two workers (messages, copying the series) costs more than it saves.
 * Measured with bench/wasmBench.ts on the reference machine (see the README, "Worker pool").
 *
 * @example
 * totalCells >= POOL_MIN_CELLS; // → pool
 */
export const POOL_MIN_CELLS = 1 << 18;

function settingsOf(backend: Backend, attrs: SeriesBatchAttrs): SeriesBatchSettings {
  const forced = (backend as WasmBackend).defaultDtype === 'float32';
  const dtype = forced ? 'float32' : ((attrs.dtype as SeriesBatchAttrs['dtype'] | undefined) ?? 'float64');
  return { p: attrs.p, gamma: attrs.gamma, radius: attrs.radius, gradients: attrs.gradients, dtype };
}

/**
 * SoftDtwSeriesBatch on wasm: values (and gradients) of packed series pairs, on the calling thread.
 *
 * @param backend - the active 'wasm' backend
 * @param inputs - packed series x, y; starts and lengths per pair [b]
 * @param attrs - p, gamma, radius, gradients, dtype ('float32' selects the f32x4 kernels)
 * @returns values [b]; gradX, gradY in x's and y's layouts (or null)
 * @example
 * ```ts
 * const out = wasmSeriesBatchKernel(await setBackend('wasm'), inputs, { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float64' });
 * ```
 */
export function wasmSeriesBatchKernel(backend: Backend, inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): SeriesBatchOutput {
  return computeSeriesBatch((backend as WasmBackend).kernels, inputs, settingsOf(backend, attrs));
}

/**
 * SoftDtwSeriesBatchAsync on wasm: as {@link wasmSeriesBatchKernel}, split over the worker pool when the batch has
 * at least {@link POOL_MIN_CELLS} cells, 2 pairs or more, γ > 0 and the backend has more than one thread.
 *
 * @param backend - the active 'wasm' backend
 * @param inputs - packed series pairs
 * @param attrs - as for the sync kernel
 * @returns a Promise of the same output
 * @example
 * ```ts
 * const out = await wasmSeriesBatchAsyncKernel(backend, inputs, attrs);
 * ```
 */
export async function wasmSeriesBatchAsyncKernel(backend: Backend, inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): Promise<SeriesBatchOutput> {
  const wasm = backend as WasmBackend;
  let cells = 0;
  for (let k = 0; k < inputs.lengthsX.length; k++) cells += inputs.lengthsX[k] * inputs.lengthsY[k];
  const pool = attrs.gamma > 0 && inputs.lengthsX.length >= 2 && cells >= POOL_MIN_CELLS ? wasm.pool() : null;
  if (pool === null) return wasmSeriesBatchKernel(backend, inputs, attrs);
  return pool.runSeriesBatch(inputs, settingsOf(backend, attrs));
}
