import { expect, test } from 'vitest';
import { fig6Chart, orderClusters } from './renderFig6.js';
import type { Fig6Draw } from './runFig6Dataset.js';

test('orderClusters puts clusters in the order of their majority class, empty ones last', () => {
  const classes = ['b', 'a', 'b', 'a', 'a', 'c'];
  const order = orderClusters({ centroids: [[0], [1], [2], [3]], assignment: [0, 2, 0, 2, 0, 1] }, classes);
  expect(order).toEqual([
    { cluster: 2, size: 2, majority: 'a', majorityCount: 2 },
    { cluster: 0, size: 3, majority: 'b', majorityCount: 2 },
    { cluster: 1, size: 1, majority: 'c', majorityCount: 1 },
    { cluster: 3, size: 0, majority: '', majorityCount: 0 },
  ]);
});

test('fig6Chart: one row of k panels per run, each with its cluster\'s series and centroid', () => {
  const draw: Fig6Draw = {
    seed: 0,
    series: [[0, 1], [5, 6], [0, 2]],
    classes: ['1', '2', '1'],
    clusterings: {
      random: [
        { method: 'softdtw-1', label: 'soft-DTW (γ = 1)', centroids: [[5, 6], [0, 1.5]], assignment: [1, 0, 1], loss: 0.5, rounds: 2 },
        { method: 'dba', label: 'DBA', centroids: [[0, 1.5], [5, 6]], assignment: [0, 1, 0], loss: 0.25, rounds: 3 },
      ],
      euclideanMean: [],
    },
  };
  const chart = fig6Chart({ dataset: 'CBF', k: 2, config: { maxOuter: 30, maxIter: 100 } }, draw, 'random');
  expect(chart.columns).toBe(2);
  expect(chart.panels.map((p) => p.title)).toEqual(['soft-DTW (γ = 1): 2 series, 2 of class 1', 'soft-DTW (γ = 1): 1 series, 1 of class 2', 'DBA: 2 series, 2 of class 1', 'DBA: 1 series, 1 of class 2']);
  expect(chart.panels[0]).toMatchObject({ series: [[0, 1], [0, 2]], barycenter: [0, 1.5] });
  expect(chart.subtitle).toContain('soft-DTW (γ = 1) 0.5000, DBA 0.2500');
  expect(chart.subtitle).toContain('at most 30 rounds and 100 barycenter iterations');
});
