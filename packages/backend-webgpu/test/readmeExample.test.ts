/**
 * The README's quick start, run as written (imports by package name), with the numbers the
 * README prints.
 */
import { setBackend } from '@softdtw/autodiff';
import { softDtwBatchValueAndGradAsync } from '@softdtw/core';
import { registerWebGpuBackend } from '@softdtw/backend-webgpu';
import { createNodeGpu } from '@softdtw/backend-webgpu/node';
import { describe, expect, it } from 'vitest';
import { logSkip, probeNodeGpu } from './probeNodeGpu.js';

const probe = await probeNodeGpu();
logSkip('readmeExample.test.ts', probe);

describe.skipIf(probe.gpu === undefined)('README quick start', () => {
  it('prints the values and gradient shown in the README', async () => {
    const printed: string[][] = [];
    const log = (line: string[]): void => void printed.push(line);
    // --- README snippet (console.log → log) ---
    registerWebGpuBackend({ gpu: await createNodeGpu() });
    const backend = await setBackend('webgpu'); // rejects with the reason if no adapter
    const { values, gradX } = await softDtwBatchValueAndGradAsync(
      [[0, 1, 2, 3], [3, 1, 4, 1, 5]],
      [[0, 2, 3], [2, 7, 1, 8]],
      { gamma: 1 },
    );
    log(Array.from(values, (v) => v.toFixed(3))); // [ '-0.548', '19.982' ]
    log(gradX[0].map((g) => g.toFixed(3))); // [ '-0.033', '-0.168', '-0.565', '0.379' ]
    // --- end of snippet ---
    expect(backend.name).toBe('webgpu');
    backend.dispose?.();
    expect(printed).toEqual([
      ['-0.548', '19.982'],
      ['-0.033', '-0.168', '-0.565', '0.379'],
    ]);
  });
});
