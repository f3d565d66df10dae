/**
 * Lloyd's algorithm with a pluggable barycenter, as used in the paper's §4.2 (Cuturi & Blondel,
 * ICML 2017, arXiv:1703.01541, Eq. 5): alternate a centering step (one barycenter per cluster) and
 * an assignment step (each series to its nearest centroid under the method's discrepancy), from a
 * seeded random assignment, for at most `maxOuter` rounds or until the labels stop changing.
 *
 * The first centering starts each barycenter from the chosen initialisation ('random' or the
 * Euclidean mean of the members); later centerings warm-start from the cluster's previous centroid
 * (as tslearn's k-means does). A cluster left empty keeps its previous centroid. Written here, not
 * with `TimeSeriesKMeans`, because Table 2 needs the subgradient barycenter and the barycenter
 * initialisation as parameters.
 */
import { SeededRandom } from '@softdtw/datasets';

/** A barycenter of some series, started from an initialisation strategy or a given series. */
export type BarycenterStep = (members: readonly (readonly number[])[], init: 'random' | 'euclidean-mean' | readonly number[], seed: number) => number[];

/** What {@link lloydKMeans} needs. */
export interface LloydKMeansOptions {
  /** Number of clusters k ≥ 1 (≤ number of series). */
  readonly k: number;
  /** The centering step. */
  readonly barycenter: BarycenterStep;
  /** `distances(series, centroids)[i][j]`: the discrepancy used for the assignment. */
  readonly distances: (series: readonly (readonly number[])[], centroids: readonly (readonly number[])[]) => number[][];
  /** Initialisation of the first centering. */
  readonly init: 'random' | 'euclidean-mean';
  /** Maximum rounds (the paper: 30). */
  readonly maxOuter: number;
  /** Seed of the initial assignment and of random barycenter starts. */
  readonly seed: number;
}

/**
 * Cluster series with Lloyd's algorithm.
 * @param series - N series `[m_i]`.
 * @param options - k, the barycenter and distance, initialisation, rounds, seed.
 * @returns `{ labels: [N] in 0..k−1, centroids: k series, rounds }`.
 * @throws RangeError when k is not in 1..N.
 * @example
 * const { centroids } = lloydKMeans(series, { k: 3, barycenter: dba, distances: dtwMatrix, init: 'euclidean-mean', maxOuter: 30, seed: 0 });
 */
export function lloydKMeans(series: readonly (readonly number[])[], options: LloydKMeansOptions): { labels: number[]; centroids: number[][]; rounds: number } {
  const { k } = options;
  if (!Number.isSafeInteger(k) || k < 1 || k > series.length) {
    throw new RangeError(`lloydKMeans: expected k in 1..${series.length} (the number of series), got ${k}. Use fewer clusters.`);
  }
  // Random initial assignment with every cluster non-empty: a seeded shuffle dealt round-robin.
  let labels = new Array<number>(series.length).fill(0);
  new SeededRandom(options.seed).shuffle(series.map((_, i) => i)).forEach((index, position) => (labels[index] = position % k));
  let centroids: number[][] = [];
  let rounds = 0;
  while (rounds < options.maxOuter) {
    rounds++;
    const previous = centroids;
    centroids = Array.from({ length: k }, (_, j) => {
      const members = series.filter((_, i) => labels[i] === j);
      const before = previous[j];
      if (members.length === 0) return before ?? [...(series[0] ?? [])];
      return options.barycenter(members, before ?? options.init, options.seed + j);
    });
    const next = options.distances(series, centroids).map((row) => row.reduce((best, d, j) => (d < (row[best] ?? Infinity) ? j : best), 0));
    const changed = next.some((label, i) => label !== labels[i]);
    labels = next;
    if (!changed) break;
  }
  return { labels, centroids, rounds };
}
