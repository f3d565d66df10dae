/**
 * Typed errors of the WebGPU backend (codes are stable; messages say what was expected, what
 * happened and what to do).
 */
import { SoftDtwError } from '@softdtw/autodiff';

/**
 * The GPU device was lost (driver reset, GPU removed, out of memory) and a new one could not be
 * created, or the backend was disposed and then used.
 *
 * @example
 * ```ts
 * try { await softDtwBatchAsync(xs, ys); } catch (e) { if (e instanceof WebGpuDeviceLostError) await setBackend('cpu'); }
 * ```
 */
export class WebGpuDeviceLostError extends SoftDtwError {
  override readonly code = 'E_WEBGPU_DEVICE_LOST';
  override name = 'WebGpuDeviceLostError';
}

/**
 * A problem needs a buffer larger than the device allows (maxStorageBufferBindingSize /
 * maxBufferSize), e.g. the soft-min weights of one very long pair.
 *
 * @example
 * ```ts
 * new WebGpuLimitError('webgpu: expected each pair to fit the device ... Use a band or the cpu backend.');
 * ```
 */
export class WebGpuLimitError extends SoftDtwError {
  override readonly code = 'E_WEBGPU_LIMIT';
  override name = 'WebGpuLimitError';
}

/**
 * The GPU reported a validation or out-of-memory error while running a kernel (a bug or an
 * exhausted device, not bad input: core validates input before kernels run).
 *
 * @example
 * ```ts
 * new WebGpuExecutionError('webgpu: expected the soft-DTW dispatches to run, got a validation error: ...');
 * ```
 */
export class WebGpuExecutionError extends SoftDtwError {
  override readonly code = 'E_WEBGPU_EXECUTION';
  override name = 'WebGpuExecutionError';
}
