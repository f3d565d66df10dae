/**
 * The backend contract, deliberately tiny (tinygrad's device, not tfjs's base class).
 *
 * Tensors always hold their values in a CPU typed array; a backend is a place where kernels
 * run. Kernels are looked up by (primitive name, backend name) in the kernel registry; a
 * primitive with no kernel for the active backend runs its reference `forward` loops.
 */

/** What a backend can do. */
export interface BackendCapabilities {
  /** Computes in float64 (the cpu backend does; WebGPU does not). */
  readonly float64: boolean;
  /** Results can be read back synchronously. */
  readonly syncRead: boolean;
}

/**
 * A compute backend, created by the factory given to `registerBackend`.
 *
 * @example
 * ```ts
 * const backend: Backend = { name: 'mine', capabilities: { float64: true, syncRead: true } };
 * ```
 */
export interface Backend {
  /** Name it was registered under. */
  readonly name: string;
  readonly capabilities: BackendCapabilities;
  /** Releases resources (GPU devices, workers). Called when the backend is replaced or reset. */
  dispose?(): void;
}
