/**
 * initialBarycenter: the starting point shared by softDtwBarycenter, dbaBarycenter and
 * subgradientBarycenter, so that the three methods can be compared from the same start
 * (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.1: random and Euclidean-mean initialisation).
 *
 * - 'euclidean-mean': every series is linearly resampled to the barycenter length L
 *   (sample k of L sits at position k·(n_i − 1)/(L − 1) of series i, linear interpolation) and
 *   the resampled series are averaged pointwise with the weights. For equal lengths n_i = L this
 *   is the plain pointwise mean (tslearn's default init for soft-DTW barycenters).
 * - 'random': i.i.d. Gaussian values with the mean and standard deviation of each feature over all
 *   time steps of all series (seeded), so the start has the data's scale but no shape.
 * - a series: copied (its length must equal `length` when both are given).
 */
import { SeededRandom } from '@softdtw/datasets';
import { InvalidOptionError, LengthMismatchError } from './errors.js';
import { readSeriesSet, type ClusterSeries, type FlatSeries, type SeriesSet } from './SeriesSet.js';

/** How a barycenter iteration starts: a named strategy or an explicit series. */
export type BarycenterInit = 'euclidean-mean' | 'random' | ClusterSeries;

/**
 * Resolves the barycenter length: an explicit length, the given init series' length, or the
 * longest input series (tslearn's choice; the barycenter can then represent every series without
 * compressing any of them).
 *
 * @param op - public function name, for messages
 * @param set - the input series
 * @param init - init option
 * @param length - length option
 * @returns L ≥ 1
 * @throws InvalidOptionError, LengthMismatchError
 * @example
 * resolveBarycenterLength('f', set, 'euclidean-mean', undefined); // max n_i
 */
export function resolveBarycenterLength(op: string, set: SeriesSet, init: BarycenterInit | undefined, length: number | undefined): number {
  if (length !== undefined && (!Number.isSafeInteger(length) || length < 1)) {
    throw new InvalidOptionError(`${op}: expected length to be a positive integer, got ${String(length)}. Pass e.g. length: 64, or omit it for the longest series' length.`);
  }
  if (init !== undefined && typeof init !== 'string') {
    const n = init.length;
    if (length !== undefined && length !== n) {
      throw new LengthMismatchError(`${op}: expected the init series to have length ${length} (the length option), got ${n}. Drop one of the two or make them agree.`);
    }
    return n;
  }
  return length ?? Math.max(...set.items.map((s) => s.n));
}

/**
 * Builds the initial barycenter, row-major [L · p].
 *
 * @param op - public function name, for messages
 * @param set - the N input series (p features)
 * @param init - 'euclidean-mean' (default), 'random' or a series [L] | [L][p]
 * @param L - barycenter length (from resolveBarycenterLength)
 * @param weights - N non-negative weights (sum > 0)
 * @param seed - seed of the 'random' strategy
 * @returns Float64Array [L · p]
 * @throws InvalidOptionError, FeatureMismatchError
 * @example
 * initialBarycenter('f', set, 'euclidean-mean', 40, ones, 0);
 */
export function initialBarycenter(
  op: string,
  set: SeriesSet,
  init: BarycenterInit | undefined,
  L: number,
  weights: Float64Array,
  seed: number,
): Float64Array {
  const { p } = set;
  if (init === undefined || init === 'euclidean-mean') return resampledMean(set, L, weights);
  if (init === 'random') return randomStart(set, L, seed);
  if (typeof init === 'string') {
    throw new InvalidOptionError(`${op}: expected init to be 'euclidean-mean', 'random' or a series, got '${init}'. Use one of those.`);
  }
  const given = readSeriesSet(op, 'init', [init]);
  if (given.p !== p) {
    throw new InvalidOptionError(`${op}: expected the init series to have ${p} feature(s) like the data, got ${given.p}. Give it the same number of features.`);
  }
  return Float64Array.from(given.items[0].data);
}

/**
 * Linear resampling of one series to L time steps.
 *
 * @param series - n time steps, p features
 * @param p - features
 * @param L - target length
 * @returns Float64Array [L · p]
 * @example
 * resampleLinear({ data: new Float64Array([0, 2]), n: 2 }, 1, 3); // [0, 1, 2]
 */
export function resampleLinear(series: FlatSeries, p: number, L: number): Float64Array {
  const { data, n } = series;
  const out = new Float64Array(L * p);
  for (let k = 0; k < L; k++) {
    const position = L === 1 || n === 1 ? 0 : (k * (n - 1)) / (L - 1);
    const left = Math.min(Math.floor(position), n - 1);
    const right = Math.min(left + 1, n - 1);
    const t = position - left;
    for (let f = 0; f < p; f++) out[k * p + f] = (1 - t) * data[left * p + f] + t * data[right * p + f];
  }
  return out;
}

function resampledMean(set: SeriesSet, L: number, weights: Float64Array): Float64Array {
  const { p } = set;
  const out = new Float64Array(L * p);
  let total = 0;
  set.items.forEach((s, i) => {
    const w = weights[i];
    if (w === 0) return;
    total += w;
    const r = s.n === L ? s.data : resampleLinear(s, p, L);
    for (let k = 0; k < L * p; k++) out[k] += w * r[k];
  });
  for (let k = 0; k < L * p; k++) out[k] /= total;
  return out;
}

function randomStart(set: SeriesSet, L: number, seed: number): Float64Array {
  const { p } = set;
  const mean = new Float64Array(p);
  const meanSquare = new Float64Array(p);
  let count = 0;
  for (const s of set.items) {
    for (let i = 0; i < s.n; i++) {
      for (let f = 0; f < p; f++) {
        const v = s.data[i * p + f];
        mean[f] += v;
        meanSquare[f] += v * v;
      }
    }
    count += s.n;
  }
  const random = new SeededRandom(seed);
  const out = new Float64Array(L * p);
  for (let f = 0; f < p; f++) {
    mean[f] /= count;
    meanSquare[f] /= count;
  }
  for (let k = 0; k < L; k++) {
    for (let f = 0; f < p; f++) {
      const std = Math.sqrt(Math.max(meanSquare[f] - mean[f] * mean[f], 0));
      out[k * p + f] = mean[f] + std * random.nextGaussian();
    }
  }
  return out;
}
