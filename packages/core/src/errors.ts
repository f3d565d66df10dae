/**
 * Typed errors thrown by @softdtw/core. Each has a stable `code`, and its message follows the
 * workspace form "<op>: expected <what>, got <what>. <How to fix>."
 *
 * The base class is SoftDtwError (shape `{ name, code, message }`), shared with the rest of the
 * workspace; core adds the codes specific to DTW inputs and resources.
 */

/** Base class of every error thrown by the @softdtw packages; `code` is stable across versions. */
export class SoftDtwError extends Error {
  /** Stable machine-readable code, e.g. 'E_BAND_TOO_NARROW'. */
  readonly code: string;

  /**
   * @param code - stable error code
   * @param message - "<op>: expected <what>, got <what>. <How to fix>."
   * @example
   * new SoftDtwError('E_EXAMPLE', 'softDtw: expected x, got y. Do z.');
   */
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A shape is wrong: ragged rows, mismatched feature dimensions, batch sizes that differ. Code 'E_SHAPE'. */
export class ShapeError extends SoftDtwError {
  /**
   * @param message - "<op>: expected <what>, got <what>. <How to fix>."
   * @example
   * new ShapeError('softDtw: expected 3 features in every row of x, got 2 in row 4. Pad or trim the rows.');
   */
  constructor(message: string) {
    super('E_SHAPE', message);
  }
}

/** An argument has the wrong type or value (gamma, band, options). Code 'E_INVALID_ARGUMENT'. */
export class InvalidArgumentError extends SoftDtwError {
  /**
   * @param message - "<op>: expected <what>, got <what>. <How to fix>."
   * @example
   * new InvalidArgumentError('softDtw: expected gamma ≥ 0, got -1. Pass gamma = 0 for hard DTW.');
   */
  constructor(message: string) {
    super('E_INVALID_ARGUMENT', message);
  }
}

/** A series (or cost matrix) contains NaN or ±Infinity. Code 'E_NON_FINITE'. */
export class NonFiniteValueError extends SoftDtwError {
  /**
   * @param message - names the series, row and column of the first bad value
   * @example
   * new NonFiniteValueError('softDtw: expected finite numbers in x, got NaN at row 3, column 0. Fill or drop missing values first.');
   */
  constructor(message: string) {
    super('E_NON_FINITE', message);
  }
}

/** A series has no time steps (or its rows have no features). Code 'E_EMPTY_SERIES'. */
export class EmptySeriesError extends SoftDtwError {
  /**
   * @param message - names the empty series
   * @example
   * new EmptySeriesError('softDtw: expected x to have at least one time step, got an empty series. Pass a non-empty series.');
   */
  constructor(message: string) {
    super('E_EMPTY_SERIES', message);
  }
}

/**
 * The Sakoe-Chiba band is narrower than |n − m|, so no alignment path exists. Code
 * 'E_BAND_TOO_NARROW'. `minimumBand` is the smallest radius that works.
 */
export class BandTooNarrowError extends SoftDtwError {
  /** Smallest band radius with an alignment path: |n − m|. */
  readonly minimumBand: number;

  /**
   * @param message - says the lengths, the band given and the minimum
   * @param minimumBand - |n − m|
   * @example
   * new BandTooNarrowError('softDtw: expected band ≥ 3 …', 3);
   */
  constructor(message: string, minimumBand: number) {
    super('E_BAND_TOO_NARROW', message);
    this.minimumBand = minimumBand;
  }
}

/**
 * A call would allocate more than the memory budget (see setMemoryBudget); thrown before any
 * large allocation. Code 'E_MEMORY_BUDGET'. `requiredBytes` and `budgetBytes` give the numbers.
 */
export class MemoryBudgetError extends SoftDtwError {
  /** Bytes the call needs. */
  readonly requiredBytes: number;
  /** The budget in force. */
  readonly budgetBytes: number;

  /**
   * @param message - says the bytes needed, the budget and how to proceed
   * @param requiredBytes - bytes the call needs
   * @param budgetBytes - the budget in force
   * @example
   * new MemoryBudgetError('softDtwValueAndGrad: expected …', 3e9, 2 ** 31);
   */
  constructor(message: string, requiredBytes: number, budgetBytes: number) {
    super('E_MEMORY_BUDGET', message);
    this.requiredBytes = requiredBytes;
    this.budgetBytes = budgetBytes;
  }
}

/**
 * A result would not be a finite number (float64 overflow of the costs, for instance); thrown
 * instead of returning NaN or Infinity. Code 'E_NUMERICAL'.
 */
export class NumericalError extends SoftDtwError {
  /**
   * @param message - says what overflowed and how to avoid it
   * @example
   * new NumericalError('softDtw: expected a finite value, got Infinity. Rescale the series.');
   */
  constructor(message: string) {
    super('E_NUMERICAL', message);
  }
}
