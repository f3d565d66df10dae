/**
 * Seeded test series: a mulberry32 generator and smooth random walks (white noise makes every
 * alignment alike), so every backend and every run sees the same numbers.
 */

/**
 * A seeded uniform generator on [0, 1).
 *
 * @param seed - any integer
 * @returns next() → a number in [0, 1)
 * @example
 * const next = mulberry32(1); next(); // 0.627…
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random walk of n steps and p features.
 *
 * @param next - generator from mulberry32
 * @param n - time steps
 * @param p - features
 * @returns n rows of p values
 * @example
 * randomWalk(mulberry32(1), 5, 2).length; // 5
 */
export function randomWalk(next: () => number, n: number, p: number): number[][] {
  const rows: number[][] = [];
  let level = Array.from({ length: p }, () => next() * 2 - 1);
  for (let i = 0; i < n; i++) {
    level = level.map((v) => v + (next() - 0.5) * 0.6);
    rows.push([...level]);
  }
  return rows;
}
