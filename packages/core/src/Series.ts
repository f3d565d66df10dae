/**
 * Series accepted by the plain-array API, and the layout their gradients come back in.
 *
 * - `number[]` / `Float64Array`: a univariate series of n time steps (p = 1);
 * - `number[][]`: n time steps (rows) of p features each.
 */

/** A time series: n values (univariate) or n rows of p features. */
export type Series = readonly number[] | readonly (readonly number[])[] | Float64Array;

/**
 * The layout a gradient comes back in, matching its series: number[] for number[], number[][]
 * for number[][], Float64Array for Float64Array.
 */
export type GradientOf<S extends Series> = S extends Float64Array
  ? Float64Array
  : S extends readonly (readonly number[])[]
    ? number[][]
    : number[];
