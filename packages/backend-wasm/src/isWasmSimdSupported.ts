/**
 * Feature detection for the wasm backend: WebAssembly with the fixed-width SIMD proposal (v128).
 */

/** A minimal module with one function returning a v128 constant: valid only where SIMD128 is supported. */
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type section: () → v128
  0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
  0x0a, 0x16, 0x01, 0x14, 0x00, 0xfd, 0x0c, // code section: one body, no locals, v128.const
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0x0b, // end
]);

/**
 * Whether this runtime can run the wasm kernels.
 *
 * @returns `true`, or the reason it cannot (for the backend registry's `isSupported`)
 * @example
 * ```ts
 * isWasmSimdSupported(); // true in Node ≥ 16 and current browsers
 * ```
 */
export function isWasmSimdSupported(): true | string {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') {
    return 'WebAssembly is not available in this runtime';
  }
  if (!WebAssembly.validate(SIMD_PROBE)) {
    return 'WebAssembly SIMD (v128) is not supported: WebAssembly.validate rejected a one-instruction SIMD module';
  }
  return true;
}
