import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { benchCases } from './benchCases.js';
import { parseBenchOptions } from './benchOptions.js';
import { findCReferenceRow, parseCReferenceOutput } from './parseCReferenceOutput.js';

const C_TABLE = parseCReferenceOutput(readFileSync(new URL('./__fixtures__/sdtw_ref-reps1.txt', import.meta.url), 'utf8'));

describe('benchCases', () => {
  test('full run: 12 single-pair cases and 4 batch cases, each present in the C output with the same cell count', () => {
    const cases = benchCases(parseBenchOptions([]));
    expect(cases).toHaveLength(16);
    for (const benchCase of cases) expect(findCReferenceRow(C_TABLE, benchCase.cCaseName).cells).toBe(benchCase.cells);
  });

  test('n = 4096 caps reps at 3 like sdtw_ref.c; the batch keeps the requested reps; short cases get a time floor', () => {
    const cases = benchCases(parseBenchOptions(['--reps', '7']));
    expect(cases.filter((c) => c.length === 4096).map((c) => c.reps)).toEqual([3, 3, 3, 3]);
    expect(cases.filter((c) => c.length === 1024).every((c) => c.reps === 7)).toBe(true);
    expect(cases.filter((c) => c.pairs === 1024).map((c) => c.reps)).toEqual([7, 7, 7, 7]);
    // short single pairs are also timed for at least 250 ms in total; long and batch cases are not
    expect(cases.filter((c) => c.length <= 1024 && c.pairs === 1).every((c) => c.minTimedMs === 250)).toBe(true);
    expect(cases.filter((c) => c.length === 4096 || c.pairs > 1).every((c) => c.minTimedMs === 0)).toBe(true);
  });

  test('--quick drops n = 4096 and keeps table order: p outer, n inner, value before value+grad', () => {
    expect(benchCases(parseBenchOptions(['--quick'])).map((c) => c.label)).toEqual([
      'value n=256 p=1',
      'value+grad n=256 p=1',
      'value n=1024 p=1',
      'value+grad n=1024 p=1',
      'value n=256 p=8',
      'value+grad n=256 p=8',
      'value n=1024 p=8',
      'value+grad n=1024 p=8',
      'batch 1024×128 p=1 value, 1 thread',
      'batch 1024×128 p=1 value+grad, 1 thread',
      'batch 1024×128 p=1 value, all cores',
      'batch 1024×128 p=1 value+grad, all cores',
    ]);
  });
});
