/**
 * @softdtw/backend-wasm — the fast CPU path for soft-DTW (Cuturi & Blondel, ICML 2017, arXiv:1703.01541):
 * WASM SIMD128 kernels (lanes = pairs for batches, an anti-diagonal wavefront for single long pairs, float64 and
 * float32) and a worker pool, registered as the 'wasm' backend of @softdtw/autodiff.
 */
export { registerWasmBackend, WASM_BACKEND_NAME, WASM_BACKEND_PRIORITY } from './registerWasmBackend.js';
export { createWasmBackend, defaultThreadCount, type WasmBackend, type WasmBackendOptions } from './WasmBackend.js';
export { isWasmSimdSupported } from './isWasmSimdSupported.js';
export { wasmSeriesBatchAsyncKernel, wasmSeriesBatchKernel, POOL_MIN_CELLS } from './seriesBatchKernels.js';
export { wasmSoftDtwGradKernel, wasmSoftDtwKernel, wasmSoftDtwWithResidualsKernel } from './softDtwMatrixKernels.js';
export { computeSeriesBatch, HARD_DTW_LANES_MAX_CELLS, WAVEFRONT_BATCH_MIN_CELLS } from './computeSeriesBatch.js';
export { runSeriesBatch, type SeriesBatchData, type SeriesBatchResult, type SeriesBatchSettings } from './runSeriesBatch.js';
export { runMatrixBatch, type MatrixBatch } from './runMatrixBatch.js';
export { instantiateKernels, compileKernelModule, kernelBytes } from './instantiateKernels.js';
export { instantiateKernelsSync } from './createKernelInstance.js';
export { WorkerPool } from './WorkerPool.js';
export { wavefrontSoftDtw, WAVEFRONT_MIN_CELLS } from './wavefront.js';
export type { WasmExports, WasmFunction, WasmKernels } from './WasmKernels.js';
