/**
 * Ranks of methods per dataset (1 = lowest loss, ties share the mean of their ranks, as in
 * `scipy.stats.rankdata`), averaged over datasets: the statistic of the paper's Table 3.
 */

/**
 * Rank values ascending; tied values get the average of the ranks they span.
 * @param values - one loss per method.
 * @returns one rank per method, in `1..values.length`.
 * @example rankAscending([0.3, 0.1, 0.3]); // [2.5, 1, 2.5]
 */
export function rankAscending(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.v === order[start]!.v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.i] = rank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Average rank of each method over datasets.
 * @param losses - `losses[d][m]`: the loss of method m on dataset d (every row the same length).
 * @returns one mean rank per method (an empty list of datasets gives `[]`).
 * @example averageRanks([[1, 2], [4, 3]]); // [1.5, 1.5]
 */
export function averageRanks(losses: readonly (readonly number[])[]): number[] {
  if (losses.length === 0) return [];
  const width = losses[0]!.length;
  const sums = new Array<number>(width).fill(0);
  for (const row of losses) {
    if (row.length !== width) throw new RangeError(`averageRanks: expected ${width} losses per dataset, got ${row.length}.`);
    rankAscending(row).forEach((r, m) => (sums[m]! += r));
  }
  return sums.map((s) => s / losses.length);
}
