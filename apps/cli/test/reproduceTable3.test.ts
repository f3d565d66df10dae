import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { quietProgress, writeTinyUcrArchive } from './tinyUcrArchive.js';
import { parseReproduceOptions } from '../src/reproduce/ReproduceOptions.js';
import { reproduceTable3 } from '../src/reproduce/table3/reproduceTable3.js';
import type { Table3Result } from '../src/reproduce/table3/runTable3Dataset.js';

/** A tiny UCR-format archive: two datasets of 12 steps, a step up at a jittered time. */
function tinyArchive(): string {
  return writeTinyUcrArchive('softdtw-ucr-', { TRAIN: 8, TEST: 4 }, (i, shift) => {
    const jump = 7 + ((i + shift) % 4);
    const values = Array.from({ length: 12 }, (_, t) => (t >= jump ? 1 : 0) + 0.01 * Math.sin(t + i));
    return { label: String(i % 2), values };
  }, { Alpha: 0, Beta: 2 });
}

const quiet = quietProgress;

test('table3 on a tiny archive: records, ranks, tables; an interrupted run resumes without recomputing', async () => {
  const dataDir = tinyArchive();
  const out = mkdtempSync(join(tmpdir(), 'softdtw-t3-'));
  const options = parseReproduceOptions({ dataDir, datasets: 'Alpha,Beta', epochs: '3', results: join(out, 'table3.jsonl'), out }, 'table3');
  const tiny = { hidden: 4, batchSize: 8 };

  // First run: "interrupted" (as by Ctrl-C) while training Beta's first models.
  const interrupting = quiet();
  interrupting.step = (_units, label) => {
    if (label.startsWith('Beta')) throw new Error('interrupted');
  };
  await expect(reproduceTable3(options, { ...tiny, progress: interrupting })).rejects.toThrow('interrupted');
  const afterInterrupt = readFileSync(options.results, 'utf8');
  expect(afterInterrupt.trim().split('\n')).toHaveLength(1);
  expect(existsSync(join(out, 'table3.md'))).toBe(false); // tables are written only when the run finishes
  const alpha = JSON.parse(afterInterrupt) as Table3Result;
  expect(alpha).toMatchObject({ dataset: 'Alpha', train: 8, test: 4, length: 12, inputLength: 7, outputLength: 5 });
  expect(alpha.wallSeconds).toBeGreaterThan(0);
  expect(alpha.config).toMatchObject({ table: 'table3', epochs: 3, hidden: 4, inputFraction: 0.6 });
  for (const init of ['random', 'euclideanInit'] as const) {
    for (const losses of Object.values(alpha[init])) {
      expect(losses.dtw).toBeGreaterThanOrEqual(0);
      expect(losses.dtw).toBeLessThanOrEqual(losses.euclidean + 1e-9); // DTW ≤ Euclidean (the diagonal path)
    }
  }
  // The Euclidean-init column's Euclidean row is the Euclidean model itself.
  expect(alpha.euclideanInit.euclidean).toEqual(alpha.random.euclidean);

  // Rerun: Alpha comes from the file untouched, only Beta is computed.
  const second = quiet();
  const run = await reproduceTable3(options, { ...tiny, progress: second });
  expect(run.resumed).toEqual(['Alpha']);
  expect(run.computed).toEqual(['Beta']);
  const lines = readFileSync(options.results, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toBe(afterInterrupt.trim());
  expect(second.lines.join('\n')).toMatch(/\[2\/2\] Beta done in/);

  // Ranks: each column of five methods sums to 15 on every dataset, so the averages do too.
  for (const metric of ['dtw', 'euclidean'] as const) {
    for (const column of [0, 1] as const) {
      const sum = Object.values(run.summary.ranks[metric]).reduce((s, pair) => s + pair[column], 0);
      expect(sum).toBeCloseTo(15, 9);
    }
  }
  expect(run.summary.datasets).toEqual(['Alpha', 'Beta']);

  // Tables written beside the paper's numbers.
  const markdown = readFileSync(join(out, 'table3.md'), 'utf8');
  expect(markdown).toMatch(/average rank of the MLP's test loss \(2 datasets/);
  expect(markdown).toMatch(/\| soft-DTW \(γ = 0\.001\) \| [0-9.]+ \| 1\.87 \| [0-9.]+ \| 1\.29 \|/);
  const csv = readFileSync(join(out, 'table3.csv'), 'utf8').trim().split('\n');
  expect(csv[0]).toBe('metric,training_loss,ours_random_init,paper_random_init,ours_euclidean_init,paper_euclidean_init,datasets');
  expect(csv).toHaveLength(11);
  expect(csv[1]).toMatch(/^dtw,euclidean,[0-9.]+,3\.46,[0-9.]+,4\.21,2$/);

  // Figure 1-style plots of both datasets, SVG and PNG (Alpha's from the forecasts in its results line).
  expect(alpha.example?.input).toHaveLength(7);
  expect(alpha.example?.softDtw).toHaveLength(5);
  for (const name of ['Alpha', 'Beta']) {
    expect(readFileSync(join(out, 'plots', 'table3', `${name}.svg`), 'utf8')).toContain('soft-DTW (γ = 0.001), Euclidean init');
    expect(readFileSync(join(out, 'plots', 'table3', `${name}.png`)).subarray(1, 4).toString()).toBe('PNG');
  }

  // A third run computes nothing and rewrites the same tables.
  const third = await reproduceTable3(options, { ...tiny, progress: quiet() });
  expect(third.computed).toEqual([]);
  expect(readFileSync(join(out, 'table3.md'), 'utf8')).toBe(markdown);

  // Other settings against the same results file are refused.
  const other = parseReproduceOptions({ dataDir, datasets: 'Alpha', epochs: '4', results: options.results, out }, 'table3');
  await expect(reproduceTable3(other, { ...tiny, progress: quiet() })).rejects.toThrow(/Use another --results file/);
}, 60_000);
