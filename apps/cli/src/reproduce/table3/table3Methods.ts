/** The five training losses of Table 3, in the paper's row order. */

/** A training loss of Table 3: Euclidean, or soft-DTW at one γ. */
export type Table3Method = 'euclidean' | 'softdtw-1' | 'softdtw-0.1' | 'softdtw-0.01' | 'softdtw-0.001';

/** The rows of Table 3 with their γ (`undefined` for the Euclidean loss) and display label. */
export const TABLE3_METHODS: readonly { readonly method: Table3Method; readonly gamma: number | undefined; readonly label: string }[] = [
  { method: 'euclidean', gamma: undefined, label: 'Euclidean' },
  { method: 'softdtw-1', gamma: 1, label: 'soft-DTW (γ = 1)' },
  { method: 'softdtw-0.1', gamma: 0.1, label: 'soft-DTW (γ = 0.1)' },
  { method: 'softdtw-0.01', gamma: 0.01, label: 'soft-DTW (γ = 0.01)' },
  { method: 'softdtw-0.001', gamma: 0.001, label: 'soft-DTW (γ = 0.001)' },
];
