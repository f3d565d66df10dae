/**
 * A small seeded pseudo-random generator, so that generated datasets and splits are the same on
 * every machine and in every JavaScript engine (`Math.random` cannot be seeded).
 *
 * Algorithm: xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 2021), 128 bits of state in four 32-bit words, period 2^128 − 1:
 *
 *   out = rotl(s1 · 5, 7) · 9
 *   t = s1 << 9;  s2 ^= s0;  s3 ^= s1;  s1 ^= s2;  s0 ^= s3;  s2 ^= t;  s3 = rotl(s3, 11)
 *
 * with 32-bit wrap-around multiplication (`Math.imul`). Seeding: the seed (any safe integer) is
 * split into its low and high 32-bit words; the four state words are the MurmurHash3 32-bit
 * finaliser (fmix32) of a Weyl sequence w_k = lo ⊕ fmix32(hi) + k · 0x9E3779B9, k = 1..4, so nearby
 * seeds give unrelated streams and the state is never all zero in practice (checked anyway).
 *
 * Derived draws:
 * - `next()`: a double in [0, 1) from 53 random bits (27 from one output, 26 from the next);
 * - `nextInt(min, max)`: ⌊next() · (max − min + 1)⌋ + min, inclusive; the bias is below 2^-20 for
 *   ranges under 2^32, irrelevant here;
 * - `nextGaussian()`: Box–Muller, `sqrt(−2 ln u1) · cos(2π u2)`; the sine partner is cached and
 *   returned by the following call, so each pair of uniforms yields two normals.
 *
 * Local to this package on purpose (datasets has no dependencies); the sequence is part of the
 * package's reproducibility promise and changes only with a major version.
 */
import { InvalidArgumentError } from './errors.js';

/**
 * Seeded xoshiro128** generator: uniform doubles, integers, standard normals and shuffles.
 *
 * @example
 * const random = new SeededRandom(42);
 * random.next();          // a number in [0, 1), the same on every run
 * random.nextInt(1, 6);   // a die roll
 * random.nextGaussian();  // ~ N(0, 1)
 */
export class SeededRandom {
  /** The seed this generator was created with. */
  readonly seed: number;
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spareGaussian: number | undefined = undefined;

  /**
   * @param seed - any safe integer (negative allowed); equal seeds give equal streams
   * @throws {@link InvalidArgumentError} when `seed` is not a safe integer
   * @example
   * new SeededRandom(0).next() === new SeededRandom(0).next(); // true
   */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) {
      throw new InvalidArgumentError(
        `SeededRandom: expected an integer seed between -(2^53 - 1) and 2^53 - 1, got ${String(seed)}. Pass e.g. 42.`,
      );
    }
    this.seed = seed;
    const low = seed >>> 0; // seed mod 2^32 (two's complement for negatives)
    const high = Math.floor(seed / 4294967296) >>> 0;
    let weyl = (low ^ fmix32(high)) >>> 0;
    const words: number[] = [];
    for (let k = 0; k < 4; k++) {
      weyl = (weyl + 0x9e3779b9) >>> 0;
      words.push(fmix32(weyl));
    }
    [this.s0, this.s1, this.s2, this.s3] = words as [number, number, number, number];
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the one forbidden state
  }

  /**
   * The next raw 32-bit output of xoshiro128**.
   * @returns an unsigned integer in [0, 2^32)
   * @example
   * new SeededRandom(1).nextUint32(); // e.g. 3 052 263 935, fixed for seed 1
   */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /**
   * A uniform double in [0, 1) with 53 random bits.
   * @returns a number in [0, 1)
   * @example
   * new SeededRandom(7).next(); // 0 ≤ value < 1
   */
  next(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low) / 9007199254740992; // (high · 2^26 + low) / 2^53
  }

  /**
   * A uniform integer in [min, max], both ends included.
   * @param min - smallest value, an integer
   * @param max - largest value, an integer ≥ min
   * @returns an integer in [min, max]
   * @throws {@link InvalidArgumentError} when the bounds are not integers or `max < min`
   * @example
   * new SeededRandom(3).nextInt(16, 32); // 16 ≤ a ≤ 32
   */
  nextInt(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new InvalidArgumentError(
        `SeededRandom.nextInt: expected integers min ≤ max, got min = ${String(min)}, max = ${String(max)}. Swap or round the bounds.`,
      );
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /**
   * A standard normal draw, N(0, 1), by Box–Muller (pairs: every second call uses the cached partner).
   * @returns a number drawn from N(0, 1)
   * @example
   * const random = new SeededRandom(5);
   * const noise = Array.from({ length: 128 }, () => random.nextGaussian());
   */
  nextGaussian(): number {
    if (this.spareGaussian !== undefined) {
      const spare = this.spareGaussian;
      this.spareGaussian = undefined;
      return spare;
    }
    const u1 = 1 - this.next(); // (0, 1]: log(u1) is finite
    const u2 = this.next();
    const radius = Math.sqrt(-2 * Math.log(u1));
    const angle = 2 * Math.PI * u2;
    this.spareGaussian = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /**
   * A shuffled copy of `items` (Fisher–Yates, from the last position down); `items` is not changed.
   * @param items - `[n]` anything
   * @returns `[n]` the same items in a random order
   * @example
   * new SeededRandom(9).shuffle([0, 1, 2, 3]); // a permutation, the same for seed 9 every time
   */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = out[i] as T;
      out[i] = out[j] as T;
      out[j] = swap;
    }
    return out;
  }
}

/** Rotate a 32-bit word left by `k` bits. */
function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** MurmurHash3's 32-bit finaliser: an invertible mix with good avalanche, used for seeding. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
