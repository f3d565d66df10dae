/**
 * Seeded train / validation / test splits, optionally stratified by class.
 *
 * Sizes: each group (the whole set, or each class when stratified) of size m is cut into three
 * parts of sizes ⌊m·f_k⌋, and the m − Σ⌊m·f_k⌋ items left over go one each to the parts with the
 * largest fractional remainders m·f_k − ⌊m·f_k⌋ (ties: train, then validation, then test). This is
 * the largest-remainder (Hamilton) rule: sizes sum to m, each differs from m·f_k by less than 1,
 * and a part with fraction 0 stays empty. Stratified, that holds per class, so the totals can
 * differ from n·f_k by up to the number of classes.
 *
 * Membership: the group's items are shuffled with {@link SeededRandom} (xoshiro128**, the given
 * seed; classes in order of first appearance) and the first sizes[0] go to train, the next
 * sizes[1] to validation, the rest to test. Every part lists its indices in increasing order, so
 * the result says *which* items, not an order to visit them in.
 */
import type { LabelledSeries } from './LabelledSeries.js';
import { SeededRandom } from './SeededRandom.js';
import { InvalidArgumentError } from './errors.js';

/** Options shared by both forms of {@link trainValidationTestSplit}. */
export interface SplitOptions {
  /** `[train, validation, test]`, each ≥ 0, summing to 1 (± 1e-9). Default `[0.5, 0.25, 0.25]`. */
  readonly fractions?: readonly [number, number, number];
  /** Integer seed of the shuffle. Default `0`, so the same call always returns the same split. */
  readonly seed?: number;
}

/** Options of the index form: stratify by a label array of length n. */
export interface IndexSplitOptions extends SplitOptions {
  /** `[n]` labels to stratify by (one per index); omit for a plain random split. */
  readonly stratify?: readonly (string | number)[];
}

/** Options of the data form: `stratify: true` uses the data's own labels. */
export interface DataSplitOptions extends SplitOptions {
  /** Keep each class's proportions in every part. Default `false`. */
  readonly stratify?: boolean;
}

/** The index form's result: disjoint, ascending index lists that together cover 0..n−1. */
export interface SplitIndices {
  /** Ascending indices of the training part. */
  readonly train: number[];
  /** Ascending indices of the validation part. */
  readonly validation: number[];
  /** Ascending indices of the test part. */
  readonly test: number[];
}

/** The data form's result: three labelled subsets plus the indices they were taken at. */
export interface LabelledSplit {
  /** Training subset (series arrays are shared with the input, not copied). */
  readonly train: LabelledSeries;
  /** Validation subset. */
  readonly validation: LabelledSeries;
  /** Test subset. */
  readonly test: LabelledSeries;
  /** Which input positions went where. */
  readonly indices: SplitIndices;
}

/** Input of the data form: any labelled series (a {@link UcrSplit}, a CBF set, your own). */
export interface LabelledSeriesInput {
  /** `[n][length_i]` */
  readonly series: readonly (readonly number[])[];
  /** `[n]` */
  readonly labels: readonly string[];
}

const DEFAULT_FRACTIONS: readonly [number, number, number] = [0.5, 0.25, 0.25];

/**
 * Split `n` items (or a labelled dataset) into train, validation and test parts, reproducibly.
 *
 * @param n - number of items, a non-negative integer (index form) …
 * @param options - `fractions` `[3]`, `seed`, and `stratify` (`[n]` labels)
 * @returns ascending index lists `{ train, validation, test }`: disjoint, covering `0..n−1`
 * @throws {@link InvalidArgumentError} for a bad `n`, fractions that are negative or do not sum
 *   to 1, a non-integer seed, or `stratify` of the wrong length
 * @example
 * trainValidationTestSplit(8, { seed: 1 });
 * // { train: [4 indices], validation: [2], test: [2] }, the same every run
 */
export function trainValidationTestSplit(n: number, options?: IndexSplitOptions): SplitIndices;
/**
 * Split a labelled dataset into train, validation and test subsets, reproducibly.
 *
 * @param data - `{ series: [n][length_i], labels: [n] }`
 * @param options - `fractions` `[3]`, `seed`, `stratify: true` to keep class proportions
 * @returns `{ train, validation, test, indices }`; each subset keeps input order
 * @throws {@link InvalidArgumentError} for `series` and `labels` of different lengths, or bad options
 * @example
 * const { train, validation, test } = trainValidationTestSplit(cylinderBellFunnel({ perClass: 4, seed: 1 }), {
 *   fractions: [0.5, 0.25, 0.25], seed: 7, stratify: true,
 * });
 * train.labels.length; // 6: two of each class
 */
