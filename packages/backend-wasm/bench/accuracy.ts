/**
 * Accuracy of the lanes = pairs kernels (not part of `npm test`: n = 4096 needs ~1.6 GB and a few seconds).
 * Run: `npx tsx --conditions=@softdtw/source bench/accuracy.ts`.
 *
 * - float64 vs the cpu reference kernel (libm exp/log): value relative error, gradient max|Δg|/max|g|;
 * - float32 vs float64 (the same kernels), the gradient error growing with n (R reaches ~10⁴ in scaled units
 *   while the soft-min differences that matter are O(1)).
 */
import { instantiateKernels } from '../src/instantiateKernels.js';
import { runSeriesBatch, type SeriesBatchData } from '../src/runSeriesBatch.js';
import { cpuBatch, gradientError, randomBatch, valueError } from '../test/randomBatch.js';

const kernels = await instantiateKernels();
const lines = ['| n = m | pairs | p | f64 vs cpu: value | f64 vs cpu: gradient | f32 vs f64: value | f32 vs f64: gradient |', '|---:|---:|---:|---:|---:|---:|---:|'];
for (const [n, pairs, p] of [[128, 8, 1], [512, 4, 1], [1024, 4, 1], [1024, 4, 3], [4096, 4, 1]] as const) {
  const data: SeriesBatchData = randomBatch(n + p, pairs, p, n, n, 0);
  const settings = { p, gamma: 1, radius: Infinity, gradients: true } as const;
  const f64 = runSeriesBatch(kernels, data, { ...settings, dtype: 'float64' });
  const ref = cpuBatch(data, p, 1, Infinity, true);
  const f32 = runSeriesBatch(kernels, data, { ...settings, dtype: 'float32' });
  const row = [n, pairs, p, valueError(f64.values, ref.values), gradientError(data, p, f64, ref), valueError(f32.values, f64.values), gradientError(data, p, f32, f64)];
  lines.push(`| ${row.map((v, k) => (k < 3 ? String(v) : (v as number).toExponential(1))).join(' | ')} |`);
  process.stderr.write(`${lines[lines.length - 1]}\n`);
}
process.stdout.write(`${lines.join('\n')}\n`);
