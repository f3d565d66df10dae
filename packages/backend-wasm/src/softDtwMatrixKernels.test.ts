import { setBackend, Tensor, type Backend } from '@softdtw/autodiff';
import { NonFiniteValueError, softDtwGradKernel, softDtwKernel, softDtwWithResidualsKernel, type SoftDtwAttrs } from '@softdtw/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { lcg } from '../test/randomBatch.js';
import { registerWasmBackend } from './registerWasmBackend.js';
import { wasmSoftDtwGradKernel, wasmSoftDtwKernel, wasmSoftDtwWithResidualsKernel } from './softDtwMatrixKernels.js';
import type { WasmBackend } from './WasmBackend.js';

registerWasmBackend({ threads: 1 });
let backend: WasmBackend;
beforeAll(async () => {
  backend = (await setBackend('wasm')) as WasmBackend;
});

function randomD(seed: number, shape: number[]): Tensor {
  const rnd = lcg(seed);
  const size = shape.reduce((a, b) => a * b, 1);
  return new Tensor(Float64Array.from({ length: size }, () => 3 * (rnd() + 0.5)), shape);
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let k = 0; k < a.length; k++) worst = Math.max(worst, Math.abs(a[k] - b[k]));
  return worst;
}

function both(D: Tensor, attrs: SoftDtwAttrs): { wasm: [Tensor, Tensor]; cpu: [Tensor, Tensor] } {
  const cpuBackend = { name: 'cpu', capabilities: { float64: true, syncRead: true } } as Backend;
  const w = wasmSoftDtwWithResidualsKernel(backend, { D }, attrs);
  const c = softDtwWithResidualsKernel(cpuBackend, { D }, attrs);
  return {
    wasm: [w.value, wasmSoftDtwGradKernel(backend, { residuals: w.residuals, shape: D.shape }, attrs)],
    cpu: [c.value, softDtwGradKernel(cpuBackend, { residuals: c.residuals, shape: D.shape }, attrs)],
  };
}

describe('D-level kernels (SoftDtw, SoftDtwWithResiduals, SoftDtwGrad) against cpu', () => {
  test.each([
    [{ gamma: 1 }, [7, 9]],
    [{ gamma: 0.01, band: 2 }, [8, 9]],
    [{ gamma: 10, lengthsX: [5, 7, 3], lengthsY: [6, 7, 2] }, [3, 7, 7]],
    [{ gamma: 0.3, band: 1, lengthsX: [4, 6, 6, 2, 5], lengthsY: [5, 6, 5, 3, 4] }, [5, 6, 6]],
  ] as const)('%j on D %j: values and E', (attrs, shape) => {
    const D = randomD(shape.length * 7 + shape[0], [...shape]);
    const { wasm, cpu } = both(D, attrs as SoftDtwAttrs);
    expect(wasm[0].shape).toEqual(cpu[0].shape);
    expect(maxAbsDiff(wasm[0].data, cpu[0].data) / Math.max(...Array.from(cpu[0].data, Math.abs))).toBeLessThan(1e-13);
    expect(wasm[1].shape).toEqual(D.shape);
    expect(maxAbsDiff(wasm[1].data, cpu[1].data)).toBeLessThan(1e-12); // E entries lie in [0, 1]
    expect(maxAbsDiff(wasmSoftDtwKernel(backend, { D }, attrs as SoftDtwAttrs).data, cpu[0].data)).toBeLessThan(1e-10);
  });

  test('γ = 0 and float32 D: the cpu semantics (exact path, dtype kept)', () => {
    const D = randomD(3, [2, 4, 5]);
    const { wasm, cpu } = both(D, { gamma: 0 });
    expect(wasm[0].data).toEqual(cpu[0].data);
    expect(wasm[1].data).toEqual(cpu[1].data);
    const D32 = new Tensor(Float32Array.from(D.data), D.shape);
    expect(wasmSoftDtwKernel(backend, { D: D32 }, { gamma: 1 }).dtype).toBe('float32');
  });

  test('bad input throws the cpu kernel’s typed error', () => {
    const D = new Tensor(Float64Array.of(0, NaN, 1, 2), [2, 2]);
    expect(() => wasmSoftDtwKernel(backend, { D }, { gamma: 1 })).toThrow(NonFiniteValueError);
    expect(() => wasmSoftDtwKernel(backend, { D: randomD(1, [2, 2]) }, { gamma: -1 })).toThrow(
      expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }) as Error,
    );
    const cpu = { name: 'cpu', capabilities: { float64: true, syncRead: true } } as Backend;
    expect(() => softDtwKernel(cpu, { D }, { gamma: 1 })).toThrow(NonFiniteValueError);
  });
});
