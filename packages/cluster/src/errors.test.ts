import { SoftDtwError } from '@softdtw/autodiff';
import { describe, expect, test } from 'vitest';
import { dbaBarycenter } from './dbaBarycenter.js';
import {
  EmptyInputError,
  FeatureMismatchError,
  InvalidOptionError,
  InvalidSeriesError,
  InvalidWeightsError,
  LengthMismatchError,
} from './errors.js';
import { pairwiseDistances } from './pairwiseDistances.js';
import { softDtwBarycenter } from './softDtwBarycenter.js';

function caught(f: () => unknown): SoftDtwError {
  try {
    f();
  } catch (error) {
    return error as SoftDtwError;
  }
  throw new Error('expected a throw');
}

describe('bad input', () => {
  const cases = [
    { name: 'empty set', f: () => softDtwBarycenter([]), type: EmptyInputError, code: 'E_CLUSTER_EMPTY', message: /expected at least one series in series, got an empty array/ },
    { name: 'empty series', f: () => dbaBarycenter([[1, 2], []]), type: EmptyInputError, code: 'E_CLUSTER_EMPTY', message: /series\[1\] to have at least one time step/ },
    {
      name: 'mixed feature dimensions',
      f: () => softDtwBarycenter([[[1, 2], [3, 4]], [[1, 2, 3]]]),
      type: FeatureMismatchError,
      code: 'E_CLUSTER_FEATURE_MISMATCH',
      message: /2 feature\(s\) per time step \(as series\[0\]\), got 3 in series\[1\]/,
    },
    { name: 'ragged rows', f: () => softDtwBarycenter([[[1, 2], [3]]]), type: InvalidSeriesError, code: 'E_CLUSTER_INVALID_SERIES', message: /every row of series\[0\] to have 2 features/ },
    { name: 'NaN', f: () => dbaBarycenter([[1, Number.NaN]]), type: InvalidSeriesError, code: 'E_CLUSTER_INVALID_SERIES', message: /finite numbers in series\[0\], got NaN at index 1/ },
    { name: 'weights count', f: () => softDtwBarycenter([[1], [2]], { weights: [1] }), type: InvalidWeightsError, code: 'E_CLUSTER_INVALID_WEIGHTS', message: /expected 2 weights/ },
    { name: 'negative weight', f: () => softDtwBarycenter([[1], [2]], { weights: [1, -1] }), type: InvalidWeightsError, code: 'E_CLUSTER_INVALID_WEIGHTS', message: /got -1 at index 1/ },
    { name: 'zero weights', f: () => dbaBarycenter([[1], [2]], { weights: [0, 0] }), type: InvalidWeightsError, code: 'E_CLUSTER_INVALID_WEIGHTS', message: /positive sum/ },
    { name: 'bad init name', f: () => softDtwBarycenter([[1, 2]], { init: 'zeros' as 'random' }), type: InvalidOptionError, code: 'E_CLUSTER_INVALID_OPTION', message: /got 'zeros'/ },
    { name: 'bad length', f: () => softDtwBarycenter([[1, 2]], { length: 0 }), type: InvalidOptionError, code: 'E_CLUSTER_INVALID_OPTION', message: /length to be a positive integer/ },
    { name: 'init vs length', f: () => dbaBarycenter([[1, 2]], { init: [1, 2, 3], length: 2 }), type: LengthMismatchError, code: 'E_CLUSTER_LENGTH_MISMATCH', message: /length 2/ },
    { name: 'bad gamma', f: () => softDtwBarycenter([[1, 2]], { gamma: -1 }), type: InvalidOptionError, code: 'E_CLUSTER_INVALID_OPTION', message: /gamma/ },
    { name: 'bad maxIter', f: () => dbaBarycenter([[1, 2]], { maxIter: 1.5 }), type: InvalidOptionError, code: 'E_CLUSTER_INVALID_OPTION', message: /maxIter/ },
    { name: 'pairwise feature mismatch', f: () => pairwiseDistances([[1, 2]], [[[1, 2]]]), type: FeatureMismatchError, code: 'E_CLUSTER_FEATURE_MISMATCH', message: /ys to have 1 feature/ },
  ];
  test.each(cases)('$name', ({ f, type, code, message }) => {
    const error = caught(f);
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(SoftDtwError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
