/**
 * The data shape every function of this package reads and returns: univariate series with one
 * class label each, `series[i]` labelled `labels[i]`.
 */

/**
 * Univariate series with their class labels.
 *
 * - `series: [n][length_i]` — series `i` has its own (true) length; the UCR archive has no
 *   multivariate datasets, so each time step is one number.
 * - `labels: [n]` — the label of each series, as written in the source (UCR codes such as `'-1'`,
 *   `'1'`, `'3'` are kept as strings; use {@link encodeLabels} for `0..K-1` codes).
 */
export interface LabelledSeries {
  /** `[n][length_i]`: one array of values per series. */
  readonly series: number[][];
  /** `[n]`: one label per series. */
  readonly labels: string[];
}
