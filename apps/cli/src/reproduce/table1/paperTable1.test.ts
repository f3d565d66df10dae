import { expect, test } from 'vitest';
import { PAPER_TABLE1, PAPER_TABLE1_DATASETS } from './paperTable1.js';

test("every transcribed Table 1 percentage is k/79 for an integer k (a typo would break this)", () => {
  const values = Object.values(PAPER_TABLE1).flatMap((byInit) => Object.values(byInit).flatMap((byGamma) => Object.values(byGamma)));
  expect(values).toHaveLength(16);
  for (const percent of values) {
    const k = Math.round((percent / 100) * PAPER_TABLE1_DATASETS);
    expect(Math.abs((100 * k) / PAPER_TABLE1_DATASETS - percent)).toBeLessThan(0.006);
  }
  expect(PAPER_TABLE1.dba.random['softdtw-0.01']).toBe(100);
  expect(PAPER_TABLE1.subgradient.euclideanMean['softdtw-1']).toBe(35.44);
});
