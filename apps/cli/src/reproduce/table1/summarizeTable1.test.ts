import { expect, test } from 'vitest';
import { summarizeTable1 } from './summarizeTable1.js';
import type { Table1Result } from './runTable1Dataset.js';

const losses = (soft: [number, number, number, number], dba: number, subgradient: number) => ({
  'softdtw-1': soft[0],
  'softdtw-0.1': soft[1],
  'softdtw-0.01': soft[2],
  'softdtw-0.001': soft[3],
  dba,
  subgradient,
});

const record = (dataset: string, random: ReturnType<typeof losses>, euclideanMean: ReturnType<typeof losses>): Table1Result => ({
  dataset,
  wallSeconds: 1.5,
  config: {},
  length: 10,
  classes: 2,
  chosenClasses: ['1'],
  seriesCounts: [10],
  losses: { random, euclideanMean },
});

test('summarizeTable1 on a hand example: per-γ win percentages vs each baseline, beside the paper', () => {
  const records = [
    // A: random init: γ = 1 loses to DBA (3 > 2), the smaller γ win; all beat the subgradient (9).
    record('A', losses([3, 1, 1, 1], 2, 9), losses([5, 5, 5, 5], 1, 1)),
    // B: random init: every γ beats DBA; a tie with the subgradient at γ = 0.001 is not a win.
    record('B', losses([1, 1, 1, 4], 5, 4), losses([0.5, 5, 5, 5], 1, 1)),
  ];
  const { wins, markdown, csv } = summarizeTable1(records);
  expect(wins.dba.random['softdtw-1']).toEqual({ wins: 1, datasets: 2, percent: 50 });
  expect(wins.dba.random['softdtw-0.1']).toEqual({ wins: 2, datasets: 2, percent: 100 });
  expect(wins.dba.random['softdtw-0.001']).toEqual({ wins: 2, datasets: 2, percent: 100 });
  expect(wins.subgradient.random['softdtw-0.001']).toEqual({ wins: 1, datasets: 2, percent: 50 });
  expect(wins.dba.euclideanMean['softdtw-1']).toEqual({ wins: 1, datasets: 2, percent: 50 });
  expect(wins.dba.euclideanMean['softdtw-0.1'].wins).toBe(0);
  expect(markdown).toContain('| soft-DTW vs DBA | random initialisation | 50.0% 1/2 (40.5%) | 100.0% 2/2 (93.7%) | 100.0% 2/2 (100.0%) | 100.0% 2/2 (97.5%) |');
  expect(markdown).toContain('Datasets: A, B.');
  const lines = csv.trim().split('\n');
  expect(lines[0]).toBe('baseline,init,gamma,ours_percent,ours_wins,ours_datasets,paper_percent');
  expect(lines).toHaveLength(1 + 16);
  expect(lines[1]).toBe('dba,random,1,50.00,1,2,40.51');
});
