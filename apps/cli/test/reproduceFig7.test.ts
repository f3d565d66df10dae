import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { quietProgress, writeTinyUcrArchive } from './tinyUcrArchive.js';
import { parseReproduceOptions } from '../src/reproduce/ReproduceOptions.js';
import { reproduceFig7 } from '../src/reproduce/fig7/reproduceFig7.js';
import type { Fig7Result } from '../src/reproduce/fig7/runFig7Dataset.js';
import { summarizeFig7 } from '../src/reproduce/fig7/summarizeFig7.js';

/** A tiny archive: two well-separated classes (a bump early vs late), 12 series per dataset. */
function tinyArchive(): string {
  return writeTinyUcrArchive('softdtw-ucr-f7-', { TRAIN: 8, TEST: 8 }, (i) => {
    const label = i % 2 === 0 ? 'a' : 'b';
    const at = (label === 'a' ? 2 : 8) + (i % 2);
    const values = Array.from({ length: 12 }, (_, t) => (Math.abs(t - at) <= 1 ? 3 : 0) + 0.05 * Math.cos(t + i));
    return { label, values };
  });
}

const quiet = quietProgress;

test('summarizeFig7 on a hand example: ties count as "at least as good", not as "better"', () => {
  const summary = summarizeFig7([
    { softDtwAccuracy: 0.9, dbaAccuracy: 0.8 },
    { softDtwAccuracy: 0.5, dbaAccuracy: 0.5 },
    { softDtwAccuracy: 0.4, dbaAccuracy: 0.6 },
    { softDtwAccuracy: 0.7, dbaAccuracy: 0.75 },
  ]);
  expect(summary).toEqual({ datasets: 4, atLeastAsGood: 2, atLeastAsGoodPercent: 50, better: 1, betterPercent: 25 });
});

test('fig7 on a tiny archive: accuracies, summary beside the paper, SVG; a rerun resumes', async () => {
  const dataDir = tinyArchive();
  const out = mkdtempSync(join(tmpdir(), 'softdtw-f7-'));
  const options = parseReproduceOptions({ dataDir, datasets: 'Alpha,Beta', epochs: '5', results: join(out, 'fig7.jsonl'), out }, 'fig7');
  const interrupting = quiet();
  interrupting.step = (_units, label) => {
    if (label.startsWith('Beta')) throw new Error('interrupted');
  };
  await expect(reproduceFig7(options, { gammaGrid: [0.01, 1], progress: interrupting })).rejects.toThrow('interrupted');
  const first = readFileSync(options.results, 'utf8');
  const alpha = JSON.parse(first) as Fig7Result;
  expect(alpha).toMatchObject({ dataset: 'Alpha', series: 16, length: 12, classes: 2 });
  // The classes are separable by the bump's position: both classifiers get every test series right.
  expect(alpha.softDtwAccuracy).toBe(1);
  expect(alpha.dbaAccuracy).toBe(1);
  expect([0.01, 1]).toContain(alpha.chosenGammas[0]);

  const run = await reproduceFig7(options, { gammaGrid: [0.01, 1], progress: quiet() });
  expect(run.resumed).toEqual(['Alpha']);
  expect(run.computed).toEqual(['Beta']);
  expect(readFileSync(options.results, 'utf8').startsWith(first)).toBe(true);
  expect(run.summary).toMatchObject({ datasets: 2, atLeastAsGood: 2 });
  const markdown = readFileSync(join(out, 'fig7.md'), 'utf8');
  expect(markdown).toContain('| datasets where soft-DTW accuracy ≥ DBA accuracy | 100.0% (2/2) | 75% |');
  expect(readFileSync(join(out, 'fig7.csv'), 'utf8').split('\n')[0]).toBe('dataset,series,length,classes,seconds,softdtw_accuracy,dba_accuracy,chosen_gammas');
  const svg = readFileSync(join(out, 'fig7.svg'), 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.match(/<circle /g)).toHaveLength(2);
}, 60_000);
