/**
 * The paper's Table 3 (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §4.4): average rank over
 * the UCR archive of an MLP's test loss, by training loss, with random or Euclidean initialisation,
 * evaluated with DTW and with the Euclidean loss. Entered by hand from the paper's Table 3; each
 * column's five ranks sum to 15 (ranks 1..5 within a column), which checks the transcription.
 */
import type { Table3Method } from './table3Methods.js';

/** One evaluation metric's average ranks: `[random initialisation, Euclidean initialisation]` per method. */
export type PaperRanks = Readonly<Record<Table3Method, readonly [random: number, euclideanInit: number]>>;

/** Average ranks from the paper, by evaluation metric. */
export const PAPER_TABLE3: Readonly<{ dtw: PaperRanks; euclidean: PaperRanks }> = {
  dtw: {
    euclidean: [3.46, 4.21],
    'softdtw-1': [3.55, 3.96],
    'softdtw-0.1': [3.33, 3.42],
    'softdtw-0.01': [2.79, 2.12],
    'softdtw-0.001': [1.87, 1.29],
  },
  euclidean: {
    euclidean: [1.05, 1.7],
    'softdtw-1': [2.41, 2.99],
    'softdtw-0.1': [3.42, 3.38],
    'softdtw-0.01': [4.13, 3.64],
    'softdtw-0.001': [3.99, 3.29],
  },
};
