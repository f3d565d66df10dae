import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dtw, softDtw, softDtwDivergence } from '@softdtw/core';
import { describe, expect, test } from 'vitest';
import { readSeriesInput } from '../src/input/readSeriesInput.js';
import { decodePng, inkFraction } from './decodePng.js';
import { runInProcess } from './runInProcess.js';

const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);
const tiny = fixture('tiny.tsv');
const out = mkdtempSync(join(tmpdir(), 'softdtw-cli-'));

function expectPlot(path: string): void {
  const png = decodePng(new Uint8Array(readFileSync(path)));
  expect(png.width).toBeGreaterThan(200);
  expect(png.height).toBeGreaterThan(100);
  expect(inkFraction(png)).toBeGreaterThan(0.02);
}

describe('distance', () => {
  test('pairs by index: the numbers are core’s, with gradients, alignments and a heatmap PNG', async () => {
    const plot = join(out, 'alignment.png');
    const { code, stdout, stderr } = await runInProcess('distance', tiny, fixture('tiny.json'), '--gamma', '0.5', '--gradient', '--alignment', '--plot', plot, '--json');
    expect(stderr).toBe(`wrote ${plot}\n`);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { pairs: Array<{ x: number; y: number; softDtw: number; dtw: number; divergence: number; gradX: number[]; alignment: number[][]; path: number[][] }> };
    const xs = readSeriesInput(tiny).series as number[][];
    expect(result.pairs).toHaveLength(8);
    for (const pair of result.pairs) {
      expect(pair.y).toBe(pair.x);
      const x = xs[pair.x]!;
      expect(pair.softDtw).toBe(softDtw(x, x, { gamma: 0.5 }));
      expect(pair.dtw).toBe(dtw(x, x).value);
      expect(pair.divergence).toBeCloseTo(softDtwDivergence(x, x, { gamma: 0.5 }), 12);
      expect(pair.gradX).toHaveLength(16);
      expect(pair.alignment).toHaveLength(16);
      expect(pair.path[0]).toEqual([0, 0]);
    }
    expectPlot(plot);
  });

  test('one series against many, as a terminal table', async () => {
    const { code, stdout } = await runInProcess('distance', '0,1,1,0', tiny, '--gamma', '0');
    expect(code).toBe(0);
    expect(stdout).toMatch(/soft-DTW \(γ = 0\) of 8 pair\(s\), X = inline/);
    expect(stdout.split('\n').filter((line) => /^\s+0\s+\d\s/.test(line))).toHaveLength(8);
  });

  test('--pairwise writes the full matrix as CSV', async () => {
    const file = join(out, 'matrix.csv');
    const { code, stdout } = await runInProcess('distance', tiny, '--pairwise', '--metric', 'dtw', '--out', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/pairwise dtw: 8 × 8/);
    const rows = readFileSync(file, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('x,y0,y1,y2,y3,y4,y5,y6,y7');
    rows.slice(1).forEach((row, i) => expect(Number(row.split(',')[i + 1])).toBe(0));
  });

  test('usage errors are one line with exit code 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['distance', tiny, '0,1;1,2;3,4'], /^softdtw: distance: X has 8 series and Y has 3: .* Pass --pairwise for all 24 pairs\.\n$/],
      [['distance', tiny], /^softdtw: distance: expected two inputs X and Y, got one\./],
      [['distance', '0,1', '1,2', '--gamma', '-1'], /^softdtw: --gamma: expected a number >= 0, got "-1"\. Example: --gamma 0\.1\n$/],
      [['distance', '0,1', '1,2', '--plot', 'x.pdf'], /^softdtw: --plot: expected a file ending in \.svg or \.png, got "x\.pdf"/],
      [['distance', '0,1', '1,2', '--out', 'x.txt'], /^softdtw: --out: expected a file ending in \.json or \.csv, got "x\.txt"/],
      [['distance', '0,1', '1,2', '--backend', 'cuda'], /^softdtw: --backend: expected one of auto, cpu, wasm, tfjs, webgpu, got "cuda"\. Example: --backend cpu\n$/],
      [['distance', '0,1', '1,2,3', '--band', '0'], /^softdtw: .*band/i],
      [['distance', '0,1', '--nonsense'], /^softdtw: unknown option '--nonsense'\n$/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await runInProcess(...args);
      expect({ args, stderr }).toEqual({ args, stderr: expect.stringMatching(message) });
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stdout).toBe('');
      expect(code).toBe(2);
    }
  });
});

