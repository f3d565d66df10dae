import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runDemo } from '../src/demo.js';

test('the demo computes consistent numbers on bundled GunPoint and writes summary.json', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'softdtw-demo-'));
  const lines: string[] = [];
  const summary = runDemo({ outDir, testLimit: 20, log: (l) => lines.push(l) });
  expect(summary.dataset).toMatchObject({ name: 'GunPoint', train: 50, test: 20, length: 150, classes: ['1', '2'] });
  const values = summary.pair.softDtw.map((s) => s.value);
  // soft-DTW decreases as gamma grows and stays below DTW.
  for (let k = 1; k < values.length; k++) expect(values[k]!).toBeLessThan(values[k - 1]!);
  expect(values[0]!).toBeLessThanOrEqual(summary.pair.dtw);
  expect(summary.pair.divergence).toBeGreaterThan(0);
  expect(summary.pair.gradientNorm).toBeGreaterThan(0);
  expect(summary.pair.alignment.mass).toBeGreaterThanOrEqual(150);
  for (const r of summary.oneNearestNeighbour) {
    expect(r.accuracy).toBeGreaterThanOrEqual(0.5);
    expect(r.accuracy).toBeLessThanOrEqual(1);
  }
  expect(JSON.parse(readFileSync(join(outDir, 'summary.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(summary)));
  expect(lines.join('\n')).toMatch(/1-nearest-neighbour/);
});
