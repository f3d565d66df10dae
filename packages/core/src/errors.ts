/**
 * Typed errors thrown by @softdtw/core. Each has a stable `code`, and its message follows the
 * workspace form "<op>: expected <what>, got <what>. <How to fix>."
 *
 * The base class SoftDtwError and the general ShapeError ('E_SHAPE': ragged rows, mismatched
 * features, batch sizes) and InvalidArgumentError ('E_INVALID_ARGUMENT': gamma, band, options)
 * come from @softdtw/autodiff and are re-exported; core adds the codes specific to DTW inputs
 * and resources below.
 */

import { SoftDtwError } from '@softdtw/autodiff';

export { InvalidArgumentError, ShapeError, SoftDtwError } from '@softdtw/autodiff';

/** A series (or cost matrix) contains NaN or ±Infinity. Code 'E_NON_FINITE'. */
export class NonFiniteValueError extends SoftDtwError {
  override readonly code = 'E_NON_FINITE';
  override name = 'NonFiniteValueError';
}

/** A series has no time steps (or its rows have no features). Code 'E_EMPTY_SERIES'. */
export class EmptySeriesError extends SoftDtwError {
  override readonly code = 'E_EMPTY_SERIES';
  override name = 'EmptySeriesError';
}

/**
 * The Sakoe-Chiba band is narrower than |n − m|, so no alignment path exists. Code
 * 'E_BAND_TOO_NARROW'. `minimumBand` is the smallest radius that works.
 */
export class BandTooNarrowError extends SoftDtwError {
  override readonly code = 'E_BAND_TOO_NARROW';
  override name = 'BandTooNarrowError';
  /** Smallest band radius with an alignment path: |n − m|. */
  readonly minimumBand: number;

  /**
   * @param message - says the lengths, the band given and the minimum
   * @param minimumBand - |n − m|
   * @example
   * new BandTooNarrowError('softDtw: expected band ≥ 3 …', 3);
   */
  constructor(message: string, minimumBand: number) {
    super(message);
    this.minimumBand = minimumBand;
  }
}

/**
 * A call would allocate more than the memory budget (see setMemoryBudget); thrown before any
 * large allocation. Code 'E_MEMORY_BUDGET'. `requiredBytes` and `budgetBytes` give the numbers.
 */
export class MemoryBudgetError extends SoftDtwError {
  override readonly code = 'E_MEMORY_BUDGET';
  override name = 'MemoryBudgetError';
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
    super(message);
    this.requiredBytes = requiredBytes;
    this.budgetBytes = budgetBytes;
  }
}

/**
 * A result would not be a finite number (float64 overflow of the costs, for instance); thrown
 * instead of returning NaN or Infinity. Code 'E_NUMERICAL'.
 */
export class NumericalError extends SoftDtwError {
  override readonly code = 'E_NUMERICAL';
  override name = 'NumericalError';
}
