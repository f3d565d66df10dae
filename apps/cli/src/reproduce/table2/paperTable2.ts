/**
 * The paper's Table 2 (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.2): the percentage of UCR
 * datasets on which soft-DTW k-means reaches a lower k-means loss under DTW (Eq. 5 with γ = 0) than
 * k-means with DBA and with the subgradient method, per γ and initialisation. Entered by hand from
 * the paper's Table 2 (the text extraction lists the columns per γ). The random-initialisation
 * values are multiples of 1/57 and the Euclidean-mean ones of 1/58, except 76.43 % (not k/57; 75.44 %
 * = 43/57 is the nearest), transcribed as printed.
 */
import type { PaperWinRates } from '../table1/paperTable1.js';

/** The paper's Table 2 percentages, by baseline. */
export const PAPER_TABLE2: Readonly<{ dba: PaperWinRates; subgradient: PaperWinRates }> = {
  dba: {
    random: { 'softdtw-1': 15.78, 'softdtw-0.1': 24.56, 'softdtw-0.01': 59.64, 'softdtw-0.001': 77.19 },
    euclideanMean: { 'softdtw-1': 29.31, 'softdtw-0.1': 24.13, 'softdtw-0.01': 55.17, 'softdtw-0.001': 68.97 },
  },
  subgradient: {
    random: { 'softdtw-1': 42.1, 'softdtw-0.1': 57.89, 'softdtw-0.01': 76.43, 'softdtw-0.001': 96.49 },
    euclideanMean: { 'softdtw-1': 46.44, 'softdtw-0.1': 50, 'softdtw-0.01': 65.52, 'softdtw-0.001': 84.48 },
  },
};

/** Datasets behind {@link PAPER_TABLE2} (57 with random initialisation, 58 with the Euclidean mean). */
export const PAPER_TABLE2_DATASETS = 58;
