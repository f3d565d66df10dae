import { describe, expect, test } from 'vitest';
import type { BenchCase } from './benchCases.js';
import { makeSeries } from './makeSeries.js';
import { isTimed, runOurCases, type BenchSeries, type SoftDtwApi } from './runOurCases.js';

function benchCase(kind: BenchCase['kind'], length: number, dim: number, pairs = 1): BenchCase {
  return { label: `${kind} ${length}`, cCaseName: `c ${kind}`, kind, length, dim, pairs, cells: pairs * length * length, warmup: 1, reps: 3, minTimedMs: 0 };
}

/** Records every call; values are the sum of x's first column so inputs can be checked. */
const firstColumnSum = (x: BenchSeries): number => (x as Array<number | number[]>).reduce<number>((s, row) => s + (typeof row === 'number' ? row : row[0]!), 0);

function recordingApi(value: (x: BenchSeries) => number = firstColumnSum) {
  const calls: { fn: string; gamma: number; shapes: string }[] = [];
  // Univariate series come as number[] (shape "n"), multivariate as number[][] ("nxp").
  const shape = (s: BenchSeries): string => (typeof s[0] === 'number' ? `${s.length}` : `${s.length}x${(s[0] as number[]).length}`);
  const api: SoftDtwApi = {
    softDtw: (x, y, o) => (calls.push({ fn: 'softDtw', gamma: o.gamma, shapes: `${shape(x)},${shape(y)}` }), value(x)),
    softDtwValueAndGrad: (x, y, o) => (calls.push({ fn: 'softDtwValueAndGrad', gamma: o.gamma, shapes: `${shape(x)},${shape(y)}` }), { value: value(x) }),
    softDtwBatch: (xs, ys, o) => (calls.push({ fn: 'softDtwBatch', gamma: o.gamma, shapes: `${xs.length}:${shape(xs[0]!)},${ys.length}` }), xs.map(value)),
    softDtwBatchValueAndGrad: (xs, ys, o) => (
      calls.push({ fn: 'softDtwBatchValueAndGrad', gamma: o.gamma, shapes: `${xs.length}:${shape(xs[0]!)},${ys.length}` }), { values: xs.map(value) }
    ),
  };
  return { api, calls };
}

describe('runOurCases', () => {
  test('calls the matching API function warmup + reps times with γ = 1 on the C reference series', async () => {
    const { api, calls } = recordingApi();
    const cases = [benchCase('value', 16, 2), benchCase('valueAndGrad', 16, 2), benchCase('batchValue', 8, 1, 5), benchCase('batchValueAndGrad', 8, 1, 5)];
    const results = (await runOurCases(api, cases, () => {})).filter(isTimed);
    expect(calls.map((c) => c.fn)).toEqual([
      ...Array<string>(4).fill('softDtw'),
      ...Array<string>(4).fill('softDtwValueAndGrad'),
      ...Array<string>(4).fill('softDtwBatch'),
      ...Array<string>(4).fill('softDtwBatchValueAndGrad'),
    ]);
    expect(new Set(calls.map((c) => c.gamma))).toEqual(new Set([1]));
    expect(calls[0]!.shapes).toBe('16x2,16x2');
    expect(calls[8]!.shapes).toBe('5:8,5');
    // single pairs use seed 1 for x; batch pair 0 uses seed 10, as in sdtw_ref.c
    const sum = firstColumnSum;
    expect(results[0]!.value).toBe(sum(makeSeries(16, 2, 1)));
    expect(results[2]!.value).toBe(sum(makeSeries(8, 1, 10)));
    for (const result of results) {
      expect(result.timings.samplesMs).toHaveLength(3);
      expect(result.nsPerCell).toBeCloseTo((result.timings.medianMs * 1e6) / result.benchCase.cells, 9);
    }
  });

  test('refuses to time an implementation that returns NaN', async () => {
    const { api } = recordingApi(() => Number.NaN);
    await expect(runOurCases(api, [benchCase('value', 4, 1)], () => {})).rejects.toThrow(expect.objectContaining({ code: 'NON_FINITE_RESULT' }));
  });

  test('checks every value of a batch, not only the first', async () => {
    const { api } = recordingApi(() => 0);
    const poisoned: SoftDtwApi = { ...api, softDtwBatch: (xs) => xs.map((_, k) => (k === 3 ? Number.POSITIVE_INFINITY : 0)) };
    await expect(runOurCases(poisoned, [benchCase('batchValue', 4, 1, 5)], () => {})).rejects.toThrow(expect.objectContaining({ code: 'NON_FINITE_RESULT' }));
  });

  test('awaits async functions; skips all-cores rows without a pool and pairs longer than maxLength, saying why', async () => {
    const { api, calls } = recordingApi();
    const asyncApi: SoftDtwApi = {
      ...api,
      softDtw: async (x, y, o) => api.softDtw(x, y, o),
      softDtwBatchAllCores: async (xs, ys, o) => api.softDtwBatch(xs, ys, o),
      softDtwBatchValueAndGradAllCores: async (xs, ys, o) => api.softDtwBatchValueAndGrad(xs, ys, o),
      maxLength: 8,
    };
    const results = await runOurCases(asyncApi, [benchCase('value', 8, 1), benchCase('value', 16, 1), benchCase('batchValueAllCores', 4, 1, 3)], () => {});
    expect(results.map((r) => ('skipped' in r ? r.skipped : r.value))).toEqual([firstColumnSum(makeSeries(8, 1, 1)), 'n > 8 is too slow on this backend here', expect.any(Number)]);
    expect(calls.filter((c) => c.fn === 'softDtwBatch')).toHaveLength(4);
    const { api: plain } = recordingApi();
    const [skipped] = await runOurCases(plain, [benchCase('batchValueAndGradAllCores', 4, 1, 3)], () => {});
    expect(skipped).toEqual({ benchCase: expect.anything(), skipped: 'no worker pool: the 1-thread row is the figure' });
  });
});
