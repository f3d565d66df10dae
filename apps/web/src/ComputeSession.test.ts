import { getBackend, setBackend } from '@softdtw/autodiff';
import { softDtw } from '@softdtw/core';
import { bundledDataset } from '@softdtw/datasets/node';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComputeSession, type SessionHost } from './ComputeSession.js';

const require = createRequire(import.meta.url);
const dataDirectory = join(dirname(require.resolve('@softdtw/datasets/package.json')), 'data');

const host: SessionHost = {
  registerBackends: async () => [{ packageName: '@softdtw/backend-none', backend: 'none', reason: 'not in this test' }],
  fetchBundled: async (name) => readFileSync(join(dataDirectory, name, `${name}_TRAIN.tsv`), 'utf8'),
};

describe('ComputeSession', () => {
  const session = new ComputeSession(host);

  beforeAll(async () => {
    await session.init('cpu');
  });
  afterAll(async () => {
    await setBackend('cpu');
  });

  it('reports the backends, the packages that failed, and the active one', async () => {
    const state = await session.init('cpu');
    expect(state.active).toBe('cpu');
    expect(state.error).toBeNull();
    expect(state.backends.find((row) => row.name === 'cpu')).toMatchObject({ available: true, priority: 1 });
    expect(state.failedPackages).toEqual([{ packageName: '@softdtw/backend-none', backend: 'none', reason: 'not in this test' }]);
  });

  it('does not fall back when a named backend is missing, and fails compute requests with the reason', async () => {
    await session.loadDataset({ kind: 'bundled', name: 'GunPoint' });
    const state = await session.setBackend('no-such-backend');
    expect(state.active).toBeNull();
    expect(state.requested).toBe('no-such-backend');
    expect(state.error?.code).toBe('E_BACKEND_NOT_FOUND');
    expect(state.error?.message).toContain("'no-such-backend'");
    await expect(session.alignment({ i: 0, j: 1, gamma: 1 })).rejects.toMatchObject({ code: 'E_NO_BACKEND' });
    const auto = await session.setBackend('auto');
    expect(auto.active).toBe(getBackend().name);
    expect(auto.error).toBeNull();
    await session.setBackend('cpu');
  });

  it('loads a bundled dataset as @softdtw/datasets reads it', async () => {
    const summary = await session.loadDataset({ kind: 'bundled', name: 'GunPoint' });
    const reference = bundledDataset('GunPoint', { split: 'train' }).train;
    expect(summary.name).toBe('GunPoint (train)');
    expect(summary.series).toEqual(reference.series);
    expect(summary.classes).toEqual(['2', '1']);
    expect([summary.minLength, summary.maxLength]).toEqual([150, 150]);
  });

  it('reports a malformed dropped file with its name, line and column, and keeps the previous dataset', async () => {
    await session.loadDataset({ kind: 'bundled', name: 'GunPoint' });
    await expect(session.loadDataset({ kind: 'text', fileName: 'bad.tsv', text: '1\t0.5\t0.25\n2\t0.5\tabc\n' })).rejects.toMatchObject({
      code: 'E_UCR_PARSE',
      message: expect.stringMatching(/bad\.tsv, line 2, column 3/),
    });
    const result = await session.alignment({ i: 0, j: 1, gamma: 1 });
    expect(result.n).toBe(150);
  });

  it('computes the value, E and the DTW path of a pair, equal to @softdtw/core', async () => {
    await session.loadDataset({ kind: 'text', fileName: 'tiny.tsv', text: '1\t0\t1\t2\t1\n2\t0\t2\t1\n1\t1\t1\t0\t0\n' });
    const result = await session.alignment({ i: 0, j: 1, gamma: 0.5 });
    const reference = softDtw([0, 1, 2, 1], [0, 2, 1], { gamma: 0.5 });
    expect(result.value).toBe(reference);
    expect(result.cpuValue).toBeCloseTo(reference, 12);
    expect([result.n, result.m, result.backend, result.dtype]).toEqual([4, 3, 'cpu', 'float64']);
    expect(result.alignment).toHaveLength(12);
    expect(result.alignment[0]).toBeCloseTo(1, 12);
    expect(result.alignment[11]).toBeCloseTo(1, 12);
    expect(result.path[0]).toEqual([0, 0]);
    expect(result.path.at(-1)).toEqual([3, 2]);
    await expect(session.alignment({ i: 0, j: 9, gamma: 1 })).rejects.toMatchObject({ code: 'E_BAD_INDEX' });
  });

  it('computes soft-DTW and DBA barycenters of a class', async () => {
    await session.loadDataset({ kind: 'bundled', name: 'GunPoint' });
    const result = await session.barycenters({ label: '1', gamma: 1, maxIter: 5 });
    expect(result.members).toHaveLength(24);
    expect(result.softDtw).toHaveLength(150);
    expect(result.dba).toHaveLength(150);
    expect(result.softDtwDtwLoss).toBeGreaterThan(0);
    expect(result.dbaDtwLoss).toBeGreaterThan(0);
    await expect(session.barycenters({ label: 'nope', gamma: 1, maxIter: 5 })).rejects.toMatchObject({ code: 'E_NO_SUCH_CLASS' });
  });

  it('clusters with k-means and scores the clusters against the labels', async () => {
    await session.loadDataset({ kind: 'bundled', name: 'ECG200' });
    const result = await session.kmeans({ k: 2, metric: 'euclidean', gamma: 1, seed: 0, maxIter: 10 });
    expect(result.labels).toHaveLength(100);
    expect(new Set(result.labels)).toEqual(new Set([0, 1]));
    expect(result.centroids).toHaveLength(2);
    expect(Number.isFinite(result.ari)).toBe(true);
  });

  it('trains a forecaster, exports it to ONNX and runs it with onnxruntime-web', async () => {
    await session.loadDataset({ kind: 'bundled', name: 'ECG200' });
    const result = await session.forecast({ inputFraction: 0.6, hidden: 8, epochs: 3, loss: 'softdtw', gamma: 1, seed: 0, indices: [0, 5] });
    expect([result.inputLength, result.outputLength]).toEqual([58, 38]);
    expect(result.onnx).toHaveLength(2);
    expect(result.onnx[0]).toHaveLength(38);
    expect(result.maxAbsDiff).toBeLessThan(1e-4);
    expect(result.onnxBytes).toBeGreaterThan(0);
  });
});
