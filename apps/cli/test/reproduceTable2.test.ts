import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { quietProgress, writeTinyUcrArchive } from './tinyUcrArchive.js';
import { parseReproduceOptions } from '../src/reproduce/ReproduceOptions.js';
import { reproduceTable2 } from '../src/reproduce/table2/reproduceTable2.js';
import type { Table2Result } from '../src/reproduce/table2/runTable2Dataset.js';

/** A tiny archive: two classes (a bump early vs late), 8 TRAIN series of 10 steps per dataset. */
function tinyArchive(): string {
  return writeTinyUcrArchive('softdtw-ucr-t2-', { TRAIN: 8, TEST: 2 }, (i) => {
    const label = i % 2 === 0 ? '1' : '2';
    const at = (label === '1' ? 2 : 7) + (i % 3 === 0 ? 1 : 0);
    const values = Array.from({ length: 10 }, (_, t) => (Math.abs(t - at) <= 1 ? 2 : 0) + 0.05 * Math.sin(t * (i + 2)));
    return { label, values };
  });
}

const quiet = quietProgress;

test('table2 on a tiny archive: k-means losses, win table beside the paper; a rerun resumes', async () => {
  const dataDir = tinyArchive();
  const out = mkdtempSync(join(tmpdir(), 'softdtw-t2-'));
  const options = parseReproduceOptions({ dataDir, datasets: 'Alpha,Beta', epochs: '5', results: join(out, 'table2.jsonl'), out }, 'table2');
  const interrupting = quiet();
  interrupting.step = (_units, label) => {
    if (label.startsWith('Beta')) throw new Error('interrupted');
  };
  await expect(reproduceTable2(options, { maxOuter: 3, maxSeries: 6, progress: interrupting })).rejects.toThrow('interrupted');
  const first = readFileSync(options.results, 'utf8');
  const alpha = JSON.parse(first) as Table2Result;
  expect(alpha).toMatchObject({ dataset: 'Alpha', series: 6, length: 10, k: 2 });
  expect(alpha.config).toEqual({ table: 'table2', backend: 'cpu', maxOuter: 3, maxIter: 5, maxSeries: 6, repetitions: 1, seed: 0 });
  for (const init of ['random', 'euclideanMean'] as const) {
    expect(Object.keys(alpha.losses[init]).sort()).toEqual(['dba', 'softdtw-0.001', 'softdtw-0.01', 'softdtw-0.1', 'softdtw-1', 'subgradient']);
    for (const loss of Object.values(alpha.losses[init])) expect(loss).toBeGreaterThanOrEqual(0);
  }

  const run = await reproduceTable2(options, { maxOuter: 3, maxSeries: 6, progress: quiet() });
  expect(run.resumed).toEqual(['Alpha']);
  expect(run.computed).toEqual(['Beta']);
  expect(readFileSync(options.results, 'utf8').startsWith(first)).toBe(true);
  const markdown = readFileSync(join(out, 'table2.md'), 'utf8');
  expect(markdown).toMatch(/^# Table 2: soft-DTW k-means/);
  expect(markdown).toMatch(/\| soft-DTW vs DBA \| random initialisation \| [0-9.]+% \d\/2 \(15\.8%\) \|/);
  const csv = readFileSync(join(out, 'table2.csv'), 'utf8').trim().split('\n');
  expect(csv).toHaveLength(17);
  expect(csv[1]).toMatch(/^dba,random,1,[0-9.]+,\d,2,15\.78$/);
}, 60_000);
