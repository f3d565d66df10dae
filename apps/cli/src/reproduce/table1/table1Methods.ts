/**
 * The methods and settings compared in the paper's Tables 1 and 2 (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, §4.1–4.2): soft-DTW at four values of γ against DBA and the subgradient method,
 * each from a random and from a Euclidean-mean initialisation.
 */

/** The four smoothing values of Tables 1 and 2, largest first (the paper's column order). */
export const TABLE1_GAMMAS: readonly [1, 0.1, 0.01, 0.001] = [1, 0.1, 0.01, 0.001];

/** Key of a soft-DTW method in results: `softdtw-<γ>`. */
export type SoftDtwGammaKey = 'softdtw-1' | 'softdtw-0.1' | 'softdtw-0.01' | 'softdtw-0.001';

/** The soft-DTW methods as `{ key, gamma, label }`, in {@link TABLE1_GAMMAS} order. */
export const SOFTDTW_METHODS: readonly { readonly key: SoftDtwGammaKey; readonly gamma: number; readonly label: string }[] = TABLE1_GAMMAS.map((gamma) => ({
  key: `softdtw-${gamma}` as SoftDtwGammaKey,
  gamma,
  label: `γ = ${gamma}`,
}));

/** The baselines soft-DTW is compared with. */
export type Baseline = 'dba' | 'subgradient';

/** The baselines with their display labels. */
export const BASELINES: readonly { readonly key: Baseline; readonly label: string }[] = [
  { key: 'dba', label: 'DBA' },
  { key: 'subgradient', label: 'subgradient method' },
];

/** The initialisations: random (seeded, the data's scale) and the Euclidean mean. */
export type Initialisation = 'random' | 'euclideanMean';

/** The initialisations with the cluster package's name for each and a display label. */
export const INITIALISATIONS: readonly { readonly key: Initialisation; readonly init: 'random' | 'euclidean-mean'; readonly label: string }[] = [
  { key: 'random', init: 'random', label: 'random initialisation' },
  { key: 'euclideanMean', init: 'euclidean-mean', label: 'Euclidean-mean initialisation' },
];

/** Loss of every method: the soft-DTW ones and the baselines. */
export type MethodLosses = Readonly<Record<SoftDtwGammaKey | Baseline, number>>;
