/**
 * adjustedRandIndex: the Rand index corrected for chance (Hubert & Arabie, "Comparing partitions",
 * Journal of Classification 2, 1985), the clustering score of Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, §4.2 experiments and of the k-means tests here.
 *
 * With the contingency table n_uv (items in cluster u of `a` and v of `b`), row sums a_u, column
 * sums b_v and C(x) = x(x − 1)/2:
 *   index = Σ C(n_uv),  expected = Σ C(a_u) · Σ C(b_v) / C(n),  max = ½ (Σ C(a_u) + Σ C(b_v))
 *   ARI = (index − expected) / (max − expected)
 * ARI = 1 for identical partitions (up to relabelling), ≈ 0 for independent ones. When
 * max = expected (both partitions trivial: one cluster each, or all singletons) it returns 1, as
 * scikit-learn does.
 */
import { EmptyInputError, LabelCountMismatchError } from './errors.js';

/**
 * Adjusted Rand index between two labelings of the same items.
 *
 * @param a - [n] labels (any strings or numbers; only equality matters)
 * @param b - [n] labels
 * @returns a number ≤ 1 (1 = same partition)
 * @throws LabelCountMismatchError when the lengths differ; EmptyInputError when n = 0
 * @example
 * adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0]); // 1
 */
export function adjustedRandIndex(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const op = 'adjustedRandIndex';
  if (a.length !== b.length) {
    throw new LabelCountMismatchError(`${op}: expected two labelings of the same length, got ${a.length} and ${b.length}. Pass one label per item in each.`);
  }
  const n = a.length;
  if (n === 0) throw new EmptyInputError(`${op}: expected at least one item, got empty labelings.`);
  const pairs = (x: number): number => (x * (x - 1)) / 2;
  const cells = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const columns = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    const u = a[i];
    const v = b[i];
    const key = JSON.stringify([u, v]);
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(u, (rows.get(u) ?? 0) + 1);
    columns.set(v, (columns.get(v) ?? 0) + 1);
  }
  let index = 0;
  for (const count of cells.values()) index += pairs(count);
  let rowPairs = 0;
  for (const count of rows.values()) rowPairs += pairs(count);
  let columnPairs = 0;
  for (const count of columns.values()) columnPairs += pairs(count);
  const expected = n < 2 ? 0 : (rowPairs * columnPairs) / pairs(n);
  const max = (rowPairs + columnPairs) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
