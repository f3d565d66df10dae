/// <reference types="@webgpu/types" preserve="true" />
/**
 * The 'webgpu' backend object: a GPU device, the soft-DTW pipelines (compiled once), reusable
 * buffers, and the rules around them:
 * - calls are serialised (they share buffers), in the order they were made;
 * - device loss: the next call requests a new adapter and device (a lost device never comes
 *   back); if that fails it rejects with WebGpuDeviceLostError, saying why;
 * - dispose() destroys the device; later calls reject with WebGpuDeviceLostError.
 */
import type { Backend, BackendCapabilities } from '@softdtw/autodiff';
import type { SeriesBatchAttrs, SeriesBatchInputs, SeriesBatchOutput } from '@softdtw/core';
import { createGpuContext, type WebGpuOptions } from './createGpuContext.js';
import { GpuSeriesBatchRunner } from './GpuSeriesBatchRunner.js';
import { WebGpuDeviceLostError } from './WebGpuError.js';

/** The name the backend registers under. */
export const WEBGPU_BACKEND_NAME = 'webgpu';

/**
 * A WebGPU compute backend for soft-DTW (float32). Create it with {@link WebGpuBackend.create}
 * (or let `registerWebGpuBackend()` + `ready()` do it).
 *
 * @example
 * ```ts
 * const backend = await WebGpuBackend.create({ gpu: await createNodeGpu() });
 * const { values } = await backend.runSeriesBatch(inputs, { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float32' });
 * backend.dispose();
 * ```
 */
export class WebGpuBackend implements Backend {
  readonly name = WEBGPU_BACKEND_NAME;
  readonly capabilities: BackendCapabilities = { float64: false, syncRead: false };
  private runner: GpuSeriesBatchRunner | undefined;
  private lostReason: string | undefined;
  private disposed = false;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly options: WebGpuOptions,
    runner: GpuSeriesBatchRunner,
  ) {
    this.attach(runner);
  }

  /**
   * Requests an adapter and a device and compiles the kernels.
   *
   * @param options - gpu (default navigator.gpu), powerPreference, tile
   * @returns the backend
   * @throws Error whose message is the reason (e.g. "webgpu: no adapter — navigator.gpu.requestAdapter() returned null")
   * @example
   * ```ts
   * const backend = await WebGpuBackend.create(); // in a WebGPU browser
   * ```
   */
  static async create(options: WebGpuOptions = {}): Promise<WebGpuBackend> {
    return new WebGpuBackend(options, new GpuSeriesBatchRunner(await createGpuContext(options)));
  }

  /** The adapter's vendor / architecture / description, e.g. "google / swiftshader / SwiftShader driver 5.0.0". */
  get adapterDescription(): string {
    return this.runner?.ctx.adapterDescription ?? 'none (device lost or disposed)';
  }

  /** The current GPU device (undefined once lost or disposed; a later call may create a new one). */
  get device(): GPUDevice | undefined {
    return this.runner?.ctx.device;
  }

  /** Tile side T of the DP kernels. */
  get tile(): number {
    return this.runner?.ctx.tile ?? this.options.tile ?? 0;
  }

  /**
   * Soft-DTW values (and gradients) of packed series pairs, in float32 on the GPU: the
   * SoftDtwSeriesBatchAsync kernel contract (SeriesBatchInputs in, SeriesBatchOutput out).
   *
   * @param inputs - packed pairs (x, y, xStart, yStart, lengthsX, lengthsY), validated by core
   * @param attrs - p, gamma, radius, gradients; dtype is ignored (always float32)
   * @returns values [b] and, with gradients, gradX / gradY in x's / y's layout
   * @throws WebGpuDeviceLostError, WebGpuLimitError, WebGpuExecutionError
   * @example
   * ```ts
   * await backend.runSeriesBatch({ x, y, xStart: Int32Array.of(0), yStart: Int32Array.of(0),
   *   lengthsX: Int32Array.of(n), lengthsY: Int32Array.of(m) }, { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float32' });
   * ```
   */
  runSeriesBatch(inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): Promise<SeriesBatchOutput> {
    const result = this.queue.then(async () => (await this.liveRunner()).run(inputs, attrs));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Destroys the device and its buffers. Idempotent; later calls reject.
   *
   * @returns nothing
   * @example
   * ```ts
   * backend.dispose();
   * ```
   */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const runner = this.runner;
    this.runner = undefined;
    if (runner !== undefined) {
      runner.release();
      runner.ctx.device.destroy();
    }
  }

  private attach(runner: GpuSeriesBatchRunner): void {
    this.runner = runner;
    this.lostReason = undefined;
    void runner.ctx.device.lost.then((info) => {
      if (this.runner !== runner || this.disposed) return; // destroyed by dispose(), or already replaced
      this.runner = undefined;
      this.lostReason = `${info.reason}${info.message === '' ? '' : `: ${info.message}`}`;
    });
  }

  private async liveRunner(): Promise<GpuSeriesBatchRunner> {
    if (this.disposed) {
      throw new WebGpuDeviceLostError(
        "webgpu: expected a live backend, got one that was disposed. Call setBackend('webgpu') again (listBackends() shows the state) or use another backend.",
      );
    }
    if (this.runner !== undefined) return this.runner;
    const lost = this.lostReason ?? 'unknown';
    try {
      this.attach(new GpuSeriesBatchRunner(await createGpuContext(this.options)));
    } catch (error) {
      throw new WebGpuDeviceLostError(
        `webgpu: expected a working GPU device, got the device lost (${lost}) and a new one failed: ${error instanceof Error ? error.message : String(error)}. ` +
          "Switch backend with setBackend('wasm') or setBackend('cpu').",
        { cause: error },
      );
    }
    return this.runner as unknown as GpuSeriesBatchRunner;
  }
}
