/**
 * The statistic of the paper's Tables 1 and 2: on what percentage of the datasets does the
 * proposed method reach a strictly lower loss than a competitor.
 */

/**
 * Percentage of datasets where `ours < theirs` (strictly; a tie is not a win).
 * @param pairs - one `[ours, theirs]` loss pair per dataset; pairs with a non-finite value are left out.
 * @returns `{ wins, datasets, percent }` with `percent = 100 · wins / datasets` (`NaN` for no datasets).
 * @example winPercentage([[1, 2], [3, 2], [1, 1], [0, 5]]); // { wins: 2, datasets: 4, percent: 50 }
 */
export function winPercentage(pairs: readonly (readonly [ours: number, theirs: number])[]): { wins: number; datasets: number; percent: number } {
  const used = pairs.filter(([ours, theirs]) => Number.isFinite(ours) && Number.isFinite(theirs));
  const wins = used.filter(([ours, theirs]) => ours < theirs).length;
  return { wins, datasets: used.length, percent: used.length === 0 ? Number.NaN : (100 * wins) / used.length };
}
