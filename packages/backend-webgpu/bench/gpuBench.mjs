#!/usr/bin/env node
// Soft-DTW on WebGPU: ns per DP cell for a batch of 1024 pairs of 128 × 128 and single pairs of
// n = m ∈ {256, 1024, 4096}, value and value + gradient, p = 1, γ = 1 (median of the repeats,
// end to end: float64 → float32 upload, dispatches, readback).
//
//   npm run build -w @softdtw/backend-webgpu   (builds the package and the packages it imports)
//   node packages/backend-webgpu/bench/gpuBench.mjs [--quick] [--cpu] [--tile 128] [--rows 1] [--repeats 5]
//
// --quick: fewer pairs/lengths and one repeat (a smoke run on SwiftShader); --cpu: also time
// @softdtw/core's float64 cpu kernel on the same inputs. Needs only the `webgpu` package (Dawn).
// On a machine without a GPU driver: VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json.
import { performance } from 'node:perf_hooks';
import { getBackend } from '@softdtw/autodiff';
import { softDtwSeriesBatchKernel } from '@softdtw/core';
import { WebGpuBackend } from '../dist/index.js';
import { createNodeGpu } from '../dist/node.js';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? Number(args[at + 1]) : fallback;
};
const quick = flag('--quick');
const withCpu = flag('--cpu');
const repeats = option('--repeats', quick ? 1 : 5);
const tile = option('--tile', undefined);
const rows = option('--rows', undefined);

// Deterministic random walks (a 32-bit LCG: no dependency).
let seed = 12345;
const uniform = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296) - 0.5;
const walk = (length) => {
  const out = new Float64Array(length);
  let v = 0;
  for (let i = 0; i < length; i++) out[i] = v += 0.3 * uniform();
  return out;
};

function batchInputs(pairs, n) {
  const x = new Float64Array(pairs * n);
  const y = new Float64Array(pairs * n);
  for (let k = 0; k < pairs; k++) {
    x.set(walk(n), k * n);
    y.set(walk(n), k * n);
  }
  const starts = Int32Array.from({ length: pairs }, (_, k) => k * n);
  const lengths = new Int32Array(pairs).fill(n);
  return { x, y, xStart: starts, yStart: starts, lengthsX: lengths, lengthsY: lengths };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function time(run, count) {
  await run(); // warm-up: pipelines, buffer growth
  const times = [];
  for (let r = 0; r < count; r++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const options = { gpu: await createNodeGpu() };
if (tile !== undefined) options.tile = tile;
if (rows !== undefined) options.rowsPerInvocation = rows;
const backend = await WebGpuBackend.create(options);
console.log(`adapter: ${backend.adapterDescription}; tile ${backend.tile}; repeats ${repeats}${quick ? ' (--quick)' : ''}`);

const cases = quick
  ? [{ name: 'batch 64 × 128', pairs: 64, n: 128 }, { name: 'single n = 256', pairs: 1, n: 256 }, { name: 'single n = 1024', pairs: 1, n: 1024 }]
  : [{ name: 'batch 1024 × 128', pairs: 1024, n: 128 }, { name: 'single n = 256', pairs: 1, n: 256 }, { name: 'single n = 1024', pairs: 1, n: 1024 }, { name: 'single n = 4096', pairs: 1, n: 4096 }];

const header = ['case', 'mode', 'webgpu ms', 'webgpu ns/cell', ...(withCpu ? ['cpu ns/cell', 'cpu / webgpu'] : [])];
const rowsOut = [header];
for (const c of cases) {
  const inputs = batchInputs(c.pairs, c.n);
  const cells = c.pairs * c.n * c.n;
  for (const gradients of [false, true]) {
    const attrs = { p: 1, gamma: 1, radius: Infinity, gradients, dtype: 'float32' };
    const ms = await time(() => backend.runSeriesBatch(inputs, attrs), repeats);
    const row = [c.name, gradients ? 'value+grad' : 'value', ms.toFixed(1), ((ms * 1e6) / cells).toFixed(2)];
    if (withCpu) {
      const cpuMs = await time(async () => softDtwSeriesBatchKernel(getBackend(), inputs, { ...attrs, dtype: 'float64' }), Math.min(repeats, 3));
      row.push(((cpuMs * 1e6) / cells).toFixed(2), (cpuMs / ms).toFixed(2));
    }
    rowsOut.push(row);
    console.error(`  done: ${row.join(' | ')}`);
  }
}
backend.dispose();
const widths = header.map((_, i) => Math.max(...rowsOut.map((r) => String(r[i]).length)));
for (const [index, row] of rowsOut.entries()) {
  console.log(`| ${row.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`);
  if (index === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
}
