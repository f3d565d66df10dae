/**
 * Typed errors shared by every `@softdtw/*` package.
 *
 * Every error carries a stable machine-readable `code` and a message of the form
 * `"<op>: expected <what>, got <what>. <How to fix>."`, so callers can branch on `code`
 * and people can act on the message. Other packages subclass {@link SoftDtwError} with
 * their own codes.
 */

/**
 * Base class of every error thrown by `@softdtw/*` packages.
 *
 * @example
 * ```ts
 * try { tensor([[1, 2], [3]]); } catch (e) { if (e instanceof SoftDtwError) console.log(e.code); } // 'E_SHAPE'
 * ```
 */
export class SoftDtwError extends Error {
  /** Stable identifier of the error kind, e.g. `'E_SHAPE'`. Subclasses override it. */
  readonly code: string = 'E_SOFTDTW';
  override name = 'SoftDtwError';

  /**
   * @param message - `"<op>: expected <what>, got <what>. <How to fix>."`
   * @param options - standard `ErrorOptions` (`cause`)
   */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/**
 * A tensor has the wrong rank, the wrong dimensions, or shapes that do not broadcast.
 *
 * @example
 * ```ts
 * new ShapeError('matmul: expected inner dimensions to match, got [2, 3] x [4, 5]. Transpose one operand or fix its shape.');
 * ```
 */
export class ShapeError extends SoftDtwError {
  override readonly code = 'E_SHAPE';
  override name = 'ShapeError';
}

/**
 * A dtype is unknown, or not supported where it was used (e.g. float64 on a float32-only backend).
 *
 * @example
 * ```ts
 * new DTypeError("tensor: expected dtype 'float64' or 'float32', got 'int8'. Use one of the supported dtypes.");
 * ```
 */
export class DTypeError extends SoftDtwError {
  override readonly code = 'E_DTYPE';
  override name = 'DTypeError';
}

/**
 * An argument has the wrong type or an out-of-range value (an axis, an option, a callback).
 *
 * @example
 * ```ts
 * new InvalidArgumentError('sum: expected axis in [-2, 1], got 5. Pass an axis smaller than the rank.');
 * ```
 */
export class InvalidArgumentError extends SoftDtwError {
  override readonly code = 'E_INVALID_ARGUMENT';
  override name = 'InvalidArgumentError';
}

/**
 * `setBackend(name)` or `SOFTDTW_BACKEND` named a backend that nobody registered.
 *
 * @example
 * ```ts
 * new BackendNotFoundError("setBackend: expected a registered backend, got 'gpu'. Registered: cpu. Register it first.");
 * ```
 */
export class BackendNotFoundError extends SoftDtwError {
  override readonly code = 'E_BACKEND_NOT_FOUND';
  override name = 'BackendNotFoundError';
}

/**
 * A synchronous call needed a backend that only initialises asynchronously.
 *
 * @example
 * ```ts
 * new BackendNotReadyError("getBackend: expected an active backend, got none (SOFTDTW_BACKEND='webgpu'). Call `await ready()` first.");
 * ```
 */
export class BackendNotReadyError extends SoftDtwError {
  override readonly code = 'E_BACKEND_NOT_READY';
  override name = 'BackendNotReadyError';
}

/**
 * A backend is not supported here or its factory failed; the message says why for each one tried.
 *
 * @example
 * ```ts
 * new BackendInitError("setBackend: expected backend 'webgpu' to initialise, got 'not supported: navigator.gpu is missing'. Use another backend.");
 * ```
 */
export class BackendInitError extends SoftDtwError {
  override readonly code = 'E_BACKEND_INIT';
  override name = 'BackendInitError';
}

/**
 * No kernel is registered for a (primitive, backend) pair; the message lists the backends that have one.
 *
 * @example
 * ```ts
 * new KernelNotFoundError("getKernel: expected a kernel for 'SoftDtw' on 'webgpu', got none. Backends with it: cpu. Register one or switch backend.");
 * ```
 */
export class KernelNotFoundError extends SoftDtwError {
  override readonly code = 'E_KERNEL_NOT_FOUND';
  override name = 'KernelNotFoundError';
}

/**
 * A backend, kernel or primitive was registered twice without `{ override: true }`.
 *
 * @example
 * ```ts
 * new DuplicateRegistrationError("registerBackend: expected a new name, got 'cpu' which is already registered. Pass { override: true } to replace it.");
 * ```
 */
export class DuplicateRegistrationError extends SoftDtwError {
  override readonly code = 'E_DUPLICATE_REGISTRATION';
  override name = 'DuplicateRegistrationError';
}

/**
 * Two different versions of `@softdtw/autodiff` were loaded in one process, which would split the registry.
 *
 * @example
 * ```ts
 * new DuplicateModuleError('@softdtw/autodiff: expected one copy per process, got 0.1.0 and 0.2.0. Deduplicate with `npm dedupe`.');
 * ```
 */
export class DuplicateModuleError extends SoftDtwError {
  override readonly code = 'E_DUPLICATE_MODULE';
  override name = 'DuplicateModuleError';
}

/**
 * A gradient check ({@link assertVjp}, {@link assertGrad}) found derivatives that disagree with finite differences.
 * The message carries the numbers.
 *
 * @example
 * ```ts
 * new GradientCheckError('assertVjp: expected <Jt, c> ≈ <t, Jᵀc>, got 1.0 vs 1.5 (relative error 0.33). Check the VJP rule.');
 * ```
 */
export class GradientCheckError extends SoftDtwError {
  override readonly code = 'E_GRADIENT_CHECK';
  override name = 'GradientCheckError';
}

/**
 * A library invariant was broken (a kernel returned the wrong shape, a VJP rule returned a
 * cotangent of the wrong shape). Not the caller's fault: it names the primitive to report.
 *
 * @example
 * ```ts
 * new InternalError("primitive 'Foo': expected forward to return shape [2], got [3]. This is a bug in the primitive 'Foo'.");
 * ```
 */
export class InternalError extends SoftDtwError {
  override readonly code = 'E_INTERNAL';
  override name = 'InternalError';
}