describe('barycenter', () => {
  test('soft-DTW and DBA on one class, compared by mean DTW, with an SVG plot', async () => {
    const plot = join(out, 'barycenters.svg');
    const { code, stdout } = await runInProcess('barycenter', tiny, '--class', '1', '--method', 'softdtw,dba', '--gamma', '0.1', '--plot', plot, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { count: number; barycenters: Array<{ method: string; barycenter: number[]; meanDtw: number }> };
    expect(result.count).toBe(4);
    expect(result.barycenters.map((b) => b.method)).toEqual(['softdtw', 'dba']);
    const members = (readSeriesInput(tiny).series as number[][]).filter((_, i) => i % 2 === 0);
    for (const b of result.barycenters) {
      expect(b.barycenter).toHaveLength(16);
      const mean = members.reduce((s, m) => s + dtw(b.barycenter, m).value, 0) / members.length;
      expect(b.meanDtw).toBeCloseTo(mean, 10);
    }
    expect(readFileSync(plot, 'utf8')).toMatch(/^<svg/);
  });

  test('--class that does not exist lists the labels', async () => {
    const { code, stderr } = await runInProcess('barycenter', tiny, '--class', '7');
    expect(stderr).toBe(`softdtw: --class: expected one of the labels in ${tiny} (1, 2), got "7".\n`);
    expect(code).toBe(2);
  });
});

describe('cluster', () => {
  test('k-means separates the two shapes (ARI 1) and plots the clusters', async () => {
    const plot = join(out, 'clusters.png');
    const { code, stdout } = await runInProcess('cluster', tiny, '--k', '2', '--restarts', '2', '--max-iter-barycenter', '10', '--plot', plot, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { labels: number[]; centroids: number[][]; restartInertias: number[]; inertia: number; adjustedRandIndex: number };
    expect(result.labels).toHaveLength(8);
    expect(result.centroids).toHaveLength(2);
    expect(result.restartInertias).toHaveLength(2);
    expect(result.inertia).toBe(Math.min(...result.restartInertias));
    expect(result.adjustedRandIndex).toBe(1);
    expectPlot(plot);
  });

  test('k larger than the data is an input error (exit 2)', async () => {
    const { code, stderr } = await runInProcess('cluster', tiny, '--k', '20', '--metric', 'euclidean');
    expect(stderr).toMatch(/^softdtw: TimeSeriesKMeans\.fit: expected at least k = 20 series, got 8\./);
    expect(code).toBe(2);
  });
});

describe('classify', () => {
  test('nearest centroid: accuracy and confusion, fixed γ and γ chosen on validation', async () => {
    const fixed = await runInProcess('classify', '--train', tiny, '--test', tiny, '--max-iter-barycenter', '10', '--json');
    expect(fixed.code).toBe(0);
    const result = JSON.parse(fixed.stdout) as { accuracy: number; confusion: number[][]; classes: string[]; predictions: string[] };
    expect(result.classes).toEqual(['1', '2']);
    expect(result.accuracy).toBe(1);
    expect(result.confusion).toEqual([[4, 0], [0, 4]]);
    const auto = await runInProcess('classify', '--train', fixture('tiny.csv'), '--test', fixture('tiny.json'), '--gamma', 'auto', '--validation', '0.5', '--max-iter-barycenter', '5');
    expect(auto.code).toBe(0);
    expect(auto.stdout).toMatch(/chosen on validation/);
    expect(auto.stdout).toMatch(/accuracy 100\.0% \(8 of 8\)/);
    expect(auto.stdout).toMatch(/validation accuracy by γ: 0\.0010: /);
  });

  test('a training set without labels is an input error', async () => {
    const { code, stderr } = await runInProcess('classify', '--train', fixture('padded.csv'), '--test', tiny);
    expect(stderr).toMatch(/^softdtw: --train: .*padded\.csv has no class labels/);
    expect(code).toBe(2);
  });
});

describe('forecast', () => {
  test('train (resumable), export to ONNX, predict with onnxruntime-web = the JSON model', async () => {
    const model = join(out, 'model.json');
    const checkpoint = join(out, 'train.ckpt.json');
    const args = ['forecast', 'train', tiny, '--out', model, '--hidden', '4', '--batch-size', '4', '--checkpoint', checkpoint, '--json'];
    const first = await runInProcess(...args, '--epochs', '3');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ epochs: 3, resumedEpochs: 0, config: { inputLength: 9, outputLength: 7 } });
    const resumed = await runInProcess(...args, '--epochs', '5');
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ epochs: 5, resumedEpochs: 3 });

    const onnxFile = join(out, 'model.onnx');
    const exported = await runInProcess('forecast', 'export', model, '--out', onnxFile);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^wrote .*model\.onnx \(\d+ bytes\): input "input" \[batch, 9\] → output "forecast" \[batch, 7\]/);

    const plot = join(out, 'forecast.png');
    const viaOnnx = await runInProcess('forecast', 'predict', onnxFile, tiny, '--plot', plot, '--json');
    const viaJson = await runInProcess('forecast', 'predict', model, tiny, '--json');
    expect(viaOnnx.code).toBe(0);
    expect(viaJson.code).toBe(0);
    const a = JSON.parse(viaOnnx.stdout) as { forecasts: number[][]; errors: Array<{ dtw: number }>; runtime: string };
    const b = JSON.parse(viaJson.stdout) as { forecasts: number[][] };
    expect(a.runtime).toMatch(/onnxruntime-web/);
    expect(a.forecasts).toHaveLength(8);
    a.forecasts.forEach((row, i) => row.forEach((v, t) => expect(Math.abs(v - b.forecasts[i]![t]!)).toBeLessThan(1e-5)));
    expect(a.errors.every((e) => e.dtw >= 0)).toBe(true);
    expectPlot(plot);
  });

  test('a damaged model file is an input error, not a crash', async () => {
    const { code, stderr } = await runInProcess('forecast', 'predict', tiny, tiny);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^softdtw: /);
    expect(code).toBe(2);
  });
});

