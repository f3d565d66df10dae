/**
 * Registration of the 'webgpu' backend (priority 4, above wasm 3, tfjs 2 and cpu 1) and of its
 * kernel, SoftDtwSeriesBatchAsync.
 */
import { listBackends, registerBackend, registerKernel } from '@softdtw/autodiff';
import { SOFT_DTW_SERIES_BATCH_ASYNC } from '@softdtw/core';
import { resolveGpu, type WebGpuOptions } from './createGpuContext.js';
import { softDtwSeriesBatchWebGpu } from './softDtwSeriesBatchWebGpu.js';
import { WEBGPU_BACKEND_NAME, WebGpuBackend } from './WebGpuBackend.js';

/** Priority of 'webgpu' in `ready()`'s search. */
export const WEBGPU_PRIORITY = 4;

/**
 * Why 'webgpu' cannot run here, or true.
 *
 * @param options - the registration options (a given `gpu` counts as support)
 * @returns true, or a reason string
 * @example
 * webGpuSupport({}); // in plain Node: 'webgpu: navigator.gpu is missing …'
 */
export function webGpuSupport(options: WebGpuOptions): true | string {
  if (resolveGpu(options.gpu) !== undefined) return true;
  return (
    'webgpu: navigator.gpu is missing — this environment has no WebGPU. In Node pass { gpu: await createNodeGpu() } ' +
    "(from '@softdtw/backend-webgpu/node', needs the 'webgpu' package); in a browser use one with WebGPU enabled"
  );
}

/**
 * Registers the 'webgpu' backend and its SoftDtwSeriesBatchAsync kernel. Idempotent: when a
 * backend named 'webgpu' is already registered, this does nothing (the first options win).
 *
 * The factory requests an adapter and a device when the backend is first selected (`ready()`,
 * `setBackend('webgpu')`); if that fails it throws the reason, which `listBackends()` reports.
 * Only the async API runs on the GPU (softDtwBatchAsync, softDtwBatchValueAndGradAsync,
 * pairwiseSoftDtwAsync); synchronous calls fall back to the cpu kernel.
 *
 * @param options - gpu (default navigator.gpu; in Node `await createNodeGpu()`), powerPreference, tile
 * @returns nothing
 * @example
 * ```ts
 * registerWebGpuBackend();                 // browser
 * registerWebGpuBackend({ gpu: await createNodeGpu() }); // Node
 * await setBackend('webgpu');
 * ```
 */
export function registerWebGpuBackend(options: WebGpuOptions = {}): void {
  if (listBackends().some((backend) => backend.name === WEBGPU_BACKEND_NAME)) return;
  registerBackend(WEBGPU_BACKEND_NAME, () => WebGpuBackend.create(options), {
    priority: WEBGPU_PRIORITY,
    isSupported: () => webGpuSupport(options),
  });
  registerKernel(SOFT_DTW_SERIES_BATCH_ASYNC, WEBGPU_BACKEND_NAME, softDtwSeriesBatchWebGpu, { override: true });
}
