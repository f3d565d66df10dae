/**
 * One worker's share of a series batch, laid out in a single ArrayBuffer that travels to the worker and back
 * (transferred both ways, never copied by postMessage): the series first, the results after them.
 *
 * Layout, in float64 elements: x [xLength], y [yLength], values [b], then with gradients gradX [xLength] and
 * gradY [yLength]. The pool reuses these buffers from call to call: on the machines this was tuned on, the first
 * write to a freshly allocated page costs ~14 µs (a 1 MB array: ~3.5 ms), which made fresh per-call copies and
 * result arrays the largest serial cost of a pooled batch.
 */
import { copyRange } from './pairSubset.js';
import type { SeriesBatchData, SeriesBatchResult, SeriesBatchSettings } from './runSeriesBatch.js';

/** Where a share's rows and results sit in its task buffer: what the worker needs. */
export interface PoolTaskShape {
  /** True: x and y hold only these pairs' rows, one pair after another; false: the whole packed series. */
  readonly compact: boolean;
  /** Row offsets and lengths of the share's pairs within the task's x and y [pairs.length]. */
  readonly xStart: Int32Array;
  readonly yStart: Int32Array;
  readonly lengthsX: Int32Array;
  readonly lengthsY: Int32Array;
  /** Values in the task's x and y (rows × p). */
  readonly xLength: number;
  readonly yLength: number;
  /** Whether the task buffer has room for gradients. */
  readonly gradients: boolean;
}

/** A worker's share of a batch: its layout, and which pairs of the whole batch it holds. */
export interface PoolTask extends PoolTaskShape {
  /** Indices in the whole batch of the share's pairs, in share order. */
  readonly pairs: readonly number[];
}

/**
 * Plans a share: compact (only the pairs' own rows, one after another) when `compact`, else the whole series with
 * the pairs' own offsets (pairwise matrices, where pairs share rows).
 *
 * @param data - the whole batch
 * @param pairs - the share's pair indices
 * @param p - features per row
 * @param compact - copy only the pairs' rows
 * @param gradients - whether results include gradients
 * @returns the share's layout
 * @example
 * planPoolTask(data, [0, 1], 1, true, false).xLength; // rows of pairs 0 and 1
 */
export function planPoolTask(data: SeriesBatchData, pairs: readonly number[], p: number, compact: boolean, gradients: boolean): PoolTask {
  const count = pairs.length;
  const xStart = new Int32Array(count);
  const yStart = new Int32Array(count);
  const lengthsX = new Int32Array(count);
  const lengthsY = new Int32Array(count);
  let rowsX = 0;
  let rowsY = 0;
  for (let local = 0; local < count; local++) {
    const k = pairs[local];
    lengthsX[local] = data.lengthsX[k];
    lengthsY[local] = data.lengthsY[k];
    xStart[local] = compact ? rowsX : data.xStart[k];
    yStart[local] = compact ? rowsY : data.yStart[k];
    rowsX += data.lengthsX[k];
    rowsY += data.lengthsY[k];
  }
  const xLength = compact ? rowsX * p : data.x.length;
  const yLength = compact ? rowsY * p : data.y.length;
  return { pairs, compact, xStart, yStart, lengthsX, lengthsY, xLength, yLength, gradients };
}

/**
 * Bytes a task buffer needs for a share.
 *
 * @param task - the share
 * @returns byte length
 * @example
 * new ArrayBuffer(poolTaskBytes(task));
 */
export function poolTaskBytes(task: PoolTaskShape): number {
  const inputs = task.xLength + task.yLength;
  return 8 * (inputs + task.lengthsX.length + (task.gradients ? inputs : 0));
}

/**
 * Views of a task buffer: the share as a batch to compute, and where its results go.
 *
 * @param task - the share
 * @param buffer - a buffer of at least poolTaskBytes(task) bytes
 * @returns the batch (x, y views and the share's starts and lengths) and the result views
 * @example
 * const { data, result } = poolTaskViews(task, buffer);
 */
