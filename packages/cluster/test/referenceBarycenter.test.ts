/**
 * Parity with tslearn / mblondel on ../shared/reference/barycenter_cases.json (copied to
 * __fixtures__): from the same init, with weights ones and no length normalisation (their
 * objective, a plain sum), our converged soft-DTW barycenter objective is within 0.1 % of the
 * reference `tight` objective; DBA reaches the reference DBA loss.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { softDtwBarycenter, dbaBarycenter, softDtwBarycenterObjective } from '../src/index.js';

interface SoftDtwCase {
  gamma: number;
  init: number[][];
  objective_at_init: number;
  objective: number;
  tight: { objective: number; barycenter: number[][] };
}
interface BarycenterSet {
  name: string;
  X: number[][][];
  softdtw: SoftDtwCase[];
  dba: { init: number[][]; loss_mean_sq_dtw: number; barycenter: number[][] };
}
const fixture = JSON.parse(readFileSync(new URL('./__fixtures__/barycenter_cases.json', import.meta.url), 'utf8')) as { sets: BarycenterSet[] };

describe.each(fixture.sets)('reference set $name', (set) => {
  test.each(set.softdtw)('soft-DTW barycenter, γ = $gamma, within 0.1 % of the tight reference objective', (c) => {
    const objective = softDtwBarycenterObjective(set.X, c.init.length, { gamma: c.gamma, normalizeByLength: false });
    // Same objective as the reference at the stored init (checks the convention: plain sum, weights 1).
    expect(objective.evaluate(Float64Array.from(c.init.flat())).value).toBeCloseTo(c.objective_at_init, 6);
    const result = softDtwBarycenter(set.X, { gamma: c.gamma, init: c.init, normalizeByLength: false, maxIter: 500 });
    const relative = Math.abs(result.loss - c.tight.objective) / Math.abs(c.tight.objective);
    expect(relative).toBeLessThan(1e-3);
    expect(result.loss).toBeLessThan(c.objective_at_init);
    expect(result.barycenter).toHaveLength(c.init.length);
  });

  test.each(set.softdtw)('soft-DTW barycenter, γ = $gamma, with tol 1e-3 reproduces tslearn\'s own (early-stopped) objective', (c) => {
    // tslearn calls scipy's L-BFGS-B with tol = 1e-3; our L-BFGS with the same tolerance stops at the same point.
    const result = softDtwBarycenter(set.X, { gamma: c.gamma, init: c.init, normalizeByLength: false, tol: 1e-3 });
    expect(Math.abs(result.loss - c.objective) / Math.abs(c.objective)).toBeLessThan(1e-6);
  });

  test('DBA from the reference init reaches the reference loss (mean squared-cost DTW)', () => {
    const result = dbaBarycenter(set.X, { init: set.dba.init, maxIter: 30, tol: 1e-5 });
    expect(result.loss).toBeCloseTo(set.dba.loss_mean_sq_dtw, 6);
  });
});
