/**
 * Every invalid input gets a typed error with a stable code and a message of the form
 * "<op>: expected <what>, got <what>. <How to fix>." — one case per kind of mistake.
 */
import { describe, expect, it } from 'vitest';
import {
  BandTooNarrowError,
  dtw,
  EmptySeriesError,
  InvalidArgumentError,
  MemoryBudgetError,
  NonFiniteValueError,
  NumericalError,
  pairwiseSoftDtw,
  ShapeError,
  softDtw,
  softDtwAlignment,
  softDtwBatch,
  softDtwBatchValueAndGrad,
  softDtwDivergence,
  SoftDtwError,
  softDtwFromCost,
  softDtwValueAndGrad,
  type Series,
} from '../src/index.js';

interface Case {
  name: string;
  call: () => unknown;
  error: new (...args: never[]) => SoftDtwError;
  code: string;
  contains: string[];
}

const cases: Case[] = [
  {
    name: 'NaN in a univariate series (which series, row and column)',
    call: () => softDtw([1, NaN, 3], [1, 2]),
    error: NonFiniteValueError, code: 'E_NON_FINITE',
    contains: ['softDtw: expected finite numbers in x', 'got NaN at row 1, column 0', 'Fill or drop missing values'],
  },
  {
    name: '+Infinity in a multivariate y',
    call: () => softDtw([[1, 2]], [[0, 0], [1, Infinity]]),
    error: NonFiniteValueError, code: 'E_NON_FINITE',
    contains: ['in y', 'got Infinity at row 1, column 1'],
  },
  {
    name: '-Infinity in a Float64Array',
    call: () => softDtwValueAndGrad(new Float64Array([0, -Infinity]), [1]),
    error: NonFiniteValueError, code: 'E_NON_FINITE',
    contains: ['softDtwValueAndGrad: expected finite numbers in x', 'got -Infinity at row 1, column 0'],
  },
  {
    name: 'NaN inside a batch names the series',
    call: () => softDtwBatch([[1], [2, NaN]], [[1], [2]]),
    error: NonFiniteValueError, code: 'E_NON_FINITE',
    contains: ['xs[1]', 'got NaN at row 1, column 0'],
  },
  {
    name: 'empty series',
    call: () => softDtw([], [1, 2]),
    error: EmptySeriesError, code: 'E_EMPTY_SERIES',
    contains: ['softDtw: expected x to have at least one time step, got an empty series', 'Pass a non-empty series'],
  },
  {
    name: 'empty Float64Array y',
    call: () => dtw([1], new Float64Array(0)),
    error: EmptySeriesError, code: 'E_EMPTY_SERIES',
    contains: ['dtw: expected y to have at least one time step'],
  },
  {
    name: 'rows without features',
    call: () => softDtw([[], []], [[1]]),
    error: EmptySeriesError, code: 'E_EMPTY_SERIES',
    contains: ['expected every row of x to have at least one feature'],
  },
  {
    name: 'ragged rows (which row, expected vs got)',
    call: () => softDtw([[1, 2], [3, 4], [5]], [[1, 2]]),
    error: ShapeError, code: 'E_SHAPE',
    contains: ['expected every row of x to have 2 features (like row 0), got 1 in row 2', 'Pad or trim'],
  },
  {
    name: 'mismatched feature dimensions',
    call: () => softDtwAlignment([[1, 2]], [[1, 2, 3]]),
    error: ShapeError, code: 'E_SHAPE',
    contains: ['softDtwAlignment: expected x and y to have the same number of features, got 2 and 3'],
  },
  {
    name: 'batch size mismatch',
    call: () => softDtwBatchValueAndGrad([[1], [2]], [[1]]),
    error: ShapeError, code: 'E_SHAPE',
    contains: ['expected xs and ys to hold the same number of series', 'got 2 and 1', 'pairwiseSoftDtw'],
  },
  {
    name: 'negative gamma',
    call: () => softDtw([1], [1], { gamma: -1 }),
    error: InvalidArgumentError, code: 'E_INVALID_ARGUMENT',
    contains: ['softDtw: expected gamma to be a finite number ≥ 0, got -1', 'gamma = 0 for hard DTW'],
  },
  {
    name: 'non-finite gamma',
    call: () => softDtwDivergence([1], [1], { gamma: Infinity }),
    error: InvalidArgumentError, code: 'E_INVALID_ARGUMENT',
    contains: ['expected gamma to be a finite number ≥ 0, got Infinity'],
  },
  {
    name: 'NaN gamma',
    call: () => softDtw([1], [1], { gamma: NaN }),
    error: InvalidArgumentError, code: 'E_INVALID_ARGUMENT',
    contains: ['got NaN'],
  },
  {
    name: 'subnormal gamma (1/γ would overflow)',
    call: () => softDtw([1], [1], { gamma: 1e-310 }),
    error: InvalidArgumentError, code: 'E_INVALID_ARGUMENT',
    contains: ['expected gamma = 0 or gamma ≥ 2.2250738585072014e-308', 'got 1e-310'],
  },
  {
    name: 'negative band',
    call: () => softDtw([1], [1], { band: -2 }),
    error: InvalidArgumentError, code: 'E_INVALID_ARGUMENT',
    contains: ['expected band to be a non-negative integer (the Sakoe-Chiba radius), got -2'],
  },
  {
    name: 'non-integer band',
    call: () => dtw([1], [1], { band: 1.5 }),
    error: InvalidArgumentError, code: 'E_INVALID_ARGUMENT',
    contains: ['dtw: expected band to be a non-negative integer', 'got 1.5'],
  },
  {
    name: 'band too narrow (says the minimum radius)',
    call: () => softDtw([1, 2, 3, 4, 5], [1, 2], { band: 2 }),
    error: BandTooNarrowError, code: 'E_BAND_TOO_NARROW',
    contains: ['expected band ≥ |n − m| = 3 for x and y (lengths 5 and 2), got band = 2', 'use band ≥ 3'],
  },
  {
    name: 'band too narrow for one pair of a matrix',
    call: () => pairwiseSoftDtw([[1, 2, 3]], [[1, 2, 3], [1]], { band: 1 }),
    error: BandTooNarrowError, code: 'E_BAND_TOO_NARROW',
    contains: ['xs[0] and ys[1]', 'expected band ≥ |n − m| = 2'],
  },
  {
    name: 'unknown option (typo)',
    call: () => softDtw([1], [1], { gama: 0.1 } as never),
    error: InvalidArgumentError, code: 'E_INVALID_ARGUMENT',
    contains: ['expected options among gamma, band, memoryBudget, dtype, got an unknown option "gama"'],
  },
  {
    name: 'gamma given to dtw',
    call: () => dtw([1], [1], { gamma: 1 } as never),
    error: InvalidArgumentError, code: 'E_INVALID_ARGUMENT',
    contains: ['dtw: expected options among band, memoryBudget, got an unknown option "gamma"'],
  },
  {
    name: 'not a series',
    call: () => softDtw('abc' as unknown as Series, [1]),
    error: InvalidArgumentError, code: 'E_INVALID_ARGUMENT',
    contains: ['expected x to be a number[], number[][] or Float64Array, got a string'],
  },
  {
    name: 'a string inside a series',
    call: () => softDtw([1, '2'] as unknown as Series, [1]),
    error: InvalidArgumentError, code: 'E_INVALID_ARGUMENT',
    contains: ['expected x to hold numbers', 'at index 1'],
  },
  {
    name: 'ragged cost matrix',
    call: () => softDtwFromCost([[1, 2], [3]]),
    error: ShapeError, code: 'E_SHAPE',
    contains: ['softDtwFromCost: expected every row of D to have 2 columns (like row 0), got 1 in row 1'],
  },
  {
    name: 'NaN in a cost matrix',
    call: () => softDtwFromCost([[1, NaN]]),
    error: NonFiniteValueError, code: 'E_NON_FINITE',
    contains: ['expected finite numbers in D, got NaN at row 0, column 1'],
  },
  {
    name: 'memory budget exceeded (says the bytes and how to proceed)',
    call: () => softDtwValueAndGrad(new Float64Array(1000), new Float64Array(1000), { memoryBudget: 1e6 }),
    error: MemoryBudgetError, code: 'E_MEMORY_BUDGET',
    contains: ['softDtwValueAndGrad: expected at most 976.6 KiB', 'needs 22.9 MiB (24048064 bytes)', 'band', 'setMemoryBudget'],
  },
  {
    name: 'overflowing costs never leak NaN or Infinity',
    call: () => softDtw([1e200], [-1e200]),
    error: NumericalError, code: 'E_NUMERICAL',
    contains: ['softDtw: expected the soft-DTW value to be a finite number, got Infinity', 'rescale the inputs'],
  },
  {
    name: 'overflowing gradients never leak',
    call: () => softDtwValueAndGrad([1e300, 0], [-1e300, 0], { gamma: 1 }),
    error: NumericalError, code: 'E_NUMERICAL',
    contains: ['softDtwValueAndGrad: expected'],
  },
];

describe('typed errors', () => {
  for (const c of cases) {
    it(c.name, () => {
      let caught: unknown;
      try {
        c.call();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(c.error);
      expect(caught).toBeInstanceOf(SoftDtwError);
      const error = caught as SoftDtwError;
      expect(error.code).toBe(c.code);
      expect(error.name).toBe(c.error.name);
      expect(error.message).toMatch(/^\w+: expected .+, got .+\. .+/s);
      for (const fragment of c.contains) expect(error.message).toContain(fragment);
    });
  }

  it('BandTooNarrowError carries the minimum radius, MemoryBudgetError the numbers', () => {
    try {
      softDtw([1, 2, 3, 4], [1], { band: 0 });
    } catch (error) {
      expect((error as BandTooNarrowError).minimumBand).toBe(3);
    }
    try {
      softDtwAlignment(new Float64Array(100), new Float64Array(100), { memoryBudget: 1000 });
    } catch (error) {
      expect((error as MemoryBudgetError).requiredBytes).toBeGreaterThan(320_000);
      expect((error as MemoryBudgetError).budgetBytes).toBe(1000);
    }
    expect.assertions(3);
  });
});
