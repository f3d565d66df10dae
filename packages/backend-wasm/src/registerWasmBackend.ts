/**
 * Registration of the 'wasm' backend (priority 3, above tfjs 2 and cpu 1, below webgpu 4) and its kernels.
 */
import { registerBackend, registerKernel } from '@softdtw/autodiff';
import {
  SOFT_DTW,
  SOFT_DTW_GRAD,
  SOFT_DTW_SERIES_BATCH,
  SOFT_DTW_SERIES_BATCH_ASYNC,
  SOFT_DTW_WITH_RESIDUALS,
} from '@softdtw/core';
import { isWasmSimdSupported } from './isWasmSimdSupported.js';
import { wasmSeriesBatchAsyncKernel, wasmSeriesBatchKernel } from './seriesBatchKernels.js';
import { wasmSoftDtwGradKernel, wasmSoftDtwKernel, wasmSoftDtwWithResidualsKernel } from './softDtwMatrixKernels.js';
import { createWasmBackend, type WasmBackendOptions } from './WasmBackend.js';

/** The backend name. */
export const WASM_BACKEND_NAME = 'wasm';
/** Its priority in ready()'s search. */
export const WASM_BACKEND_PRIORITY = 3;

let registered = false;

/**
 * Registers the 'wasm' backend (WASM SIMD128 kernels, worker pool) and its kernels SoftDtwSeriesBatch,
 * SoftDtwSeriesBatchAsync, SoftDtw, SoftDtwWithResiduals and SoftDtwGrad. Idempotent: a second call does nothing
 * (its options are ignored).
 *
 * @param options - threads (pool size, default: available parallelism); dtype 'float32' to run every series call in
 *   float32 (default 'float64': each call's dtype option is followed)
 * @returns nothing
 * @example
 * ```ts
 * import { ready } from '@softdtw/autodiff';
 * import { softDtw } from '@softdtw/core';
 * import { registerWasmBackend } from '@softdtw/backend-wasm';
 * registerWasmBackend();
 * await ready(); // 'wasm' unless a higher-priority backend starts
 * softDtw([0, 1, 2], [0, 2], { gamma: 1 });
 * ```
 */
export function registerWasmBackend(options: WasmBackendOptions = {}): void {
  if (registered) return;
  registered = true;
  registerBackend(WASM_BACKEND_NAME, () => createWasmBackend(options), {
    priority: WASM_BACKEND_PRIORITY,
    isSupported: isWasmSimdSupported,
  });
  registerKernel(SOFT_DTW_SERIES_BATCH, WASM_BACKEND_NAME, wasmSeriesBatchKernel);
  registerKernel(SOFT_DTW_SERIES_BATCH_ASYNC, WASM_BACKEND_NAME, wasmSeriesBatchAsyncKernel);
  registerKernel(SOFT_DTW, WASM_BACKEND_NAME, wasmSoftDtwKernel);
  registerKernel(SOFT_DTW_WITH_RESIDUALS, WASM_BACKEND_NAME, wasmSoftDtwWithResidualsKernel);
  registerKernel(SOFT_DTW_GRAD, WASM_BACKEND_NAME, wasmSoftDtwGradKernel);
}
