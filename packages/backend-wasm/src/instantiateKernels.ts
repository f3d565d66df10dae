/**
 * Loading the compiled AssemblyScript kernels (assembly/*.ts, built into generated/kernels.wasm.ts by
 * scripts/build-wasm.mjs): decode the base64 bytes, compile once per thread, instantiate with a fresh
 * JS-owned memory per instance. Async, because browsers refuse synchronous compilation of modules over 4 KB
 * on the main thread; workers receive the compiled module and instantiate it synchronously.
 */
import { createKernelInstance, MAX_PAGES } from './createKernelInstance.js';
import { KERNELS_WASM_BASE64 } from './generated/kernels.wasm.js';
import type { WasmKernels } from './WasmKernels.js';

let compiled: Promise<WebAssembly.Module> | undefined;

/**
 * The kernel module's bytes, decoded from the generated base64 string.
 *
 * @returns a fresh Uint8Array of the .wasm bytes
 * @example
 * ```ts
 * WebAssembly.validate(kernelBytes()); // true
 * ```
 */
export function kernelBytes(): Uint8Array<ArrayBuffer> {
  const binary = atob(KERNELS_WASM_BASE64);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}

/**
 * Compiles the kernel module once per thread (cached promise).
 *
 * @returns the compiled module (cloneable to workers with postMessage)
 * @example
 * ```ts
 * const module = await compileKernelModule();
 * ```
 */
export function compileKernelModule(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compile(kernelBytes());
  return compiled;
}

/**
 * Instantiates the kernels with their own memory, asynchronously (main threads).
 *
 * @param module - a compiled module (default: {@link compileKernelModule})
 * @returns a live {@link WasmKernels}
 * @example
 * ```ts
 * const kernels = await instantiateKernels();
 * kernels.reserve(1 << 20);
 * ```
 */
export async function instantiateKernels(module?: WebAssembly.Module): Promise<WasmKernels> {
  const memory = new WebAssembly.Memory({ initial: 16, maximum: MAX_PAGES });
  const instance = await WebAssembly.instantiate(module ?? (await compileKernelModule()), { env: { memory } });
  return createKernelInstance(instance, memory);
}
