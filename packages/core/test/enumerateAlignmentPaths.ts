/**
 * Brute-force soft-DTW for tests: enumerate every monotone alignment path of an n × m problem
 * (steps (1,0), (0,1), (1,1); optionally restricted to a Sakoe-Chiba band) and evaluate the
 * definitions directly, without any recursion:
 *
 *     value = −γ log Σ_paths exp(−cost(path)/γ)   (γ = 0: min over paths)
 *     E     = Σ_paths p(path) · A(path),   p(path) ∝ exp(−cost(path)/γ)   (γ = 0: the optimal path)
 */

/** All alignment paths as lists of [i, j] cells. */
export function enumerateAlignmentPaths(n: number, m: number, radius = Infinity): Array<Array<[number, number]>> {
  const paths: Array<Array<[number, number]>> = [];
  const walk = (path: Array<[number, number]>): void => {
    const [i, j] = path[path.length - 1];
    if (i === n - 1 && j === m - 1) {
      paths.push(path.slice());
      return;
    }
    for (const [di, dj] of [[1, 1], [1, 0], [0, 1]] as const) {
      const ni = i + di;
      const nj = j + dj;
      if (ni < n && nj < m && Math.abs(ni - nj) <= radius) {
        path.push([ni, nj]);
        walk(path);
        path.pop();
      }
    }
  };
  walk([[0, 0]]);
  return paths;
}

/** Delannoy number D(a, b) = Σ_k C(a, k) C(b, k) 2^k: the number of paths of an (a+1) × (b+1) problem. */
export function delannoy(a: number, b: number): number {
  const choose = (n: number, k: number): number => {
    let r = 1;
    for (let t = 1; t <= k; t++) r = (r * (n - k + t)) / t;
    return r;
  };
  let total = 0;
  for (let k = 0; k <= Math.min(a, b); k++) total += choose(a, k) * choose(b, k) * 2 ** k;
  return total;
}

/** Brute-force value and E of a cost matrix D (n × m, row-major). */
export function bruteForceSoftDtw(
  D: Float64Array,
  n: number,
  m: number,
  gamma: number,
  radius = Infinity,
): { value: number; E: Float64Array; pathCount: number } {
  const paths = enumerateAlignmentPaths(n, m, radius);
  const costs = paths.map((path) => path.reduce((sum, [i, j]) => sum + D[i * m + j], 0));
  const best = Math.min(...costs);
  const E = new Float64Array(n * m);
  if (gamma === 0) {
    const winner = costs.indexOf(best);
    for (const [i, j] of paths[winner]) E[i * m + j] = 1;
    return { value: best, E, pathCount: paths.length };
  }
  const weights = costs.map((c) => Math.exp(-(c - best) / gamma));
  const total = weights.reduce((a, b) => a + b, 0);
  paths.forEach((path, k) => {
    for (const [i, j] of path) E[i * m + j] += weights[k] / total;
  });
  return { value: best - gamma * Math.log(total), E, pathCount: paths.length };
}

/** Seeded PRNG (mulberry32) for reproducible test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random n × p series (row-major) with values in [−scale, scale). */
export function randomSeries(random: () => number, n: number, p: number, scale = 1): Float64Array {
  const out = new Float64Array(n * p);
  for (let k = 0; k < out.length; k++) out[k] = scale * (2 * random() - 1);
  return out;
}

/** Row-major Float64Array (n × p) to number[][]. */
export function toRows(data: Float64Array, n: number, p: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from(data.subarray(i * p, (i + 1) * p)));
}
