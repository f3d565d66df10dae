/**
 * The paper's choices for Figure 5 (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.1), in a
 * module of their own so that the command line can show them in `--help` without loading the
 * computation (and its plotting libraries).
 */

/** ECG200, 10 series, at most 100 iterations, γ = 1 and 0.01. */
export const FIG5_DEFAULTS = { datasets: ['ECG200'], seriesPerRepetition: 10, maxIter: 100, gammas: [1, 0.01] } as const;
