import { cylinderBellFunnel } from '@softdtw/datasets';
import { describe, expect, test } from 'vitest';
import { InvalidOptionError, LabelCountMismatchError, NotFittedError } from './errors.js';
import { NearestCentroidClassifier, PAPER_GAMMA_GRID } from './NearestCentroidClassifier.js';

describe('NearestCentroidClassifier', () => {
  const train = cylinderBellFunnel({ perClass: 8, length: 64, seed: 1 });
  const test_ = cylinderBellFunnel({ perClass: 10, length: 64, seed: 2 });

  test('the paper grid: 15 log-spaced values from 1e-3 to 10', () => {
    expect(PAPER_GAMMA_GRID).toHaveLength(15);
    expect(PAPER_GAMMA_GRID[0]).toBeCloseTo(1e-3, 15);
    expect(PAPER_GAMMA_GRID[14]).toBeCloseTo(10, 12);
    const ratios = PAPER_GAMMA_GRID.slice(1).map((g, i) => g / PAPER_GAMMA_GRID[i]);
    for (const r of ratios) expect(r).toBeCloseTo(10 ** (4 / 14), 12);
  });

  test.each(['softdtw', 'dtw'] as const)('classifies CBF well with metric %s (one centroid per class)', (metric) => {
    const model = new NearestCentroidClassifier({ metric, gamma: 1, maxIterBarycenter: 20 }).fit(train.series, train.labels);
    expect(model.classes).toEqual(['cylinder', 'bell', 'funnel']);
    expect(model.centroids).toHaveLength(3);
    expect(model.score(test_.series, test_.labels)).toBeGreaterThanOrEqual(0.8);
  });

  test('chooses γ on a stratified validation split from the grid', () => {
    const grid = [0.01, 1, 10];
    const model = new NearestCentroidClassifier({ metric: 'softdtw', gammaGrid: grid, maxIterBarycenter: 10 }).fit(train.series, train.labels, {
      validation: { fraction: 0.25, seed: 0 },
    });
    const scores = model.validationScores;
    expect(scores.map((s) => s.gamma)).toEqual(grid);
    const best = Math.max(...scores.map((s) => s.accuracy));
    expect(model.gamma).toBe(scores.find((s) => s.accuracy === best)?.gamma);
    expect(model.predict(test_.series)).toHaveLength(30);
  });

  test('chooses γ on an explicit validation set', () => {
    const validation = cylinderBellFunnel({ perClass: 3, length: 64, seed: 5 });
    const model = new NearestCentroidClassifier({ gammaGrid: [0.1, 3], maxIterBarycenter: 5 }).fit(train.series, train.labels, { validation });
    expect(model.validationScores).toHaveLength(2);
    expect([0.1, 3]).toContain(model.gamma);
  });

  test('bad input and misuse throw typed errors', () => {
    const model = new NearestCentroidClassifier({ metric: 'euclidean' });
    expect(() => model.predict(train.series)).toThrow(NotFittedError);
    expect(() => model.fit(train.series, train.labels.slice(1))).toThrow(LabelCountMismatchError);
    expect(() => model.fit(train.series, train.labels, { validation: { fraction: 0.3 } })).toThrow(InvalidOptionError);
    expect(() => new NearestCentroidClassifier({ gammaGrid: [] })).toThrow(InvalidOptionError);
    expect(() => new NearestCentroidClassifier({ gammaGrid: [1, 0] })).toThrow(InvalidOptionError);
    expect(() => new NearestCentroidClassifier().fit(train.series, train.labels, { validation: { fraction: 1.5 } })).toThrow(InvalidOptionError);
  });
});
