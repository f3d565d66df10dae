/**
 * The real-GPU check of issue 3: soft-DTW on the webgpu backend against the wasm backend on the
 * same machine and inputs, ns per DP cell (median of the repeats, end to end through the public
 * API: float64 arrays in, results out). Runs where a GPU is lent (see README.md beside this file):
 * bundled with esbuild into one .mjs so that the GPU machine needs only a Node binary, the
 * `webgpu` package's Dawn binary and a Vulkan loader.
 *
 *   node gpuVsWasm.mjs [--quick] [--webgpu-only] [--check]   a markdown table; JSON to $OUT if set
 *   (--check first compares webgpu's float32 values and gradients with wasm float64)
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { listBackends, setBackend } from '@softdtw/autodiff';
import { softDtwBatch, softDtwBatchAsync, softDtwBatchValueAndGrad, softDtwBatchValueAndGradAsync } from '@softdtw/core';
import { registerWasmBackend } from '@softdtw/backend-wasm';
import { registerWebGpuBackend } from '@softdtw/backend-webgpu';
import { createNodeGpu } from '@softdtw/backend-webgpu/node';

const quick = process.argv.includes('--quick');
const repeats = quick ? 2 : 3;

let state = 12345;
const uniform = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296) - 0.5;
function walk(length: number): number[] {
  const out: number[] = [];
  let v = 0;
  for (let i = 0; i < length; i++) out.push((v += 0.3 * uniform()));
  return out;
}

interface Case {
  readonly label: string;
  readonly pairs: number;
  readonly n: number;
}
const cases: Case[] = [
  { label: 'single n=256', pairs: 1, n: 256 },
  { label: 'single n=1024', pairs: 1, n: 1024 },
  { label: 'single n=4096', pairs: 1, n: 4096 },
  { label: 'batch 1024×128', pairs: 1024, n: 128 },
  ...(quick ? [] : [{ label: 'batch 8192×256', pairs: 8192, n: 256 }]),
];

async function time(run: () => unknown): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

type Runner = (xs: number[][], ys: number[][], grad: boolean) => unknown;
const allTargets: Array<{ label: string; backend: string; run: Runner }> = [
  { label: 'webgpu f32', backend: 'webgpu', run: (xs, ys, grad) => (grad ? softDtwBatchValueAndGradAsync(xs, ys) : softDtwBatchAsync(xs, ys)) },
  { label: 'wasm f64, 1 thread', backend: 'wasm', run: (xs, ys, grad) => (grad ? softDtwBatchValueAndGrad(xs, ys) : softDtwBatch(xs, ys)) },
  {
    label: 'wasm f32, 1 thread',
    backend: 'wasm',
    run: (xs, ys, grad) => (grad ? softDtwBatchValueAndGrad(xs, ys, { dtype: 'float32' }) : softDtwBatch(xs, ys, { dtype: 'float32' })),
  },
  {
    label: 'wasm f32, all cores',
    backend: 'wasm',
    run: (xs, ys, grad) => (grad ? softDtwBatchValueAndGradAsync(xs, ys, { dtype: 'float32' }) : softDtwBatchAsync(xs, ys, { dtype: 'float32' })),
  },
];

// --webgpu-only: time the GPU alone (the wasm figures of an earlier run on the same machine stand).
const targets = process.argv.includes('--webgpu-only') ? allTargets.filter((t) => t.backend === 'webgpu') : allTargets;
const gpu = await createNodeGpu();
const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
const info =
  adapter === null
    ? 'none'
    : JSON.stringify({ vendor: adapter.info.vendor, architecture: adapter.info.architecture, device: adapter.info.device, description: adapter.info.description });
console.log(`adapter: ${info}`);
registerWebGpuBackend({ gpu });
registerWasmBackend();
const rows: Array<Record<string, number | string>> = [];
// --check: webgpu (float32) against wasm float64 on the same inputs — values and gradients (γ = 1 and 0.1).
const checks: Array<Record<string, number | string>> = [];
if (process.argv.includes('--check')) {
  for (const [pairs, n] of [[256, 128], [4, 1024], [1, 4096]] as const) {
    const xs = Array.from({ length: pairs }, () => walk(n));
    const ys = Array.from({ length: pairs }, () => walk(n - 5));
    for (const gamma of [1, 0.1]) {
      await setBackend('webgpu');
      const gpuResult = await softDtwBatchValueAndGradAsync(xs, ys, { gamma });
      await setBackend('wasm');
      const ref = softDtwBatchValueAndGrad(xs, ys, { gamma });
      let value = 0;
      let gradient = 0;
      for (let k = 0; k < pairs; k++) {
        value = Math.max(value, Math.abs(gpuResult.values[k]! - ref.values[k]!) / Math.max(1, Math.abs(ref.values[k]!)));
        const g = gpuResult.gradX[k] as number[];
        const r = ref.gradX[k] as number[];
        const scale = Math.max(...r.map(Math.abs));
        gradient = Math.max(gradient, Math.max(...g.map((v, i) => Math.abs(v - r[i]!))) / scale);
      }
      const row = { case: `${pairs}×${n} γ=${gamma}`, valueRelError: value, gradientNormwiseError: gradient };
      checks.push(row);
      console.log(JSON.stringify(row));
    }
  }
}
for (const c of cases) {
  const xs = Array.from({ length: c.pairs }, () => walk(c.n));
  const ys = Array.from({ length: c.pairs }, () => walk(c.n));
  const cells = c.pairs * c.n * c.n;
  for (const grad of [false, true]) {
    const row: Record<string, number | string> = { case: `${c.label} ${grad ? 'value+grad' : 'value'}` };
    for (const target of targets) {
      try {
        await setBackend(target.backend);
        const ms = await time(() => target.run(xs, ys, grad));
        row[target.label] = (ms * 1e6) / cells;
      } catch (error) {
        row[target.label] = `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      }
    }
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}
const columns = targets.map((t) => t.label);
const format = (v: number | string | undefined): string => (typeof v === 'number' ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3)) : String(v));
const table = [`| case (ns per DP cell, median of ${repeats}) | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---:|').join('')}`, ...rows.map((r) => `| ${r['case']} | ${columns.map((c) => format(r[c])).join(' | ')} |`)].join('\n');
console.log(`\nadapter ${info}; ${listBackends().map((b) => `${b.name}:${b.status}`).join(', ')}\n\n${table}`);
const out = process.env['OUT'];
if (out !== undefined) writeFileSync(`${out}/gpuVsWasm.json`, JSON.stringify({ adapter: info, repeats, rows, checks }, null, 2));
process.exit(0);
