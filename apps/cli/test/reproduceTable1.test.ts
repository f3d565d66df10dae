import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { quietProgress, writeTinyUcrArchive } from './tinyUcrArchive.js';
import { parseReproduceOptions } from '../src/reproduce/ReproduceOptions.js';
import { reproduceTable1 } from '../src/reproduce/table1/reproduceTable1.js';
import type { Table1Result } from '../src/reproduce/table1/runTable1Dataset.js';

/** A tiny UCR-format archive: two datasets, two classes, 10 steps; class 2 has a bump at a jittered time. */
function tinyArchive(): string {
  return writeTinyUcrArchive('softdtw-ucr-t1-', { TRAIN: 8, TEST: 4 }, (i, shift) => {
    const label = i % 2 === 0 ? '1' : '2';
    const at = 3 + ((i + shift) % 4);
    const values = Array.from({ length: 10 }, (_, t) => (label === '2' && Math.abs(t - at) <= 1 ? 2 : 0) + 0.1 * Math.sin(t * (i + 1)));
    return { label, values };
  }, { Alpha: 0, Beta: 1 });
}

const quiet = quietProgress;

test('table1 on a tiny archive: records, win table beside the paper; an interrupted run resumes without recomputing', async () => {
  const dataDir = tinyArchive();
  const out = mkdtempSync(join(tmpdir(), 'softdtw-t1-'));
  const options = parseReproduceOptions({ dataDir, datasets: 'Alpha,Beta', epochs: '5', repetitions: '2', results: join(out, 'table1.jsonl'), out }, 'table1');

  // First run: interrupted (as by Ctrl-C) during Beta's first barycenter.
  const interrupting = quiet();
  interrupting.step = (_units, label) => {
    if (label.startsWith('Beta')) throw new Error('interrupted');
  };
  await expect(reproduceTable1(options, { seriesPerRepetition: 4, progress: interrupting })).rejects.toThrow('interrupted');
  const afterInterrupt = readFileSync(options.results, 'utf8');
  expect(afterInterrupt.trim().split('\n')).toHaveLength(1);
  const alpha = JSON.parse(afterInterrupt) as Table1Result;
  expect(alpha).toMatchObject({ dataset: 'Alpha', length: 10, classes: 2, seriesCounts: [4, 4] });
  expect(alpha.chosenClasses).toHaveLength(2);
  expect(alpha.wallSeconds).toBeGreaterThan(0);
  expect(alpha.config).toEqual({ table: 'table1', backend: 'cpu', seriesPerRepetition: 4, maxIter: 5, repetitions: 2, seed: 0 });
  for (const init of ['random', 'euclideanMean'] as const) {
    expect(Object.keys(alpha.losses[init]).sort()).toEqual(['dba', 'softdtw-0.001', 'softdtw-0.01', 'softdtw-0.1', 'softdtw-1', 'subgradient']);
    for (const loss of Object.values(alpha.losses[init])) expect(loss).toBeGreaterThanOrEqual(0);
  }

  // Rerun: Alpha comes from the file untouched, only Beta is computed.
  const second = quiet();
  const run = await reproduceTable1(options, { seriesPerRepetition: 4, progress: second });
  expect(run.resumed).toEqual(['Alpha']);
  expect(run.computed).toEqual(['Beta']);
  const lines = readFileSync(options.results, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toBe(afterInterrupt.trim());
  expect(second.lines.join('\n')).toMatch(/\[2\/2\] Beta done in/);
  expect(run.wins.dba.random['softdtw-1'].datasets).toBe(2);

  // Tables written, with the paper's percentages beside ours.
  const markdown = readFileSync(join(out, 'table1.md'), 'utf8');
  expect(markdown).toMatch(/ours over 2 datasets, the paper's \(in parentheses\) over 79/);
  expect(markdown).toMatch(/\| soft-DTW vs DBA \| random initialisation \| [0-9.]+% \d\/2 \(40\.5%\) \|/);
  expect(markdown).toMatch(/\| Beta \| 10 \| [0-9.]+ \|/);
  const csv = readFileSync(join(out, 'table1.csv'), 'utf8').trim().split('\n');
  expect(csv).toHaveLength(17);
  expect(csv[16]).toMatch(/^subgradient,euclideanMean,0\.001,[0-9.]+,\d,2,97\.47$/);

  // Other settings against the same results file are refused.
  const other = parseReproduceOptions({ dataDir, datasets: 'Alpha', epochs: '6', repetitions: '2', results: options.results, out }, 'table1');
  await expect(reproduceTable1(other, { seriesPerRepetition: 4, progress: quiet() })).rejects.toThrow(/Use another --results file/);
}, 60_000);
