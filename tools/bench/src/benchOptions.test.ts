import { describe, expect, test } from 'vitest';
import { parseBenchOptions } from './benchOptions.js';

describe('parseBenchOptions', () => {
  test('defaults: all three sizes, both dims, 5 reps, markdown', () => {
    expect(parseBenchOptions([])).toEqual({
      sizes: [256, 1024, 4096],
      dims: [1, 8],
      reps: 5,
      backends: ['cpu', 'wasm', 'wasm-f32', 'tfjs', 'webgpu'],
      training: true,
      json: false,
      help: false,
    });
    expect(parseBenchOptions(['--backends', 'wasm,cpu', '--no-training'])).toMatchObject({ backends: ['wasm', 'cpu'], training: false });
    expect(() => parseBenchOptions(['--backends', 'cpu,cuda'])).toThrow(/unknown: cuda/);
  });

  test('--quick: n ∈ {256, 1024}, 3 reps unless --reps says otherwise', () => {
    expect(parseBenchOptions(['--quick'])).toMatchObject({ sizes: [256, 1024], reps: 3 });
    expect(parseBenchOptions(['--quick', '--reps', '9'])).toMatchObject({ sizes: [256, 1024], reps: 9 });
  });

  test('--json and --reps=N', () => {
    expect(parseBenchOptions(['--json', '--reps=2'])).toMatchObject({ json: true, reps: 2 });
  });

  test.each([['--reps', '0'], ['--reps', '2.5'], ['--reps', 'abc'], ['--reps', '65'], ['--fast'], ['extra']])(
    'rejects %s %s with BAD_OPTION',
    (...argv) => {
      expect(() => parseBenchOptions(argv)).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
    },
  );
});
