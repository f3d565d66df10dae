/**
 * Deterministic test series, the same ones the C reference benchmarks.
 *
 * A port of `make_series` in `shared/limit/bench_common.h`: splitmix64 seeded with
 * `seed · 7919 + 13` (mod 2^64); for each feature k a frequency f = 0.02 + 0.05·u and a phase
 * φ = 2π·u are drawn, then x[t][k] = sin(f·t + φ) + 0.3·(u − 0.5) for t = 0..n−1, where each u
 * is a fresh uniform in [0, 1) built from the top 53 bits. Values are O(1), like z-normalised
 * data. The 64-bit state needs BigInt; the cost (a few ms per 10^4 values) is outside every timing.
 */

const MASK_64 = (1n << 64n) - 1n;
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;
const MIX_1 = 0xbf58476d1ce4e5b9n;
const MIX_2 = 0x94d049bb133111ebn;
const TWO_POW_MINUS_53 = 1 / 9007199254740992;

/** splitmix64 stream of uniforms in [0, 1), bit-identical to `rng_unif` in bench_common.h. */
class SplitMix64 {
  private state: bigint;

  constructor(state: bigint) {
    this.state = state & MASK_64;
  }

  nextUniform(): number {
    this.state = (this.state + GOLDEN_GAMMA) & MASK_64;
    let z = this.state;
    z = ((z ^ (z >> 30n)) * MIX_1) & MASK_64;
    z = ((z ^ (z >> 27n)) * MIX_2) & MASK_64;
    z ^= z >> 31n;
    return Number(z >> 11n) * TWO_POW_MINUS_53;
  }
}

/**
 * Builds the deterministic series `make_series(x, n, p, seed)` of the C reference, as rows.
 *
 * @param n - number of time steps (rows), ≥ 1
 * @param p - number of features (columns), ≥ 1
 * @param seed - non-negative integer; the C bench uses 1 for x and 2 for y, and 10 + 2b / 11 + 2b for batch pair b
 * @returns series of shape [n, p] (`number[][]`); equal to the C values up to the last bit of `sin`
 * @example
 * ```ts
 * const x = makeSeries(4096, 8, 1); // x.length === 4096, x[0].length === 8
 * ```
 */
export function makeSeries(n: number, p: number, seed: number): number[][] {
  const rng = new SplitMix64(BigInt(seed) * 7919n + 13n);
  const rows: number[][] = Array.from({ length: n }, () => new Array<number>(p).fill(0));
  for (let k = 0; k < p; k++) {
    const frequency = 0.02 + 0.05 * rng.nextUniform();
    const phase = 6.283185307179586 * rng.nextUniform();
    for (let t = 0; t < n; t++) rows[t]![k] = Math.sin(frequency * t + phase) + 0.3 * (rng.nextUniform() - 0.5);
  }
  return rows;
}
