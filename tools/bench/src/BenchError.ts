/**
 * Stable codes for everything the bench runner can refuse or fail at.
 *
 * - `BAD_OPTION`: a command-line flag is unknown or its value is malformed.
 * - `BAD_C_OUTPUT`: the C reference printed something the parser does not understand.
 * - `MISSING_C_CASE`: a case we compare against is absent from the C reference's table.
 * - `NON_FINITE_RESULT`: our soft-DTW returned NaN or ±Infinity, so its timing would be meaningless.
 */
export type BenchErrorCode = 'BAD_OPTION' | 'BAD_C_OUTPUT' | 'MISSING_C_CASE' | 'NON_FINITE_RESULT';

/**
 * The one error type thrown by the bench runner; `code` is stable, the message says what was
 * expected, what was received and how to fix it.
 *
 * @example
 * ```ts
 * try { parseBenchOptions(['--reps', 'x']); } catch (e) { if (e instanceof BenchError) console.log(e.code); } // BAD_OPTION
 * ```
 */
export class BenchError extends Error {
  /** Stable machine-readable reason, see {@link BenchErrorCode}. */
  readonly code: BenchErrorCode;

  /**
   * @param code - stable reason
   * @param message - expected / received / how to fix
   */
  constructor(code: BenchErrorCode, message: string) {
    super(message);
    this.name = 'BenchError';
    this.code = code;
  }
}
