import { pairwiseDistances } from '@softdtw/cluster';
import { expect, test } from 'vitest';
import { lloydKMeans } from './lloydKMeans.js';

const mean = (members: readonly (readonly number[])[]): number[] => (members[0] ?? []).map((_, t) => members.reduce((s, x) => s + (x[t] ?? 0), 0) / members.length);
const euclidean = (xs: readonly (readonly number[])[], cs: readonly (readonly number[])[]): number[][] => pairwiseDistances(xs, cs, { metric: 'euclidean' });

test('lloydKMeans with the pointwise mean separates two obvious groups and stops when the labels settle', () => {
  const low = [[0, 0, 0], [0.1, 0, 0], [0, 0.1, 0]];
  const high = [[5, 5, 5], [5.1, 5, 5], [5, 5, 5.1]];
  const series = [low[0]!, high[0]!, low[1]!, high[1]!, low[2]!, high[2]!];
  const { labels, centroids, rounds } = lloydKMeans(series, { k: 2, barycenter: mean, distances: euclidean, init: 'euclidean-mean', maxOuter: 30, seed: 3 });
  expect(labels[0]).toBe(labels[2]);
  expect(labels[0]).toBe(labels[4]);
  expect(labels[1]).toBe(labels[3]);
  expect(labels[0]).not.toBe(labels[1]);
  const lowCentroid = centroids[labels[0]!]!;
  expect(lowCentroid[0]).toBeCloseTo(0.1 / 3, 12);
  expect(rounds).toBeLessThan(30);
});

test('lloydKMeans warm-starts later centerings from the previous centroid and rejects a bad k', () => {
  const series = [[0], [1], [2], [10], [11], [12]];
  // Over a few seeds, some initial assignments are mixed and need more than one round.
  const runs = [0, 1, 2, 3, 4, 5, 6, 7].map((seed) => {
    const inits: unknown[] = [];
    const result = lloydKMeans(series, {
      k: 2,
      barycenter: (members, init) => {
        inits.push(init);
        return mean(members);
      },
      distances: euclidean,
      init: 'random',
      maxOuter: 5,
      seed,
    });
    return { inits, ...result };
  });
  const multi = runs.filter((r) => r.rounds > 1);
  expect(multi.length).toBeGreaterThan(0);
  for (const run of runs) {
    expect(run.inits.slice(0, 2)).toEqual(['random', 'random']);
    expect(run.inits.slice(2).every((init) => Array.isArray(init))).toBe(true);
    expect(run.inits).toHaveLength(2 * run.rounds);
    expect(new Set(run.labels.slice(0, 3)).size).toBe(1); // converged to {0,1,2} vs {10,11,12}
    expect(run.labels[0]).not.toBe(run.labels[3]);
  }
  expect(() => lloydKMeans(series, { k: 7, barycenter: mean, distances: euclidean, init: 'random', maxOuter: 5, seed: 0 })).toThrow(/expected k in 1\.\.6/);
});
