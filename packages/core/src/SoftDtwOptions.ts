/**
 * Options of the soft-DTW functions, and their validation (internal helpers below the types).
 */
import { BandTooNarrowError, InvalidArgumentError } from './errors.js';
import { describeValue } from './describeValue.js';

/** Options of the soft-DTW functions. */
export interface SoftDtwOptions {
  /** Smoothing γ ≥ 0 (default 1). γ = 0 is hard DTW (its subgradient for gradients). */
  readonly gamma?: number;
  /**
   * Sakoe-Chiba band radius r: only cells with |i − j| ≤ r (0-indexed) are aligned. A
   * non-negative integer ≥ |n − m|; omit it for no band.
   */
  readonly band?: number;
  /** Per-call memory budget in bytes, overriding setMemoryBudget. */
  readonly memoryBudget?: number;
  /**
   * Arithmetic asked of the active backend for plain-array series (not Tensors): 'float64'
   * (default) or 'float32', which a SIMD or GPU backend runs faster at a documented loss of
   * accuracy. The cpu backend always computes in float64; tfjs and WebGPU always in float32.
   */
  readonly dtype?: 'float64' | 'float32';
}

/** Options of dtw (hard DTW, γ = 0). */
export interface DtwOptions {
  /** Sakoe-Chiba band radius (see SoftDtwOptions.band). */
  readonly band?: number;
  /** Per-call memory budget in bytes, overriding setMemoryBudget. */
  readonly memoryBudget?: number;
}

/** Validated options: radius = Infinity when there is no band. */
export interface ResolvedOptions {
  readonly gamma: number;
  readonly radius: number;
  readonly memoryBudget: number | undefined;
  /** Requested arithmetic (default 'float64'). */
  readonly dtype: 'float64' | 'float32';
}

/** Smallest γ > 0 accepted: the smallest normal float64, so that 1/γ is finite. */
export const MIN_POSITIVE_GAMMA = 2.2250738585072014e-308;

/**
 * Validates an options object.
 *
 * @param op - public function name, for messages
 * @param options - the caller's options (may be undefined)
 * @param allowed - option names this function accepts
 * @returns gamma (default 1), radius (Infinity without band) and the per-call memory budget
 * @throws InvalidArgumentError for unknown names, a bad gamma or a bad band
 * @example
 * resolveOptions('softDtw', { gamma: 0.1 }, ['gamma', 'band', 'memoryBudget']); // { gamma: 0.1, radius: Infinity, memoryBudget: undefined }
 */
export function resolveOptions(
  op: string,
  options: object | undefined,
  allowed: readonly string[],
): ResolvedOptions {
  if (options === undefined) return { gamma: 1, radius: Infinity, memoryBudget: undefined, dtype: 'float64' };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(
      `${op}: expected an options object such as { gamma: 1 }, got ${describeValue(options)}. Pass the options as an object.`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new InvalidArgumentError(
        `${op}: expected options among ${allowed.join(', ')}, got an unknown option "${key}". Check its spelling.`,
      );
    }
  }
  const { gamma, band, memoryBudget, dtype } = options as { gamma?: unknown; band?: unknown; memoryBudget?: unknown; dtype?: unknown };
  if (dtype !== undefined && dtype !== 'float64' && dtype !== 'float32') {
    throw new InvalidArgumentError(
      `${op}: expected dtype to be 'float64' or 'float32', got ${describeValue(dtype)}. Omit it for float64.`,
    );
  }
  return {
    gamma: resolveGamma(op, gamma),
    radius: resolveBand(op, band),
    memoryBudget: memoryBudget === undefined ? undefined : (memoryBudget as number),
    dtype: dtype ?? 'float64',
  };
}

/**
 * Validates gamma (undefined → the default 1).
 *
 * @param op - public function or primitive name, for messages
 * @param gamma - the caller's value
 * @returns γ ≥ 0 with a finite 1/γ (or 0)
 * @throws InvalidArgumentError
 * @example
 * resolveGamma('softDtw', undefined); // 1
 */
export function resolveGamma(op: string, gamma: unknown): number {
  if (gamma === undefined) return 1;
  if (typeof gamma !== 'number' || !Number.isFinite(gamma) || gamma < 0) {
    throw new InvalidArgumentError(
      `${op}: expected gamma to be a finite number ≥ 0, got ${describeValue(gamma)}. ` +
        `Use gamma = 0 for hard DTW or a positive smoothing such as 1 (smaller = closer to DTW).`,
    );
  }
  if (gamma > 0 && gamma < MIN_POSITIVE_GAMMA) {
    throw new InvalidArgumentError(
      `${op}: expected gamma = 0 or gamma ≥ ${MIN_POSITIVE_GAMMA} (so that 1/gamma is finite), got ${gamma}. ` +
        `Use gamma = 0 for hard DTW.`,
    );
  }
  return gamma;
}

/**
 * Validates a band radius (undefined → Infinity, no band).
 *
 * @param op - public function or primitive name, for messages
 * @param band - the caller's value
 * @returns a non-negative integer, or Infinity
 * @throws InvalidArgumentError
 * @example
 * resolveBand('softDtw', 3); // 3
 */
export function resolveBand(op: string, band: unknown): number {
  if (band === undefined) return Infinity;
  if (typeof band !== 'number' || !Number.isInteger(band) || band < 0) {
    throw new InvalidArgumentError(
      `${op}: expected band to be a non-negative integer (the Sakoe-Chiba radius), got ${describeValue(band)}. ` +
        `Pass e.g. { band: 10 }, or omit band for no constraint.`,
    );
  }
  return band;
}

/**
 * Throws BandTooNarrowError when the band leaves no alignment path for lengths n and m.
 *
 * @param op - public function name
 * @param radius - band radius (Infinity = none)
 * @param n - length of the first series
 * @param m - length of the second series
 * @param pair - how the message names the pair, e.g. "x and y" or "xs[3] and ys[3]"
 * @returns nothing
 * @example
 * checkBandFits('softDtw', 2, 10, 7, 'x and y'); // throws: band must be ≥ 3
 */
export function checkBandFits(op: string, radius: number, n: number, m: number, pair: string): void {
  const minimum = Math.abs(n - m);
  if (radius >= minimum) return;
  throw new BandTooNarrowError(
    `${op}: expected band ≥ |n − m| = ${minimum} for ${pair} (lengths ${n} and ${m}), got band = ${radius}. ` +
      `No alignment path fits in a narrower band: use band ≥ ${minimum}, or omit band.`,
    minimum,
  );
}
