/**
 * Sub-batches of a packed series batch: pick some pairs (sharing the packed series), and copy their results back.
 */
import type { SeriesBatchData, SeriesBatchResult } from './runSeriesBatch.js';

/**
 * The same packed series with only the listed pairs.
 *
 * @param data - the whole batch
 * @param pairs - pair indices to keep, in the order of the sub-batch
 * @returns a batch of pairs.length pairs (x and y shared, not copied)
 * @example
 * const sub = selectPairs(data, [2, 0]);
 */
export function selectPairs(data: SeriesBatchData, pairs: readonly number[]): SeriesBatchData {
  const pick = (values: Int32Array): Int32Array => Int32Array.from(pairs, (k) => values[k]);
  return {
    x: data.x,
    y: data.y,
    xStart: pick(data.xStart),
    yStart: pick(data.yStart),
    lengthsX: pick(data.lengthsX),
    lengthsY: pick(data.lengthsY),
  };
}

/**
 * Copies a sub-batch's values and its pairs' gradient rows into the whole batch's result.
 *
 * @param target - the whole batch's values and gradients (gradients null when not computed)
 * @param part - the sub-batch's result (gradients in the whole x/y layout)
 * @param pairs - the sub-batch's pair indices
 * @param data - the whole batch (for starts and lengths)
 * @param p - features per row
 * @returns nothing
 * @example
 * scatterPairs(out, part, [2, 0], data, 1);
 */
export function scatterPairs(target: SeriesBatchResult, part: SeriesBatchResult, pairs: readonly number[], data: SeriesBatchData, p: number): void {
  pairs.forEach((k, local) => {
    target.values[k] = part.values[local];
    if (target.gradX !== null && part.gradX !== null) {
      const from = data.xStart[k] * p;
      target.gradX.set(part.gradX.subarray(from, from + data.lengthsX[k] * p), from);
    }
    if (target.gradY !== null && part.gradY !== null) {
      const from = data.yStart[k] * p;
      target.gradY.set(part.gradY.subarray(from, from + data.lengthsY[k] * p), from);
    }
  });
}

/**
 * The listed pairs with their own rows only, copied one after another (x rows of pair 0, pair 1, …; same for y):
 * what a worker needs, without the rest of the batch. Shared rows are copied once per pair.
 *
 * @param data - the whole batch
 * @param pairs - pair indices, in the order of the sub-batch
 * @param p - features per row
 * @returns a self-contained batch of pairs.length pairs
 * @example
 * const part = compactPairs(data, [3, 1], 1);
 */
export function compactPairs(data: SeriesBatchData, pairs: readonly number[], p: number): SeriesBatchData {
  let rowsX = 0;
  let rowsY = 0;
  for (const k of pairs) {
    rowsX += data.lengthsX[k];
    rowsY += data.lengthsY[k];
  }
  const x = new Float64Array(rowsX * p);
  const y = new Float64Array(rowsY * p);
  const xStart = new Int32Array(pairs.length);
  const yStart = new Int32Array(pairs.length);
  rowsX = 0;
  rowsY = 0;
  pairs.forEach((k, local) => {
    xStart[local] = rowsX;
    yStart[local] = rowsY;
    x.set(data.x.subarray(data.xStart[k] * p, (data.xStart[k] + data.lengthsX[k]) * p), rowsX * p);
    y.set(data.y.subarray(data.yStart[k] * p, (data.yStart[k] + data.lengthsY[k]) * p), rowsY * p);
    rowsX += data.lengthsX[k];
    rowsY += data.lengthsY[k];
  });
  return { x, y, xStart, yStart, lengthsX: Int32Array.from(pairs, (k) => data.lengthsX[k]), lengthsY: Int32Array.from(pairs, (k) => data.lengthsY[k]) };
}

/**
 * Copies the result of a {@link compactPairs} sub-batch into the whole batch's result.
 *
 * @param target - the whole batch's values and gradients
 * @param part - the compact sub-batch's result
 * @param compact - the compact sub-batch (for its starts)
 * @param pairs - the sub-batch's pair indices in the whole batch
 * @param data - the whole batch
 * @param p - features per row
 * @returns nothing
 * @example
 * scatterCompactPairs(out, part, compact, [3, 1], data, 1);
 */
export function scatterCompactPairs(
  target: SeriesBatchResult,
  part: SeriesBatchResult,
  compact: SeriesBatchData,
  pairs: readonly number[],
  data: SeriesBatchData,
  p: number,
): void {
  pairs.forEach((k, local) => {
    target.values[k] = part.values[local];
    if (target.gradX !== null && part.gradX !== null) {
      const from = compact.xStart[local] * p;
      target.gradX.set(part.gradX.subarray(from, from + data.lengthsX[k] * p), data.xStart[k] * p);
    }
    if (target.gradY !== null && part.gradY !== null) {
      const from = compact.yStart[local] * p;
      target.gradY.set(part.gradY.subarray(from, from + data.lengthsY[k] * p), data.yStart[k] * p);
    }
  });
}
