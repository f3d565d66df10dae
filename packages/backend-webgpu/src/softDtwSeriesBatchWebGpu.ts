/**
 * The 'webgpu' kernel of SoftDtwSeriesBatchAsync (contract in @softdtw/core's primitiveNames.ts):
 * packed series pairs → values (and gradients), computed in float32 by the WGSL kernels of
 * softDtwWgsl.ts. There is deliberately no synchronous SoftDtwSeriesBatch kernel: GPU readback is
 * asynchronous, so core's synchronous functions run the cpu kernel while 'webgpu' is active.
 */
import type { Backend } from '@softdtw/autodiff';
import { InvalidArgumentError } from '@softdtw/autodiff';
import type { SeriesBatchAttrs, SeriesBatchInputs, SeriesBatchOutput } from '@softdtw/core';
import { WebGpuBackend } from './WebGpuBackend.js';

/**
 * Runs a series batch on the WebGPU backend it is given.
 *
 * @param backend - the active backend; must be the WebGpuBackend created by registerWebGpuBackend
 * @param inputs - packed pairs (validated by core)
 * @param attrs - p, gamma, radius, gradients (dtype ignored: float32)
 * @returns a Promise of values [b] and gradX / gradY (x's / y's layout) or null
 * @example
 * ```ts
 * await setBackend('webgpu');
 * await getKernel('SoftDtwSeriesBatchAsync', 'webgpu')(getBackend(), inputs, attrs);
 * ```
 */
export function softDtwSeriesBatchWebGpu(backend: Backend, inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): Promise<SeriesBatchOutput> {
  if (!(backend instanceof WebGpuBackend)) {
    return Promise.reject(
      new InvalidArgumentError(
        `softDtwSeriesBatchWebGpu: expected the 'webgpu' backend object, got '${backend.name}'. Run it through setBackend('webgpu') / ready(), not with another backend.`,
      ),
    );
  }
  return backend.runSeriesBatch(inputs, attrs);
}