describe('bench', () => {
  test('prints ns per cell for the chosen backend', async () => {
    const { code, stdout } = await runInProcess('bench', '--length', '16', '--pairs', '2', '--repeats', '2', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { backend: string; cells: number; medianNsPerCell: number; secondsPerCall: number[] };
    expect(result).toMatchObject({ backend: 'cpu', cells: 512 });
    expect(result.secondsPerCall).toHaveLength(2);
    expect(result.medianNsPerCell).toBeGreaterThan(0);
  });
});

describe('demo', () => {
  test('the command writes the report and prints the summary as JSON', async () => {
    const outDir = join(out, 'demo');
    const { code, stdout } = await runInProcess('demo', '--quick', '--test-limit', '3', '--epochs', '2', '--out-dir', outDir, '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { backend: string; reportFile: string; dataset: { test: number }; forecast: { epochs: number } };
    expect(['wasm', 'cpu']).toContain(summary.backend); // wasm unless it cannot start here
    expect(summary).toMatchObject({ reportFile: join(outDir, 'report.html'), dataset: { test: 3 }, forecast: { epochs: 2 } });
    expect(readFileSync(summary.reportFile, 'utf8')).toContain(`Backend <code>${summary.backend}</code>`);
  }, 120_000);
});

describe('--help', () => {
  test.each([['distance'], ['barycenter'], ['cluster'], ['classify'], ['forecast', 'train'], ['forecast', 'export'], ['forecast', 'predict'], ['bench'], ['demo']])(
    '%s --help shows the options and an example, exit 0',
    async (...command) => {
      const { code, stdout } = await runInProcess(...command, '--help');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: softdtw /);
      expect(stdout).toMatch(/Examples?:\n {2}\$ softdtw /);
      expect(stdout).toMatch(/--backend <name>/);
      expect(stdout).toMatch(/--seed <n>/);
    },
  );

  test('bench --help points at the full benchmark', async () => {
    expect((await runInProcess('bench', '--help')).stdout).toMatch(/npm run bench/);
  });
});