export function trainValidationTestSplit(data: LabelledSeriesInput, options?: DataSplitOptions): LabelledSplit;
export function trainValidationTestSplit(
  nOrData: number | LabelledSeriesInput,
  options: IndexSplitOptions | DataSplitOptions = {},
): SplitIndices | LabelledSplit {
  const fractions = checkFractions(options.fractions ?? DEFAULT_FRACTIONS);
  const seed = options.seed ?? 0;
  if (!Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError(`trainValidationTestSplit: expected an integer seed, got ${String(seed)}. Pass e.g. { seed: 42 }.`);
  }

  if (typeof nOrData === 'number') {
    const n = nOrData;
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new InvalidArgumentError(
        `trainValidationTestSplit: expected n to be a non-negative integer, got ${String(n)}. Pass the number of items, or the dataset itself.`,
      );
    }
    const stratify = options.stratify;
    if (typeof stratify === 'boolean') {
      throw new InvalidArgumentError(
        'trainValidationTestSplit: expected stratify to be an array of n labels when splitting a count, got a boolean. ' +
          'Pass { stratify: labels }, or pass the dataset ({ series, labels }) with { stratify: true }.',
      );
    }
    if (stratify !== undefined && stratify.length !== n) {
      throw new InvalidArgumentError(
        `trainValidationTestSplit: expected ${n} labels in stratify (one per item), got ${stratify.length}. Pass one label per item.`,
      );
    }
    return splitIndices(n, fractions, seed, stratify);
  }

  const data = nOrData;
  if (data.series.length !== data.labels.length) {
    throw new InvalidArgumentError(
      `trainValidationTestSplit: expected as many labels as series, got ${data.series.length} series and ${data.labels.length} labels. ` +
        'Pass one label per series.',
    );
  }
  if (options.stratify !== undefined && typeof options.stratify !== 'boolean') {
    throw new InvalidArgumentError(
      'trainValidationTestSplit: expected stratify to be true or false when splitting a dataset, got an array. ' +
        'Use { stratify: true } to stratify by the dataset\'s own labels.',
    );
  }
  const indices = splitIndices(data.series.length, fractions, seed, options.stratify === true ? data.labels : undefined);
  const pick = (part: readonly number[]): LabelledSeries => ({
    series: part.map((i) => data.series[i] as number[]),
    labels: part.map((i) => data.labels[i] as string),
  });
  return { train: pick(indices.train), validation: pick(indices.validation), test: pick(indices.test), indices };
}

/** Check the fractions: three finite numbers ≥ 0 that sum to 1 within 1e-9. */
function checkFractions(fractions: readonly number[]): readonly [number, number, number] {
  const sum = fractions.reduce((a, b) => a + b, 0);
  if (fractions.length !== 3 || fractions.some((f) => !Number.isFinite(f) || f < 0) || Math.abs(sum - 1) > 1e-9) {
    throw new InvalidArgumentError(
      `trainValidationTestSplit: expected fractions [train, validation, test], each ≥ 0, summing to 1, got [${fractions.join(', ')}]. ` +
        'Pass e.g. { fractions: [0.6, 0.2, 0.2] } (use 0 for a part you do not need).',
    );
  }
  return fractions as readonly [number, number, number];
}

/** The shared core: group (by class or not), shuffle each group, cut by largest remainders, sort. */
function splitIndices(
  n: number,
  fractions: readonly [number, number, number],
  seed: number,
  stratify: readonly (string | number)[] | undefined,
): SplitIndices {
  const groups = new Map<string | number, number[]>();
  for (let i = 0; i < n; i++) {
    const key = stratify === undefined ? 0 : (stratify[i] as string | number);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  }
  const random = new SeededRandom(seed);
  const parts: [number[], number[], number[]] = [[], [], []];
  for (const group of groups.values()) {
    const sizes = largestRemainderSizes(group.length, fractions);
    const shuffled = random.shuffle(group);
    let cursor = 0;
    for (let part = 0; part < 3; part++) {
      const size = sizes[part] as number;
      parts[part]!.push(...shuffled.slice(cursor, cursor + size));
      cursor += size;
    }
  }
  for (const part of parts) part.sort((a, b) => a - b);
  return { train: parts[0], validation: parts[1], test: parts[2] };
}

/** Sizes of the three parts of a group of `m` items by the largest-remainder rule (see module header). */
function largestRemainderSizes(m: number, fractions: readonly [number, number, number]): number[] {
  const quotas = fractions.map((f) => m * f);
  const sizes = quotas.map((q) => Math.floor(q));
  let left = m - sizes.reduce((a, b) => a + b, 0);
  const order = [0, 1, 2].sort((a, b) => {
    const remainderA = (quotas[a] as number) - (sizes[a] as number);
    const remainderB = (quotas[b] as number) - (sizes[b] as number);
    return remainderB - remainderA || a - b;
  });
  for (const part of order) {
    if (left <= 0) break;
    if ((fractions[part] as number) === 0) continue;
    sizes[part] = (sizes[part] as number) + 1;
    left--;
  }
  // Rounding in m·f_k can leave one item when every remainder is ~0; give it to the largest fraction.
  if (left > 0) {
    const largest = [0, 1, 2].reduce((best, k) => ((fractions[k] as number) > (fractions[best] as number) ? k : best), 0);
    sizes[largest] = (sizes[largest] as number) + left;
  }
  return sizes;
}
