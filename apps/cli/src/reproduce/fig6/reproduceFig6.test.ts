import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { quietProgress, writeTinyUcrArchive } from '../../../test/tinyUcrArchive.js';
import { parseReproduceOptions } from '../ReproduceOptions.js';
import { runTable2Dataset } from '../table2/runTable2Dataset.js';
import { reproduceFig6 } from './reproduceFig6.js';
import type { Fig6Result } from './runFig6Dataset.js';

/** Two classes (a bump early vs late), 8 TRAIN series of 10 steps. */
function tinyArchive(): string {
  return writeTinyUcrArchive('softdtw-ucr-f6-', { TRAIN: 8, TEST: 2 }, (i) => {
    const label = i % 2 === 0 ? '1' : '2';
    const at = (label === '1' ? 2 : 7) + (i % 3 === 0 ? 1 : 0);
    return { label, values: Array.from({ length: 10 }, (_, t) => (Math.abs(t - at) <= 1 ? 2 : 0) + 0.05 * Math.sin(t * (i + 2))) };
  });
}

test("fig6 on a tiny archive: soft-DTW and DBA clusterings with Table 2's losses, SVG + PNG per initialisation", async () => {
  const dataDir = tinyArchive();
  const out = mkdtempSync(join(tmpdir(), 'softdtw-f6-'));
  const options = parseReproduceOptions({ dataDir, datasets: 'Alpha', epochs: '5', results: join(out, 'fig6.jsonl'), out }, 'fig6');
  const run = await reproduceFig6(options, { maxOuter: 3, maxSeries: 6, progress: quietProgress() });
  const record = JSON.parse(readFileSync(options.results, 'utf8')) as Fig6Result;
  expect(record).toMatchObject({ dataset: 'Alpha', k: 2, length: 10 });
  expect(record.config).toEqual({ table: 'fig6', backend: 'cpu', gammas: [1], maxOuter: 3, maxIter: 5, maxSeries: 6, repetitions: 1, seed: 0 });
  const [draw] = record.draws;
  expect(draw?.series).toHaveLength(6);
  expect(draw?.clusterings.random.map((c) => c.method)).toEqual(['softdtw-1', 'dba']);
  // The runs are Table 2's (same subset, partition and settings): the same DTW k-means losses.
  const table2 = runTable2Dataset(dataDir, 'Alpha', { maxOuter: 3, maxIter: 5, maxSeries: 6, repetitions: 1, seed: 0 });
  for (const init of ['random', 'euclideanMean'] as const) {
    const [soft, dba] = draw?.clusterings[init] ?? [];
    expect(soft?.loss).toBe(table2.losses[init]['softdtw-1']);
    expect(dba?.loss).toBe(table2.losses[init].dba);
    expect(soft?.assignment).toHaveLength(6);
    expect(soft?.centroids).toHaveLength(2);
  }
  expect(run.figureFiles.map((f) => f.slice(out.length + 1))).toEqual([
    'fig6-Alpha-random-seed0.svg',
    'fig6-Alpha-random-seed0.png',
    'fig6-Alpha-euclidean-mean-seed0.svg',
    'fig6-Alpha-euclidean-mean-seed0.png',
  ]);
  expect(readFileSync(join(out, 'fig6-Alpha-random-seed0.svg'), 'utf8')).toContain('Alpha: k-means clusters (k = 2, 6 series, random initialisation)');
  expect(readFileSync(run.markdownFile, 'utf8')).toContain('| dataset | seed | initialisation | soft-DTW (γ = 1) | DBA | figure |');
}, 60_000);
