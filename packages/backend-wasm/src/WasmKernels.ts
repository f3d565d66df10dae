/**
 * The handle every JS-side wrapper uses to call the compiled AssemblyScript kernels: the module's exported
 * functions, its (JS-owned, imported) linear memory and a scratch allocator.
 *
 * Memory layout: addresses below `exports.heapBase()` hold the module's static data; everything above is a single
 * scratch region managed from JS. `reserve(bytes)` grows the memory when needed and returns the 16-aligned byte
 * offset of a region of at least `bytes` bytes. The region is valid until the next `reserve` call (every call
 * returns the same offset: callers lay out their own sub-buffers inside it). Views on `memory.buffer` must be
 * created AFTER `reserve`, since growing detaches the old buffer.
 */

/** One exported wasm function: every argument and result is an i32/f64/f32 number. */
export type WasmFunction = (...args: number[]) => number;

/** The exported functions of the compiled kernel module, by name (see assembly/index.ts). */
export type WasmExports = Readonly<Record<string, WasmFunction>>;

/**
 * A live instance of the kernel module.
 *
 * @example
 * ```ts
 * const kernels = await instantiateKernels();
 * const base = kernels.reserve(1024); // 16-aligned byte offset
 * new Float64Array(kernels.memory.buffer, base, 128).fill(0);
 * ```
 */
export interface WasmKernels {
  /** The module's exported functions. */
  readonly exports: WasmExports;
  /** The module's linear memory (imported, owned by this instance; one per instance). */
  readonly memory: WebAssembly.Memory;
  /**
   * Returns the 16-aligned byte offset of a scratch region of at least `bytes` bytes, growing the memory if
   * needed. Valid until the next `reserve` call; re-create typed-array views afterwards.
   * @param bytes - size in bytes (≥ 0)
   * @returns the byte offset (a multiple of 16)
   */
  reserve(bytes: number): number;
}
