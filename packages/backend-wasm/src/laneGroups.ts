/**
 * Grouping of a batch into SIMD lane groups: pairs sorted by (n, m) so that each group of 2 (f64x2) or 4 (f32x4)
 * pairs pads to a grid close to its members' own sizes. Unused lanes of the last group get index −1.
 */

/** One SIMD group: the pair index of each lane (−1 = unused) and the padded grid. */
export interface LaneGroup {
  /** Pair index per lane, −1 for an unused lane. */
  readonly members: Int32Array;
  /** Padded rows: max n_k of the members. */
  readonly rows: number;
  /** Padded columns: max m_k of the members. */
  readonly cols: number;
}

/**
 * Sorts the pairs by (n, m) and cuts them into groups of `lanes`.
 *
 * @param lengthsX - n_k per pair, [b]
 * @param lengthsY - m_k per pair, [b]
 * @param lanes - pairs per vector (2 for f64x2, 4 for f32x4)
 * @returns ⌈b / lanes⌉ groups
 * @example
 * laneGroups(Int32Array.of(5, 3, 5), Int32Array.of(5, 3, 4), 2);
 * // [{ members: [1, 2], rows: 5, cols: 4 }, { members: [0, −1], rows: 5, cols: 5 }]
 */
export function laneGroups(lengthsX: Int32Array, lengthsY: Int32Array, lanes: number): LaneGroup[] {
  const batch = lengthsX.length;
  const order = Array.from({ length: batch }, (_, k) => k).sort((a, b) => lengthsX[a] - lengthsX[b] || lengthsY[a] - lengthsY[b] || a - b);
  const groups: LaneGroup[] = [];
  for (let start = 0; start < batch; start += lanes) {
    const members = new Int32Array(lanes).fill(-1);
    let rows = 1;
    let cols = 1;
    for (let lane = 0; lane < lanes && start + lane < batch; lane++) {
      const k = order[start + lane];
      members[lane] = k;
      rows = Math.max(rows, lengthsX[k]);
      cols = Math.max(cols, lengthsY[k]);
    }
    groups.push({ members, rows, cols });
  }
  return groups;
}
