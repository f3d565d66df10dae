import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { quietProgress, writeTinyUcrArchive } from '../../../test/tinyUcrArchive.js';
import { parseReproduceOptions } from '../ReproduceOptions.js';
import { pickClassSeries } from '../table1/pickClassSeries.js';
import { dtwBarycenterLoss } from '../table1/runTable1Dataset.js';
import { fig5Chart } from './renderFig5.js';
import { reproduceFig5 } from './reproduceFig5.js';
import type { Fig5Result } from './runFig5Dataset.js';

/** Two classes (a bump early vs late), 6 TRAIN + 2 TEST series of 12 steps. */
function tinyArchive(): string {
  return writeTinyUcrArchive('softdtw-ucr-f5-', { TRAIN: 6, TEST: 2 }, (i) => {
    const label = i % 2 === 0 ? 'a' : 'b';
    const at = (label === 'a' ? 3 : 8) + (i % 3) - 1;
    return { label, values: Array.from({ length: 12 }, (_, t) => (Math.abs(t - at) <= 1 ? 2 : 0) + 0.05 * Math.sin(t * (i + 2))) };
  });
}

test('fig5 on a tiny archive: the paper\'s panel order, losses of the stored barycenters, SVG + PNG per initialisation; a rerun resumes', async () => {
  const dataDir = tinyArchive();
  const out = mkdtempSync(join(tmpdir(), 'softdtw-f5-'));
  const options = parseReproduceOptions({ dataDir, datasets: 'Alpha', epochs: '5', gammas: '1,0.01', seed: '2', results: join(out, 'fig5.jsonl'), out }, 'fig5');
  const run = await reproduceFig5(options, { seriesPerRepetition: 3, progress: quietProgress() });
  expect(run.computed).toEqual(['Alpha']);
  const record = JSON.parse(readFileSync(options.results, 'utf8')) as Fig5Result;
  expect(record.config).toEqual({ table: 'fig5', backend: 'cpu', seriesPerRepetition: 3, maxIter: 5, gammas: [1, 0.01], repetitions: 1, seed: 2 });
  const [draw] = record.draws;
  expect(draw?.barycenters.random.map((b) => b.label)).toEqual(['soft-DTW (γ = 1)', 'DBA', 'soft-DTW (γ = 0.01)', 'subgradient method']);
  // The draw is Table 1's for the same seed, and each stored loss is the DTW loss of the stored barycenter.
  const indices = Array.from({ length: 8 }, (_, i) => i); // TRAIN then TEST; the labels alternate a, b in both
  expect(draw?.chosenClass).toBe(pickClassSeries(indices, indices.map((i) => (i % 2 === 0 ? 'a' : 'b')), 3, 2).chosenClass);
  expect(draw?.series).toHaveLength(3);
  for (const b of [...(draw?.barycenters.random ?? []), ...(draw?.barycenters.euclideanMean ?? [])]) {
    expect(b.barycenter).toHaveLength(12);
    expect(b.loss).toBeCloseTo(dtwBarycenterLoss(b.barycenter, draw?.series ?? []), 12);
  }
  expect(run.figureFiles.map((f) => f.slice(out.length + 1))).toEqual([
    'fig5-Alpha-random-seed2.svg',
    'fig5-Alpha-random-seed2.png',
    'fig5-Alpha-euclidean-mean-seed2.svg',
    'fig5-Alpha-euclidean-mean-seed2.png',
  ]);
  const svg = readFileSync(join(out, 'fig5-Alpha-random-seed2.svg'), 'utf8');
  expect(svg).toContain(`DBA: DTW loss ${draw?.barycenters.random[1]?.loss.toPrecision(4)}`);
  expect([...readFileSync(join(out, 'fig5-Alpha-random-seed2.png')).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  expect(readFileSync(run.markdownFile, 'utf8')).toContain('| dataset | class | seed | initialisation | soft-DTW (γ = 1) | DBA | soft-DTW (γ = 0.01) | subgradient method | figure |');

  const again = await reproduceFig5(options, { seriesPerRepetition: 3, progress: quietProgress() });
  expect(again.resumed).toEqual(['Alpha']);
  expect(fig5Chart(again.records[0]!, again.records[0]!.draws[0]!, 'euclideanMean').title).toBe(`Alpha, class ${draw?.chosenClass}: barycenters of 3 series (Euclidean-mean initialisation)`);
}, 60_000);
