/**
 * The backends the suite runs against. Each registers its package through a dynamic import so
 * that one backend's absence cannot break another's tests.
 */
import type { ConformanceTarget } from './ConformanceTarget.js';

/** core's built-in float64 reference: the suite checked against itself (catches suite bugs). */
export const cpuTarget: ConformanceTarget = {
  label: 'cpu',
  backend: 'cpu',
  dtype: 'float64',
  register: async () => true,
  syncKernel: true,
  tapeKernels: true,
  longLength: 512,
};

/** tfjs-core ops on tfjs's plain-JS cpu backend (float32). */
export const tfjsTarget: ConformanceTarget = {
  label: 'tfjs (tfjs cpu backend, float32)',
  backend: 'tfjs',
  dtype: 'float32',
  register: async () => {
    const tf = await import('@tensorflow/tfjs-core');
    await import('@tensorflow/tfjs-backend-cpu');
    tf.env().set('PROD', true);
    await tf.setBackend('cpu');
    const { registerTfjsBackend } = await import('@softdtw/backend-tfjs');
    registerTfjsBackend({ tf });
    return true;
  },
  syncKernel: true,
  tapeKernels: true,
  // Each anti-diagonal is a handful of tfjs ops: keep the long pair short.
  longLength: 256,
};

/** WGSL kernels through Dawn (the `webgpu` package); SwiftShader on machines without a GPU. */
export const webgpuTarget: ConformanceTarget = {
  label: 'webgpu (float32)',
  backend: 'webgpu',
  dtype: 'float32',
  register: async () => {
    const { createNodeGpu } = await import('@softdtw/backend-webgpu/node');
    const gpu = await createNodeGpu();
    if ((await gpu.requestAdapter()) === null) {
      return 'no WebGPU adapter: requestAdapter() returned null (install chromium and libvulkan1 and set VK_ICD_FILENAMES, see TOOLCHAIN.md)';
    }
    const { registerWebGpuBackend } = await import('@softdtw/backend-webgpu');
    registerWebGpuBackend({ gpu });
    return true;
  },
  syncKernel: false,
  tapeKernels: false,
  longLength: 1024,
};

function wasmTarget(dtype: 'float64' | 'float32'): ConformanceTarget {
  return {
    label: `wasm (${dtype})`,
    backend: 'wasm',
    dtype,
    register: async () => {
      const { registerWasmBackend } = await import('@softdtw/backend-wasm');
      registerWasmBackend();
      return true;
    },
    syncKernel: true,
    tapeKernels: true,
    longLength: 2048,
  };
}

/** WASM SIMD kernels, float64 (f64x2). */
export const wasmFloat64Target = wasmTarget('float64');
/** WASM SIMD kernels, float32 (f32x4). */
export const wasmFloat32Target = wasmTarget('float32');
