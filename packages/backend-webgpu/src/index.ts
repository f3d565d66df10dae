/// <reference types="@webgpu/types" preserve="true" />
/**
 * @softdtw/backend-webgpu: soft-DTW on the GPU through WebGPU (WGSL kernels, float32), in the
 * browser (navigator.gpu) and in Node (the `webgpu` package, see `./node`).
 */
export { registerWebGpuBackend, webGpuSupport, WEBGPU_PRIORITY } from './registerWebGpuBackend.js';
export { WebGpuBackend, WEBGPU_BACKEND_NAME } from './WebGpuBackend.js';
export { softDtwSeriesBatchWebGpu } from './softDtwSeriesBatchWebGpu.js';
export { DEFAULT_TILE, type WebGpuOptions } from './createGpuContext.js';
export { WebGpuDeviceLostError, WebGpuExecutionError, WebGpuLimitError } from './WebGpuError.js';
export { softDtwWgsl } from './softDtwWgsl.js';
