import { getBackend, listBackends } from '@softdtw/autodiff';
import { softDtwBatchAsync } from '@softdtw/core';
import { describe, expect, test, vi } from 'vitest';
import { CliRuntimeError } from './CliRuntimeError.js';
import { CliUsageError } from './CliUsageError.js';
import { selectBackend } from './selectBackend.js';

// A GPU entry point without an adapter, whatever the machine has: Dawn keeps the Vulkan driver it
// found first for the whole process, so changing VK_ICD_FILENAMES later cannot take a GPU away.
// (selectBackend.webgpu.test.ts runs the real Dawn, in its own process.)
vi.mock('@softdtw/backend-webgpu/node', () => ({ createNodeGpu: async () => ({ requestAdapter: async () => null }) }));

const x = [0, 1, 2, 3, 2];
const y = [0, 0, 1, 3, 3, 1];

async function exportsRegister(specifier: string, name: string): Promise<boolean> {
  try {
    return typeof ((await import(specifier)) as Record<string, unknown>)[name] === 'function';
  } catch {
    return false;
  }
}

describe('selectBackend', () => {
  test('cpu is always there', async () => {
    expect(await selectBackend('cpu')).toEqual({ name: 'cpu', skipped: [] });
    expect(getBackend().name).toBe('cpu');
  });

  test('an unknown name is a usage error listing the valid ones', async () => {
    await expect(selectBackend('cuda')).rejects.toThrow(CliUsageError);
    await expect(selectBackend('cuda')).rejects.toThrow('--backend: expected one of auto, cpu, wasm, tfjs, webgpu, got "cuda". Example: --backend cpu');
  });

  test('auto keeps a backend that starts and says why it skipped the others', async () => {
    const selected = await selectBackend('auto');
    expect(listBackends().find((b) => b.active)?.name).toBe(selected.name);
    for (const reason of selected.skipped) expect(reason).toMatch(/^(wasm|tfjs|webgpu): \S/);
    const values = await softDtwBatchAsync([x], [y], { gamma: 1 });
    await selectBackend('cpu');
    expect(values[0]).toBeCloseTo((await softDtwBatchAsync([x], [y], { gamma: 1 }))[0]!, 4);
  });

  // The backend packages are optional at run time: each case checks the real package when it
  // exports its register function, and the one-line runtime error when it does not.
  test.each([
    ['wasm', '@softdtw/backend-wasm', 'registerWasmBackend', 1e-10],
    ['tfjs', '@softdtw/backend-tfjs', 'registerTfjsBackend', 1e-4],
  ] as const)('%s: registered lazily, selected by name, same values as cpu', async (name, specifier, register, tolerance) => {
    if (!(await exportsRegister(specifier, register))) {
      await expect(selectBackend(name)).rejects.toThrow(CliRuntimeError);
      return;
    }
    await selectBackend('cpu');
    const reference = (await softDtwBatchAsync([x, y], [y, x], { gamma: 0.5 }))[0]!;
    expect(await selectBackend(name)).toEqual({ name, skipped: [] });
    expect(getBackend().name).toBe(name);
    const value = (await softDtwBatchAsync([x, y], [y, x], { gamma: 0.5 }))[0]!;
    expect(Math.abs(value - reference)).toBeLessThanOrEqual(tolerance * Math.abs(reference));
    expect(await selectBackend(name)).toEqual({ name, skipped: [] }); // idempotent
    await selectBackend('cpu');
  }, 60_000);

  test('webgpu without a usable adapter fails with its reason, never falls back', async () => {
    await selectBackend('cpu');
    const failure = selectBackend('webgpu');
    await expect(failure).rejects.toThrow(CliRuntimeError);
    await expect(failure).rejects.toThrow(/^--backend webgpu: .*no adapter.*Use --backend cpu \(always available\) or --backend auto\.$/);
    expect(getBackend().name).toBe('cpu');
  }, 60_000);
});
