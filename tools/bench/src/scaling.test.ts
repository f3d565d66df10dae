import { describe, expect, test } from 'vitest';
import type { ParallelismProbe, ProbeKind } from './parallelismProbe.js';
import { startWasmKernelProbe } from './parallelismProbe.js';
import type { SoftDtwApi } from './runOurCases.js';
import { measureScaling } from './scaling.js';

/** An api whose calls advance a fake clock: 1-thread batches take `one` ms, all-cores ones `all` ms. */
function fakeApi(one: number, all: number, log: string[], clock: { now: number }, bad = false): SoftDtwApi {
  const values = (xs: unknown[]): number[] => xs.map(() => (bad ? Number.NaN : 1));
  const step = (name: string, ms: number, xs: unknown[]) => {
    log.push(name);
    clock.now += ms;
    return values(xs);
  };
  return {
    softDtw: () => 0,
    softDtwValueAndGrad: () => ({ value: 0 }),
    softDtwBatch: (xs) => step('one', one, xs),
    softDtwBatchValueAndGrad: (xs) => ({ values: step('one+grad', 2 * one, xs) }),
    softDtwBatchAllCores: async (xs) => step('all', all, xs),
    softDtwBatchValueAndGradAllCores: async (xs) => ({ values: step('all+grad', 2 * all, xs) }),
  };
}

function fakeProbe(speedups: number[], log: string[], kinds: ProbeKind[] = []): ParallelismProbe {
  let k = 0;
  return {
    threads: 2,
    measure: async (kind) => (log.push('probe'), kinds.push(kind), speedups[k++ % speedups.length]!),
    dispose: () => undefined,
  };
}

describe('measureScaling', () => {
  test('alternates 1-thread, all-cores and probe each round; medians of per-round ratios', async () => {
    const log: string[] = [];
    const clock = { now: 0 };
    const kinds: ProbeKind[] = [];
    const rows = await measureScaling(fakeApi(100, 60, log, clock), { id: 'wasm', label: 'wasm f64' }, fakeProbe([1.9, 1.5, 1.8], log, kinds), 3, () => {}, () => clock.now);
    expect(kinds).toEqual(['value', 'value', 'value', 'value+grad', 'value+grad', 'value+grad']);
    expect(log.slice(0, 8)).toEqual(['one', 'all', 'one', 'all', 'probe', 'one', 'all', 'probe']);
    expect(log.filter((name) => name === 'probe')).toHaveLength(6);
    expect(rows.map((row) => row.kind)).toEqual(['value', 'value+grad']);
    expect(rows[0]).toMatchObject({ target: 'wasm', threads: 2, oneThreadMs: 100, allCoresMs: 60, machineSpeedup: 1.8 });
    expect(rows[0]!.speedup).toBeCloseTo(100 / 60, 12);
    expect(rows[1]).toMatchObject({ oneThreadMs: 200, allCoresMs: 120 });
    expect(rows[0]!.rounds).toHaveLength(3);
  });

  test('backends without a pool give no rows; non-finite values are an error', async () => {
    const clock = { now: 0 };
    const { softDtwBatchAllCores: _a, softDtwBatchValueAndGradAllCores: _b, ...noPool } = fakeApi(1, 1, [], clock);
    expect(await measureScaling(noPool, { id: 'cpu', label: 'cpu' }, fakeProbe([1], []), 3, () => {})).toEqual([]);
    await expect(measureScaling(fakeApi(1, 1, [], clock, true), { id: 'w', label: 'w' }, fakeProbe([1], []), 1, () => {})).rejects.toThrow(/finite/);
  });

  test('the wasm kernel probe compares 2 independent workers with one, within sane bounds', async () => {
    const probe = await startWasmKernelProbe('float32', 2);
    try {
      expect(probe.threads).toBe(2);
      for (const kind of ['value', 'value+grad'] as const) {
        const speedup = await probe.measure(kind);
        expect(speedup).toBeGreaterThan(0.3);
        expect(speedup).toBeLessThan(3);
      }
    } finally {
      probe.dispose();
    }
  }, 60_000);
});

