import { describe, expect, it } from 'vitest';
import { randomSeries, seededRandom } from '../../test/enumerateAlignmentPaths.js';
import { hardDtwSeries } from './hardDtwSeries.js';
import { softDtwCostBackward } from './softDtwCostBackward.js';
import { softDtwCostForward } from './softDtwCostForward.js';
import { softDtwSeriesValue } from './softDtwSeriesValue.js';
import { softDtwSeriesValueAndGrad } from './softDtwSeriesValueAndGrad.js';
import { squaredEuclideanCostMatrix, squaredEuclideanCostMatrixVjp } from './squaredEuclideanCostMatrix.js';

describe('fused series kernels agree with the D-level kernels', () => {
  const random = seededRandom(21);
  const shapes = [[1, 1, 1], [1, 6, 2], [6, 1, 3], [7, 9, 1], [9, 7, 2], [12, 12, 5], [10, 13, 8]] as const;

  for (const [n, m, p] of shapes) {
    for (const gamma of [0, 0.05, 1]) {
      for (const radius of [Infinity, Math.abs(n - m), Math.abs(n - m) + 2]) {
        it(`n=${n} m=${m} p=${p} γ=${gamma} r=${radius}`, () => {
          const x = randomSeries(random, n, p);
          const y = randomSeries(random, m, p);
          const D = squaredEuclideanCostMatrix(x, y, 1, n, m, p);
          const problem = { batch: 1, n, m, lengthsX: null, lengthsY: null, gamma, radius };
          const { values, residuals } = softDtwCostForward(D, problem, true);
          const E = softDtwCostBackward(residuals!);
          const { gradX, gradY } = squaredEuclideanCostMatrixVjp(x, y, E, 1, n, m, p);

          // Same cells, same order of operations: bit-identical when x indexes the rows.
          const alignment = new Float64Array(n * m);
          const fused = softDtwSeriesValueAndGrad(x, n, y, m, p, gamma, radius, alignment);
          expect(fused.value).toBe(values[0]);
          expect(Array.from(alignment)).toEqual(Array.from(E));
          for (let k = 0; k < n * p; k++) expect(fused.gradX[k]).toBeCloseTo(gradX[k], 13);
          for (let k = 0; k < m * p; k++) expect(fused.gradY[k]).toBeCloseTo(gradY[k], 13);

          // The value-only kernel may transpose the problem (shorter series as rows).
          const valueOnly = softDtwSeriesValue(x, n, y, m, p, gamma, radius);
          if (n <= m) expect(valueOnly).toBe(values[0]);
          else expect(valueOnly).toBeCloseTo(values[0], 12);
        });
      }
    }
  }

  it('hardDtwSeries returns the cost and a path whose costs sum to it', () => {
    const x = randomSeries(random, 15, 2);
    const y = randomSeries(random, 11, 2);
    const { value, path } = hardDtwSeries(x, 15, y, 11, 2, Infinity);
    const D = squaredEuclideanCostMatrix(x, y, 1, 15, 11, 2);
    let sum = 0;
    for (let k = 0; k < path.length; k += 2) sum += D[path[k] * 11 + path[k + 1]];
    expect(value).toBeCloseTo(sum, 12);
    expect([path[0], path[1]]).toEqual([0, 0]);
    expect([path[path.length - 2], path[path.length - 1]]).toEqual([14, 10]);
    for (let k = 2; k < path.length; k += 2) {
      const di = path[k] - path[k - 2];
      const dj = path[k + 1] - path[k - 1];
      expect(di === 0 && dj === 0).toBe(false);
      expect(di >= 0 && di <= 1 && dj >= 0 && dj <= 1).toBe(true);
    }
  });

  it('breaks γ = 0 ties diagonal first, then up, then left (tslearn dtw_path)', () => {
    // All costs equal: every path ties; the diagonal-first rule walks the diagonal, then down.
    const x = new Float64Array([0, 0, 0, 0]);
    const y = new Float64Array([0, 0]);
    expect(Array.from(hardDtwSeries(x, 4, y, 2, 1, Infinity).path)).toEqual([0, 0, 1, 0, 2, 0, 3, 1]);
    expect(Array.from(hardDtwSeries(y, 2, x, 4, 1, Infinity).path)).toEqual([0, 0, 0, 1, 0, 2, 1, 3]);
  });
});
