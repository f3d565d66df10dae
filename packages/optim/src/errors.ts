/**
 * Typed errors of `@softdtw/optim`. Each has a stable `code` (safe to match on) and a message of the form
 * "<where>: expected <what>, got <what>. <How to fix>." They extend `SoftDtwError` from
 * `@softdtw/autodiff`, so `instanceof SoftDtwError` catches the errors of every `@softdtw/*` package.
 * Bad positional arguments throw autodiff's own `InvalidArgumentError` (code `E_INVALID_ARGUMENT`),
 * re-exported here, rather than a look-alike class of the same name.
 *
 * Numerical trouble during a run (a line search that fails, a NaN from the objective after the start)
 * is not an error: it ends the run with a `reason` in the result. These classes are for misuse: bad
 * options, mismatched shapes, a state object that does not fit, an objective that returns the wrong thing.
 */
import { SoftDtwError } from '@softdtw/autodiff';

export { InvalidArgumentError } from '@softdtw/autodiff';

/** Every stable error code of this package's own classes. */
export type OptimErrorCode =
  | 'E_OPTIM_INVALID_OPTION'
  | 'E_OPTIM_STRUCTURE'
  | 'E_OPTIM_OBJECTIVE_RETURN'
  | 'E_OPTIM_NON_FINITE_START'
  | 'E_OPTIM_NON_FINITE_GRADIENT'
  | 'E_OPTIM_STATE';

/**
 * Base class of every error thrown by `@softdtw/optim`.
 *
 * @example
 * try { adam({ learningRate: -1 }); } catch (e) { if (e instanceof OptimError) console.log(e.code); }
 */
export class OptimError extends SoftDtwError {
  /** Stable machine-readable code. */
  override readonly code: OptimErrorCode;

  /**
   * @param code - stable code
   * @param message - "<where>: expected …, got …. <fix>."
   */
  constructor(code: OptimErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * An option is out of range or of the wrong type (code `E_OPTIM_INVALID_OPTION`).
 *
 * @example
 * new InvalidOptionError('minimizeLbfgs: expected options.history to be an integer ≥ 1, got 0. Pass e.g. history: 10.');
 */
export class InvalidOptionError extends OptimError {
  /** @param message - "<where>: expected …, got …. <fix>." */
  constructor(message: string) {
    super('E_OPTIM_INVALID_OPTION', message);
  }
}

/**
 * Parameters and gradients (or a saved state) do not have the same tree structure or sizes
 * (code `E_OPTIM_STRUCTURE`).
 *
 * @example
 * new StructureMismatchError('adam.update: expected grads.W to have 6 entries like params.W, got 4. Pass the gradient of the same parameters.');
 */
export class StructureMismatchError extends OptimError {
  /** @param message - "<where>: expected …, got …. <fix>." */
  constructor(message: string) {
    super('E_OPTIM_STRUCTURE', message);
  }
}

/**
 * The objective returned something other than `{ value: number, grad }` with one gradient entry per
 * coordinate (code `E_OPTIM_OBJECTIVE_RETURN`).
 *
 * @example
 * new ObjectiveReturnError('minimizeLbfgs: expected fun(x).grad to have length 3, got 2. Return one partial derivative per coordinate.');
 */
export class ObjectiveReturnError extends OptimError {
  /** @param message - "<where>: expected …, got …. <fix>." */
  constructor(message: string) {
    super('E_OPTIM_OBJECTIVE_RETURN', message);
  }
}

/**
 * The objective is not finite at the starting point, so there is no finite point to fall back on
 * (code `E_OPTIM_NON_FINITE_START`). Later non-finite values end the run with reason `'non-finite'` instead.
 *
 * @example
 * new NonFiniteStartError('minimizeLbfgs: expected a finite value and gradient at x0, got value NaN. Start inside the domain of fun.');
 */
export class NonFiniteStartError extends OptimError {
  /** @param message - "<where>: expected …, got …. <fix>." */
  constructor(message: string) {
    super('E_OPTIM_NON_FINITE_START', message);
  }
}

/**
 * A gradient passed to an optimizer's `update` has a NaN or ±Infinity entry (code
 * `E_OPTIM_NON_FINITE_GRADIENT`). The update is refused before any state changes, so one bad batch
 * cannot poison the moment estimates.
 *
 * @example
 * new NonFiniteGradientError('adam.update: expected finite gradients, got grads.W[3] = NaN. Check the loss for log(0) or overflow, or clip gradients.');
 */
export class NonFiniteGradientError extends OptimError {
  /** @param message - "<where>: expected …, got …. <fix>." */
  constructor(message: string) {
    super('E_OPTIM_NON_FINITE_GRADIENT', message);
  }
}

/**
 * A state passed to `loadState` does not belong to this optimizer or does not fit the parameters
 * (code `E_OPTIM_STATE`).
 *
 * @example
 * new InvalidStateError("adam.loadState: expected a state with kind 'adam', got 'sgd'. Load it into sgd() instead.");
 */
export class InvalidStateError extends OptimError {
  /** @param message - "<where>: expected …, got …. <fix>." */
  constructor(message: string) {
    super('E_OPTIM_STATE', message);
  }
}
