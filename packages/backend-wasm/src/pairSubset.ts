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
  for (let local = 0; local < pairs.length; local++) {
    const k = pairs[local];
    target.values[k] = part.values[local];
    if (target.gradX !== null && part.gradX !== null) {
      copyRange(part.gradX, data.xStart[k] * p, target.gradX, data.xStart[k] * p, data.lengthsX[k] * p);
    }
    if (target.gradY !== null && part.gradY !== null) {
      copyRange(part.gradY, data.yStart[k] * p, target.gradY, data.yStart[k] * p, data.lengthsY[k] * p);
    }
  }
}

/**
 * Copies `count` values from `source[from…]` to `target[to…]` with a plain loop: no view object per row of a batch.
 *
 * @param source - values to copy
 * @param from - first index in source
 * @param target - where to write
 * @param to - first index in target
 * @param count - number of values
 * @returns nothing
 * @example
 * copyRange(part.gradX, 0, out.gradX, 128, 64);
 */
export function copyRange(source: Float64Array, from: number, target: Float64Array, to: number, count: number): void {
  for (let i = 0; i < count; i++) target[to + i] = source[from + i];
}