export function poolTaskViews(task: PoolTaskShape, buffer: ArrayBuffer): { data: SeriesBatchData; result: SeriesBatchResult } {
  const b = task.lengthsX.length;
  let at = 0;
  const view = (length: number): Float64Array => {
    const array = new Float64Array(buffer, at * 8, length);
    at += length;
    return array;
  };
  const x = view(task.xLength);
  const y = view(task.yLength);
  const values = view(b);
  const gradX = task.gradients ? view(task.xLength) : null;
  const gradY = task.gradients ? view(task.yLength) : null;
  const data = { x, y, xStart: task.xStart, yStart: task.yStart, lengthsX: task.lengthsX, lengthsY: task.lengthsY };
  return { data, result: { values, gradX, gradY } };
}

/**
 * Copies the share's series into its task buffer (runs of pairs whose rows follow each other — the usual packing —
 * are copied in one piece).
 *
 * @param task - the share
 * @param data - the whole batch
 * @param p - features per row
 * @param buffer - the task buffer
 * @returns nothing
 * @example
 * writePoolTaskInputs(task, data, 1, buffer);
 */
export function writePoolTaskInputs(task: PoolTask, data: SeriesBatchData, p: number, buffer: ArrayBuffer): void {
  const { data: views } = poolTaskViews(task, buffer);
  if (!task.compact) {
    views.x.set(data.x);
    views.y.set(data.y);
    return;
  }
  copyRows(data.x, data.xStart, data.lengthsX, task.pairs, task.xStart, p, views.x);
  copyRows(data.y, data.yStart, data.lengthsY, task.pairs, task.yStart, p, views.y);
}

/**
 * Adds a computed share's results to the whole batch's result: its values, and its pairs' gradient rows.
 *
 * @param task - the share
 * @param buffer - the task buffer, back from the worker
 * @param data - the whole batch
 * @param settings - the batch's settings (p)
 * @param target - the whole batch's values and gradients (gradients null when not computed)
 * @returns nothing
 * @example
 * readPoolTaskOutputs(task, buffer, data, settings, out);
 */
export function readPoolTaskOutputs(task: PoolTask, buffer: ArrayBuffer, data: SeriesBatchData, settings: SeriesBatchSettings, target: SeriesBatchResult): void {
  const { result } = poolTaskViews(task, buffer);
  const p = settings.p;
  for (let local = 0; local < task.pairs.length; local++) {
    const k = task.pairs[local];
    target.values[k] = result.values[local];
    if (target.gradX !== null && result.gradX !== null) {
      copyRange(result.gradX, task.xStart[local] * p, target.gradX, data.xStart[k] * p, data.lengthsX[k] * p);
    }
    if (target.gradY !== null && result.gradY !== null) {
      copyRange(result.gradY, task.yStart[local] * p, target.gradY, data.yStart[k] * p, data.lengthsY[k] * p);
    }
  }
}

/** Copies the listed pairs' rows of `source` to `target` at the share's starts, merging runs of adjacent rows. */
function copyRows(
  source: Float64Array,
  starts: Int32Array,
  lengths: Int32Array,
  pairs: readonly number[],
  targetStarts: Int32Array,
  p: number,
  target: Float64Array,
): void {
  let runFrom = -1;
  let runTo = 0;
  let runAt = 0;
  for (let local = 0; local < pairs.length; local++) {
    const k = pairs[local];
    const from = starts[k] * p;
    const at = targetStarts[local] * p;
    if (runFrom >= 0 && from === runTo && at === runAt + (runTo - runFrom)) {
      runTo = from + lengths[k] * p;
      continue;
    }
    if (runFrom >= 0) target.set(source.subarray(runFrom, runTo), runAt);
    runFrom = from;
    runTo = from + lengths[k] * p;
    runAt = at;
  }
  if (runFrom >= 0) target.set(source.subarray(runFrom, runTo), runAt);
}
