/**
 * The paper's choices for Figure 6 (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.2), in a
 * module of their own so that the command line can show them in `--help` without loading the
 * computation (and its plotting libraries).
 */

/** CBF, γ = 1, 30 rounds, 100 inner iterations; at most 100 TRAIN series as in Table 2. */
export const FIG6_DEFAULTS = { datasets: ['CBF'], gammas: [1], maxOuter: 30, maxIter: 100, maxSeries: 100 } as const;
