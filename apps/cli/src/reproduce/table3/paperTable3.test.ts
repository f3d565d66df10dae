import { expect, test } from 'vitest';
import { PAPER_TABLE3 } from './paperTable3.js';
import { TABLE3_METHODS } from './table3Methods.js';

test("the transcribed paper ranks: five methods per column, each column sums to 1+2+3+4+5", () => {
  for (const metric of ['dtw', 'euclidean'] as const) {
    for (const column of [0, 1] as const) {
      const sum = TABLE3_METHODS.reduce((s, m) => s + PAPER_TABLE3[metric][m.method][column], 0);
      expect(sum).toBeCloseTo(15, 6);
    }
  }
  expect(PAPER_TABLE3.dtw['softdtw-0.001']).toEqual([1.87, 1.29]);
  expect(PAPER_TABLE3.euclidean.euclidean).toEqual([1.05, 1.7]);
});
