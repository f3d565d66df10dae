import { getKernel, hasKernel, listBackends, ready, setBackend } from '@softdtw/autodiff';
import { InvalidArgumentError, softDtw, softDtwBatchValueAndGradAsync, softDtwValueAndGrad } from '@softdtw/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTfjsBackend } from '../test/useTfjsBackend.js';
import { registerTfjsBackend, startTfjsBackend, tfjsLoader, tfjsSupport } from './registerTfjsBackend.js';
import { tfjsSeriesBatchAsyncKernel, tfjsSeriesBatchKernel } from './seriesBatchKernels.js';
import type { TfjsModule } from './TfjsModule.js';
import { TFJS_BACKEND_NAME, TFJS_BACKEND_PRIORITY, type TfjsSoftDtwBackend } from './TfjsSoftDtwBackend.js';

let tf: TfjsModule;

beforeAll(async () => {
  tf = await useTfjsBackend('cpu');
  registerTfjsBackend(); // default loader: import('@tensorflow/tfjs-core'), the same engine
});

afterAll(async () => {
  await setBackend('cpu');
});

/** A tfjs namespace with no tfjs backend registered (only what tfjsSupport/startTfjsBackend read). */
const bareTfjs = { engine: () => ({ registryFactory: {} }) } as unknown as TfjsModule;

describe('registerTfjsBackend', () => {
  it("registers 'tfjs' at priority 2 with its five kernels, and a second call is a no-op", () => {
    registerTfjsBackend({ tf: bareTfjs });
    const rows = listBackends().filter((row) => row.name === TFJS_BACKEND_NAME);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.priority).toBe(TFJS_BACKEND_PRIORITY);
    expect(rows[0]!.supported).toBe(true);
    for (const kernel of ['SoftDtwSeriesBatch', 'SoftDtwSeriesBatchAsync', 'SoftDtw', 'SoftDtwWithResiduals', 'SoftDtwGrad']) {
      expect(hasKernel(kernel, TFJS_BACKEND_NAME)).toBe(true);
    }
    expect(getKernel('SoftDtwSeriesBatch', TFJS_BACKEND_NAME)).toBe(tfjsSeriesBatchKernel);
    expect(getKernel('SoftDtwSeriesBatchAsync', TFJS_BACKEND_NAME)).toBe(tfjsSeriesBatchAsyncKernel);
  });

  it("is what ready() picks over cpu, says which tfjs backend it runs on, and serves core's functions", async () => {
    const backend = (await ready()) as TfjsSoftDtwBackend;
    expect(backend.name).toBe('tfjs');
    expect(backend.tfjsBackend).toBe('cpu');
    expect(backend.capabilities).toEqual({ float64: false, syncRead: true });
    const value = softDtw([0, 1, 2], [0, 2], { gamma: 0 });
    expect(value).toBe(1);
    const smooth = softDtwValueAndGrad([0, 1, 2], [0, 2], { gamma: 1 });
    expect(Math.fround(smooth.value)).toBe(smooth.value); // computed in float32
    const batch = await softDtwBatchValueAndGradAsync([[0, 1, 3]], [[0, 2]], { gamma: 0.1 });
    expect(batch.values[0]).toBeCloseTo(softDtwValueAndGrad([0, 1, 3], [0, 2], { gamma: 0.1 }).value, 5);
    await setBackend('cpu');
    expect(Math.fround(softDtwValueAndGrad([0, 1, 2], [0, 2], { gamma: 1 }).value)).not.toBe(softDtwValueAndGrad([0, 1, 2], [0, 2], { gamma: 1 }).value);
  });

  it('reports why it cannot start: tfjs-core fails to load, or no tfjs backend is registered', async () => {
    const failing = tfjsLoader(() => Promise.reject(new Error("Cannot find package '@tensorflow/tfjs-core'")));
    expect(failing.known()).toBe(true); // not tried yet
    await expect(startTfjsBackend(failing)).rejects.toThrow(/cannot load @tensorflow\/tfjs-core: Cannot find package/);
    expect(failing.known()).toMatch(/npm i @tensorflow\/tfjs-core/);
    expect(tfjsSupport(bareTfjs)).toMatch(/no tfjs backend is registered/);
    await expect(startTfjsBackend(tfjsLoader(bareTfjs))).rejects.toThrow(/import '@tensorflow\/tfjs-backend-cpu'/);
    expect(tfjsSupport(tf)).toBe(true);
  });

  it('takes chunkCells, and rejects one that is not a positive integer', async () => {
    expect(() => registerTfjsBackend({ chunkCells: 0 })).toThrow(InvalidArgumentError);
    expect(() => registerTfjsBackend({ chunkCells: 2.5 })).toThrow(/positive integer/);
    await expect(startTfjsBackend(tfjsLoader(tf), 16)).resolves.toMatchObject({ chunkCells: 16, tfjsBackend: 'cpu' });
  });
});
