/**
 * Wraps a kernel module instance and its memory into a {@link WasmKernels} (no module bytes here, so the worker
 * bundle stays small: workers receive the compiled module from the main thread).
 */
import type { WasmExports, WasmKernels } from './WasmKernels.js';

const PAGE_BYTES = 65536;
/** wasm32 memory limit in pages (4 GiB). */
export const MAX_PAGES = 65536;

/**
 * Instantiates a compiled kernel module synchronously with a fresh memory (workers; browsers forbid synchronous
 * instantiation of large modules on the main thread, see instantiateKernels).
 *
 * @param module - the compiled kernel module
 * @returns a live {@link WasmKernels}
 * @example
 * ```ts
 * const kernels = instantiateKernelsSync(module);
 * ```
 */
export function instantiateKernelsSync(module: WebAssembly.Module): WasmKernels {
  const memory = new WebAssembly.Memory({ initial: 16, maximum: MAX_PAGES });
  return createKernelInstance(new WebAssembly.Instance(module, { env: { memory } }), memory);
}

/**
 * A {@link WasmKernels} over an instance whose memory is `memory` (imported as env.memory).
 *
 * @param instance - the instantiated kernel module
 * @param memory - its memory
 * @returns exports, memory and the scratch allocator (one region above the static data, grown on demand)
 * @example
 * ```ts
 * const kernels = createKernelInstance(instance, memory);
 * ```
 */
export function createKernelInstance(instance: WebAssembly.Instance, memory: WebAssembly.Memory): WasmKernels {
  const exports = instance.exports as unknown as WasmExports;
  const heapBase = exports['heapBase'];
  if (heapBase === undefined) throw new Error('backend-wasm: the kernel module exports no heapBase(); rebuild it with npm run build:wasm.');
  const base = (heapBase() + 15) & ~15;
  return {
    exports,
    memory,
    reserve(bytes: number): number {
      const needed = base + Math.ceil(bytes);
      const have = memory.buffer.byteLength;
      if (needed > have) {
        const pages = Math.ceil((needed - have) / PAGE_BYTES);
        if (have / PAGE_BYTES + pages > MAX_PAGES) {
          throw new RangeError(
            `backend-wasm: expected a working set below 4 GiB (the wasm32 limit), got a request for ${needed} bytes. ` +
              'Split the batch, use a band, or use dtype float32.',
          );
        }
        memory.grow(pages);
      }
      return base;
    },
  };
}
