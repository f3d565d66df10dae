import { describe, expect, test } from 'vitest';
import { makeSeries } from './makeSeries.js';

// Printed by a 5-line C program calling make_series() from shared/limit/bench_common.h
// (gcc -O2, printf %.17g): make_series(x, 8, 3, 1) rows 0 and 7, and make_series(y, 4, 1, 2).
const C_X_ROW_0 = [1.0791051199603505, 0.35513541603952337, 0.31607272250551816];
const C_X_ROW_7 = [0.8699088210856627, 0.90715384588759695, -0.30521475754151794];
const C_Y = [-0.86469152643488012, -1.0076401612391677, -0.76228987313118401, -0.98570617855990272];

describe('makeSeries', () => {
  test('reproduces the C reference generator (splitmix64 + sin) to the last few ulps', () => {
    const x = makeSeries(8, 3, 1);
    for (let k = 0; k < 3; k++) {
      expect(x[0]![k]).toBeCloseTo(C_X_ROW_0[k]!, 14);
      expect(x[7]![k]).toBeCloseTo(C_X_ROW_7[k]!, 14);
    }
    expect(makeSeries(4, 1, 2).map((row) => row[0])).toEqual(C_Y.map((v) => expect.closeTo(v, 14)));
  });

  test('has shape [n, p] and differs between seeds', () => {
    const a = makeSeries(5, 2, 10);
    const b = makeSeries(5, 2, 11);
    expect(a).toHaveLength(5);
    expect(a.every((row) => row.length === 2)).toBe(true);
    expect(a).not.toEqual(b);
    expect(makeSeries(5, 2, 10)).toEqual(a);
  });
});
