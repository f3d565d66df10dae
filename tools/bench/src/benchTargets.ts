/**
 * The backend configurations `npm run bench` times: how to register each one, and the soft-DTW
 * functions it is timed through (the public API of @softdtw/core with the backend active).
 * Backends are imported dynamically so a missing or broken one becomes an "unavailable" column
 * with its reason, never a crashed bench.
 */
import { existsSync } from 'node:fs';
import * as core from '@softdtw/core';
import type { BenchTargetId } from './benchTargetIds.js';
import { startWasmKernelProbe, type ParallelismProbe } from './parallelismProbe.js';
import type { SoftDtwApi } from './runOurCases.js';

/** One backend configuration. */
export interface BenchTarget {
  readonly id: BenchTargetId;
  /** Column header. */
  readonly label: string;
  /** Registry name passed to setBackend. */
  readonly backend: string;
  /** Registers the backend's package; resolves to true, or to why it cannot run here. */
  readonly register: () => Promise<true | string>;
  /** The functions to time, with the backend active. */
  readonly api: SoftDtwApi;
  /** Backends with a pool: starts the probe of the machine's parallel speedup for their kernel (scaling table). */
  readonly startProbe?: (threads: number) => Promise<ParallelismProbe>;
}

type Dtype = 'float64' | 'float32';

/** Sync functions (one core), and, with `pool`, the async ones as the all-cores rows. */
function coreApi(dtype: Dtype, pool: boolean, maxLength?: number): SoftDtwApi {
  const withDtype = (options: { gamma: number }): core.SoftDtwOptions => ({ ...options, dtype });
  return {
    softDtw: (x, y, options) => core.softDtw(x, y, withDtype(options)),
    softDtwValueAndGrad: (x, y, options) => core.softDtwValueAndGrad(x, y, withDtype(options)),
    softDtwBatch: (xs, ys, options) => core.softDtwBatch(xs, ys, withDtype(options)),
    softDtwBatchValueAndGrad: (xs, ys, options) => core.softDtwBatchValueAndGrad(xs, ys, withDtype(options)),
    ...(pool
      ? {
          softDtwBatchAllCores: (xs, ys, options) => core.softDtwBatchAsync(xs, ys, withDtype(options)),
          softDtwBatchValueAndGradAllCores: (xs, ys, options) => core.softDtwBatchValueAndGradAsync(xs, ys, withDtype(options)),
        }
      : {}),
    ...(maxLength === undefined ? {} : { maxLength }),
  };
}

/** Async functions only (a GPU reads back asynchronously); single pairs go through the batch function. */
function asyncApi(maxLength: number): SoftDtwApi {
  return {
    softDtw: async (x, y, options) => (await core.softDtwBatchAsync([x], [y], options))[0] as number,
    softDtwValueAndGrad: async (x, y, options) => ({ value: (await core.softDtwBatchValueAndGradAsync([x], [y], options)).values[0] as number }),
    softDtwBatch: (xs, ys, options) => core.softDtwBatchAsync(xs, ys, options),
    softDtwBatchValueAndGrad: (xs, ys, options) => core.softDtwBatchValueAndGradAsync(xs, ys, options),
    maxLength,
  };
}

async function registerWasm(): Promise<true | string> {
  const wasm = await import('@softdtw/backend-wasm');
  wasm.registerWasmBackend();
  return true;
}

/** SwiftShader (a CPU rasteriser) stands in for a GPU on machines without one (TOOLCHAIN.md §4a). */
const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

/**
 * Every target the bench knows, by id.
 *
 * @returns the targets in table order
 * @example
 * benchTargets().map((t) => t.label); // ['cpu', 'wasm f64', 'wasm f32', 'tfjs', 'webgpu']
 */
export function benchTargets(): Record<BenchTargetId, BenchTarget> {
  return {
    cpu: { id: 'cpu', label: 'cpu', backend: 'cpu', register: async () => true, api: coreApi('float64', false) },
    wasm: {
      id: 'wasm',
      label: 'wasm f64',
      backend: 'wasm',
      register: registerWasm,
      api: coreApi('float64', true),
      startProbe: (threads) => startWasmKernelProbe('float64', threads),
    },
    'wasm-f32': {
      id: 'wasm-f32',
      label: 'wasm f32',
      backend: 'wasm',
      register: registerWasm,
      api: coreApi('float32', true),
      startProbe: (threads) => startWasmKernelProbe('float32', threads),
    },
    tfjs: {
      id: 'tfjs',
      label: 'tfjs (wasm)',
      backend: 'tfjs',
      register: async () => {
        const tf = await import('@tensorflow/tfjs-core');
        await import('@tensorflow/tfjs-backend-wasm');
        tf.env().set('PROD', true);
        if (!(await tf.setBackend('wasm'))) return "tfjs: setBackend('wasm') returned false";
        const backend = await import('@softdtw/backend-tfjs');
        backend.registerTfjsBackend({ tf });
        return true;
      },
      // Each anti-diagonal step is a handful of tfjs ops (~tens of µs each): n = 4096 takes minutes.
      api: coreApi('float32', false, 1024),
    },
    webgpu: {
      id: 'webgpu',
      label: 'webgpu',
      backend: 'webgpu',
      register: async () => {
        const { createNodeGpu } = await import('@softdtw/backend-webgpu/node');
        const gpu = await createNodeGpu(existsSync(SWIFTSHADER_ICD) ? { vulkanIcd: SWIFTSHADER_ICD } : {});
        if ((await gpu.requestAdapter()) === null) return 'webgpu: no adapter — requestAdapter() returned null';
        const webgpu = await import('@softdtw/backend-webgpu');
        webgpu.registerWebGpuBackend({ gpu });
        return true;
      },
      // On SwiftShader every workgroup barrier is a CPU thread sync: keep the long pairs out.
      api: asyncApi(1024),
    },
  };
}
