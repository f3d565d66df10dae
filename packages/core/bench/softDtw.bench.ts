/**
 * Soft-DTW speed through the public API on number[][] series (what tools/bench measures too).
 * Run: npx nx run @softdtw/core:bench. Report ns per DP cell = time / (n·m) next to the plain C
 * reference measured in the same session (see the README, "Performance").
 */
import { bench, describe } from 'vitest';
import { softDtw, softDtwValueAndGrad } from '../src/index.js';

function series(n: number, p: number, seed: number): number[][] {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const rows = Array.from({ length: n }, () => new Array<number>(p).fill(0));
  for (let k = 0; k < p; k++) {
    const frequency = 0.02 + 0.05 * random();
    const phase = 6.28 * random();
    for (let t = 0; t < n; t++) rows[t][k] = Math.sin(frequency * t + phase) + 0.3 * (random() - 0.5);
  }
  return rows;
}

for (const p of [1, 8]) {
  for (const n of [256, 1024]) {
    const x = series(n, p, 1);
    const y = series(n, p, 2);
    describe(`n = m = ${n}, p = ${p} (${n * n} cells)`, () => {
      bench('softDtw (value)', () => {
        softDtw(x, y, { gamma: 1 });
      });
      bench('softDtwValueAndGrad', () => {
        softDtwValueAndGrad(x, y, { gamma: 1 });
      });
    });
  }
}
