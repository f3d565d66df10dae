/**
 * A small seeded pseudo-random generator: SplitMix32.
 *
 * State: one 32-bit integer. Step: `state += 0x9e3779b9` (the golden-ratio increment), then the
 * output is the state passed through the murmur3 finaliser (xor-shift 16, multiply by
 * 0x85ebca6b, xor-shift 13, multiply by 0xc2b2ae35, xor-shift 16). It is fast, passes the usual
 * smoke tests for simulation use, and is NOT cryptographic. Uniform doubles use 53 random bits
 * built from two outputs; normals use the Box–Muller transform (both values of a pair are used).
 * The same seed gives the same stream on every platform.
 */
import { InvalidArgumentError } from '../errors.js';

/** A seeded random stream. */
export interface Rng {
  /** Next unsigned 32-bit integer. */
  nextUint32(): number;
  /** Next double, uniform in [0, 1), with 53 random bits. */
  nextFloat(): number;
  /** Next standard normal draw (mean 0, standard deviation 1). */
  nextNormal(): number;
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

/**
 * Creates a SplitMix32 generator.
 *
 * @param seed - any finite number; it is truncated to a 32-bit integer
 * @returns a generator with `nextUint32`, `nextFloat` and `nextNormal`
 * @example
 * ```ts
 * const rng = createRng(42);
 * rng.nextFloat(); // same value on every run
 * ```
 */
export function createRng(seed: number): Rng {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new InvalidArgumentError(`createRng: expected a finite number as seed, got ${String(seed)}. Pass e.g. { seed: 0 }.`);
  }
  let state = seed | 0;
  let spareNormal: number | undefined;

  const nextUint32 = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };

  const nextFloat = (): number => {
    const high = nextUint32() >>> 5; // 27 bits
    const low = nextUint32() >>> 6; // 26 bits
    return (high * TWO_POW_26 + low) / TWO_POW_53;
  };

  const nextNormal = (): number => {
    if (spareNormal !== undefined) {
      const value = spareNormal;
      spareNormal = undefined;
      return value;
    }
    // 1 - u lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - nextFloat()));
    const angle = 2 * Math.PI * nextFloat();
    spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };

  return { nextUint32, nextFloat, nextNormal };
}
