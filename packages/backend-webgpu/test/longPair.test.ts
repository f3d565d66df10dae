/**
 * No length cap: one pair of n = m = 3000 (pytorch-softdtw-cuda stops at 1024), value and
 * gradients against core's float64 cpu kernel. 24 × 24 tiles of 128, 47 dispatches each way.
 */
import { createRng } from '@softdtw/autodiff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebGpuBackend } from '../src/WebGpuBackend.js';
import { compareWithCpu, packPairs } from './compareWithCpu.js';
import { FLOAT32_TOLERANCE } from './float32Tolerances.js';
import { logSkip, probeNodeGpu } from './probeNodeGpu.js';

const probe = await probeNodeGpu();
logSkip('longPair.test.ts', probe);

describe.skipIf(probe.gpu === undefined)('a 3000 × 3000 pair on WebGPU', () => {
  let backend: WebGpuBackend;
  beforeAll(async () => {
    backend = await WebGpuBackend.create({ gpu: probe.gpu as GPU });
  });
  afterAll(() => backend?.dispose());

  it('matches the cpu kernel: value and gradients with respect to x and y', async () => {
    const rng = createRng(3000);
    const walk = (rows: number): Float64Array => {
      const out = new Float64Array(rows);
      let v = 0;
      for (let i = 0; i < rows; i++) out[i] = v += 0.2 * (rng.nextFloat() - 0.5); // uniform steps: large |R|, a hard case for float32
      return out;
    };
    const inputs = packPairs([[walk(3000), walk(3000)]], 1);
    const errors = await compareWithCpu(backend, inputs, { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float32' });
    console.info(`[@softdtw/backend-webgpu] n = m = 3000: value error ${errors.value.toExponential(2)}, gradX ${errors.gradX.toExponential(2)}, gradY ${errors.gradY.toExponential(2)}`);
    expect(errors.value).toBeLessThan(FLOAT32_TOLERANCE.longValue);
    expect(errors.gradX).toBeLessThan(FLOAT32_TOLERANCE.longGradient);
    expect(errors.gradY).toBeLessThan(FLOAT32_TOLERANCE.longGradient);
    // The last rows depend on tiles far from the first: a broken edge hand-off would show here.
    expect(errors.gpu.gradX?.[2999]).toBeCloseTo(errors.cpu.gradX?.[2999] as number, 2);
    expect(errors.gpu.gradY?.[0]).toBeCloseTo(errors.cpu.gradY?.[0] as number, 2);
  });
});
