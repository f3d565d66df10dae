import { pairwiseDistances } from '@softdtw/cluster';
import { expect, test } from 'vitest';
import { DBA_KMEANS, fitKMeansRun, kMeansDtwLoss, softDtwKMeans, SUBGRADIENT_KMEANS } from './table2KMeans.js';

const low = [[0, 0, 1, 2, 1, 0], [0, 1, 2, 1, 0, 0], [0, 0, 0, 1, 2, 1, 0]];
const high = [[5, 5, 4, 3, 4, 5], [5, 4, 3, 4, 5, 5, 5], [5, 5, 5, 4, 3, 4]];
const series = [low[0]!, high[0]!, low[1]!, high[1]!, low[2]!, high[2]!];

test.each([DBA_KMEANS, SUBGRADIENT_KMEANS, softDtwKMeans(0.1)])('the $label run separates two obvious groups from a random partition', (method) => {
  const model = fitKMeansRun(series, 2, method, 'random', { maxOuter: 30, maxIter: 20 }, 4);
  expect(model.options).toMatchObject({ init: 'random-partition', barycenterInit: 'random', barycenter: method.barycenter, metric: method.metric, maxIter: 30, maxIterBarycenter: 20, seed: 4 });
  const labels = model.labels;
  expect(new Set([labels[0], labels[2], labels[4]]).size).toBe(1);
  expect(new Set([labels[1], labels[3], labels[5]]).size).toBe(1);
  expect(labels[0]).not.toBe(labels[1]);
});

test("kMeansDtwLoss is Eq. 5 with γ = 0 and the 1/m_i weights, whatever the model's own metric", () => {
  const model = fitKMeansRun(series, 2, softDtwKMeans(1), 'euclidean-mean', { maxOuter: 5, maxIter: 10 }, 0);
  const dtw = pairwiseDistances(series, model.centroids, { metric: 'dtw' });
  const expected = dtw.reduce((sum, row, i) => sum + Math.min(...row) / series[i]!.length, 0) / series.length;
  expect(kMeansDtwLoss(model, series)).toBeCloseTo(expected, 12);
  expect(kMeansDtwLoss(model, series)).not.toBeCloseTo(model.inertia, 3); // the model's inertia is under dtw_1, unnormalised
});
