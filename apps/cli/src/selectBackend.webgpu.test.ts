/**
 * `--backend webgpu` for real, in its own file (Dawn is created once per process, with the Vulkan
 * driver of that moment). Runs on a GPU machine, or on CPU through Chromium's SwiftShader Vulkan
 * driver; skipped, saying why, where neither exists.
 */
import { existsSync } from 'node:fs';
import { getBackend } from '@softdtw/autodiff';
import { softDtwBatch, softDtwBatchAsync } from '@softdtw/core';
import { expect, test } from 'vitest';
import { selectBackend } from './selectBackend.js';

const SWIFTSHADER = '/usr/lib/chromium/vk_swiftshader_icd.json';
const hasGpu = existsSync('/dev/nvidia0') || existsSync('/dev/dri');
const icdSet = (process.env['VK_ICD_FILENAMES'] ?? '') !== '';
const runnable = hasGpu || icdSet || existsSync(SWIFTSHADER);
if (!runnable) console.log(`selectBackend.webgpu.test: skipped: no GPU device, VK_ICD_FILENAMES unset and no ${SWIFTSHADER}`);

test.skipIf(!runnable)('webgpu: selected by name, its batch values match cpu within float32 tolerance', async () => {
  if (!hasGpu && !icdSet) process.env['VK_ICD_FILENAMES'] = SWIFTSHADER;
  const xs = [[0, 1, 2, 3, 2, 1], [1, 1, 2, 5]];
  const ys = [[0, 0, 1, 3, 3, 1, 0], [1, 2, 4, 4, 5]];
  const reference = softDtwBatch(xs, ys, { gamma: 0.5 });
  expect(await selectBackend('webgpu')).toEqual({ name: 'webgpu', skipped: [] });
  expect(getBackend().name).toBe('webgpu');
  const values = await softDtwBatchAsync(xs, ys, { gamma: 0.5 });
  values.forEach((v, k) => expect(Math.abs(v - reference[k]!)).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(reference[k]!))));
  await selectBackend('cpu');
}, 120_000);
