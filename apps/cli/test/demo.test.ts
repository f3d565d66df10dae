import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runDemo } from '../src/demo/runDemo.js';
import { decodePng, inkFraction } from './decodePng.js';

test('the demo (quick) computes consistent numbers on the bundled data and writes the report, plots and summary', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'softdtw-demo-'));
  const lines: string[] = [];
  const summary = await runDemo({ outDir, testLimit: 20, quick: true, log: (l) => lines.push(l) });
  expect(summary.dataset).toMatchObject({ name: 'GunPoint', train: 50, test: 20, length: 150, classes: ['1', '2'] });

  // 1. soft-DTW decreases as gamma grows and stays below DTW.
  const values = summary.pair.softDtw.map((s) => s.value);
  for (let k = 1; k < values.length; k++) expect(values[k]!).toBeLessThan(values[k - 1]!);
  expect(values[0]!).toBeLessThanOrEqual(summary.pair.dtw);
  expect(summary.pair.divergence).toBeGreaterThan(0);
  expect(summary.pair.gradientNorm).toBeGreaterThan(0);
  expect(summary.pair.alignment.mass).toBeGreaterThanOrEqual(150);
  // 2. 1-NN accuracies (the numbers the demo has always shown).
  expect(summary.oneNearestNeighbour.map((r) => r.metric)).toEqual(['Euclidean', 'DTW', 'soft-DTW divergence (γ = 1)']);
  for (const r of summary.oneNearestNeighbour) {
    expect(r.accuracy).toBeGreaterThanOrEqual(0.5);
    expect(r.accuracy).toBeLessThanOrEqual(1);
  }
  // 3.–4. barycenters and k-means produced finite scores; soft-DTW k-means finds structure in CBF.
  expect(summary.barycenters.methods.map((m) => m.method)).toEqual(['soft-DTW (γ = 0.1)', 'soft-DTW (γ = 0.01)', 'DBA']);
  for (const m of summary.barycenters.methods) expect(m.meanDtw).toBeGreaterThan(0);
  expect(summary.kMeans.metrics.map((m) => m.metric)).toEqual(['softdtw', 'dtw', 'euclidean']);
  expect(summary.kMeans.metrics[0]!.adjustedRandIndex).toBeGreaterThan(0.3);
  // 5.–6. two forecasters, the ONNX model agrees with TypeScript in float32.
  expect(summary.forecast.models.map((m) => m.loss)).toEqual(['euclidean', 'softdtw']);
  expect(summary.forecast.onnx.maxAbsDifference).toBeLessThan(1e-4);
  expect(summary.forecast.onnx.testDtw).toBeCloseTo(summary.forecast.models[1]!.testDtw, 3);

  for (const file of summary.files) expect(existsSync(file)).toBe(true);
  for (const name of ['alignment', 'barycenters', 'clusters', 'forecast']) {
    expect(readFileSync(join(outDir, `${name}.svg`), 'utf8')).toMatch(/^<svg/);
    const png = decodePng(new Uint8Array(readFileSync(join(outDir, `${name}.png`))));
    expect(png.width * png.height).toBeGreaterThan(100_000);
    expect(inkFraction(png)).toBeGreaterThan(0.02);
  }
  const report = readFileSync(summary.reportFile, 'utf8');
  expect(report).toMatch(/^<!doctype html>/);
  expect((report.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(4);
  expect(report).not.toMatch(/<script|(?:src|href)="https?:\/\/(?!arxiv\.org)/); // self-contained: no scripts, no fetched resources
  for (const r of summary.oneNearestNeighbour) expect(report).toContain(`${(100 * r.accuracy).toFixed(1)}%`);
  expect(JSON.parse(readFileSync(summary.outFile, 'utf8'))).toEqual(JSON.parse(JSON.stringify(summary)));
  expect(lines.join('\n')).toMatch(/1-nearest-neighbour/);
  expect(lines.at(-1)).toMatch(/^\nReport: .*report\.html/);
});
