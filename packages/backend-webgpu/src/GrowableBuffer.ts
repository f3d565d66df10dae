/// <reference types="@webgpu/types" preserve="true" />
/**
 * A GPU buffer reused across calls and replaced by a larger one when a call needs more:
 * repeated batches of the same size allocate nothing after the first.
 */

/**
 * One named, growable GPU buffer.
 *
 * @example
 * const weights = new GrowableBuffer('weights', BUFFER_USAGE.STORAGE);
 * const buffer = weights.ensure(device, 4 * cells, maxBindingBytes);
 */
export class GrowableBuffer {
  private buffer: GPUBuffer | undefined;
  private size = 0;

  /**
   * @param label - debug label
   * @param usage - GPUBufferUsage flags
   */
  constructor(
    private readonly label: string,
    private readonly usage: number,
  ) {}

  /**
   * A buffer of at least `bytes` bytes (≥ 256), grown by 1.5× steps up to `maxBytes`.
   *
   * @param device - the device
   * @param bytes - bytes needed (≤ maxBytes)
   * @param maxBytes - the device's limit for one buffer
   * @returns the buffer (contents unspecified)
   * @example
   * buffer.ensure(device, 1024, limits.maxBufferSize);
   */
  ensure(device: GPUDevice, bytes: number, maxBytes: number): GPUBuffer {
    const needed = Math.max(256, Math.ceil(bytes / 256) * 256);
    if (this.buffer !== undefined && this.size >= needed) return this.buffer;
    this.buffer?.destroy();
    const grown = Math.min(Math.max(needed, Math.ceil((this.size * 1.5) / 256) * 256), Math.max(needed, Math.floor(maxBytes / 256) * 256));
    this.buffer = device.createBuffer({ size: grown, usage: this.usage, label: this.label });
    this.size = grown;
    return this.buffer;
  }

  /**
   * Frees the GPU memory (the next ensure allocates again).
   *
   * @returns nothing
   * @example
   * buffer.release();
   */
  release(): void {
    this.buffer?.destroy();
    this.buffer = undefined;
    this.size = 0;
  }
}
