/**
 * What every input reader returns: a set of series, maybe with class labels, and where it came from.
 */

/** One series: `number[]` (univariate, n steps) or `number[][]` (n steps of p features). */
export type CliSeries = number[] | number[][];

/** Series read from a file (or an inline list, or a bundled dataset). */
export interface SeriesData {
  /** The series, in file order. */
  readonly series: CliSeries[];
  /** One class label per series, when the input has them (UCR files always do). */
  readonly labels: string[] | undefined;
  /** The file path (or `bundled:GunPoint:train`, or `inline`), for messages. */
  readonly source: string;
}

/**
 * Number of time steps of a series.
 * @param series - `[n]` or `[n][p]`.
 * @returns n.
 * @example seriesLength([[0, 1], [2, 3]]); // 2
 */
export function seriesLength(series: CliSeries): number {
  return series.length;
}

/**
 * The values of a univariate series, or of the first feature of a multivariate one (for plots).
 * @param series - `[n]` or `[n][p]`.
 * @returns `[n]` numbers.
 * @example firstFeature([[0, 1], [2, 3]]); // [0, 2]
 */
export function firstFeature(series: CliSeries): number[] {
  return series.map((v) => (typeof v === 'number' ? v : (v[0] ?? Number.NaN)));
}
