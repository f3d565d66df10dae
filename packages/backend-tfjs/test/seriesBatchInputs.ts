/**
 * Packs series pairs into the series-batch kernels' inputs (@softdtw/core's SeriesBatchInputs),
 * each pair owning its rows, as core's plain-array functions do.
 */
import type { SeriesBatchInputs } from '@softdtw/core';

/**
 * Packs pairs (xs[k], ys[k]) of row-major series with p features.
 *
 * @param xs - x series, each n_k rows of p values
 * @param ys - y series, each m_k rows of p values
 * @returns the kernel inputs
 * @example
 * seriesBatchInputs([[[0], [1]]], [[[0]]]).lengthsX; // Int32Array [2]
 */
export function seriesBatchInputs(xs: readonly number[][][], ys: readonly number[][][]): SeriesBatchInputs {
  const pack = (series: readonly number[][][]) => {
    const starts = new Int32Array(series.length);
    const lengths = new Int32Array(series.length);
    const values: number[] = [];
    let rows = 0;
    series.forEach((s, k) => {
      starts[k] = rows;
      lengths[k] = s.length;
      rows += s.length;
      for (const row of s) values.push(...row);
    });
    return { data: Float64Array.from(values), starts, lengths };
  };
  const x = pack(xs);
  const y = pack(ys);
  return { x: x.data, y: y.data, xStart: x.starts, yStart: y.starts, lengthsX: x.lengths, lengthsY: y.lengths };
}

/**
 * Normwise error max|a − b| / max|b| (0 when b is all zeros and a equals it).
 *
 * @param a - computed
 * @param b - reference
 * @returns the error
 * @example
 * normwiseError([1, 2], [1, 2.5]); // 0.2
 */
export function normwiseError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let difference = 0;
  let scale = 0;
  for (let k = 0; k < b.length; k++) {
    difference = Math.max(difference, Math.abs(a[k]! - b[k]!));
    scale = Math.max(scale, Math.abs(b[k]!));
  }
  return scale === 0 ? difference : difference / scale;
}
