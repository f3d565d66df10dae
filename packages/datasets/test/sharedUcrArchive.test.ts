/**
 * The full UCR copy beside the repository (`<repo root>/../shared/data/ucr/`), read with the
 * package's own readers and checked against the copy's `datasets.csv`. Skipped, with the path it
 * looked for, where that folder does not exist (e.g. a clone without ../shared).
 *
 * Reading all 101 datasets (≈ 144 MB of text) takes about 4 s on the 2-core CI machine.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledDataDirectory, BUNDLED_DATASETS, listUcrDatasets, readUcrDataset } from '@softdtw/datasets/node';
import type { UcrDatasetInfo } from '@softdtw/datasets/node';
import { DatasetNotFoundError, encodeLabels, UcrParseError } from '@softdtw/datasets';
import type { UcrSplit } from '@softdtw/datasets';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const ucrDir = join(repoRoot, '..', 'shared', 'data', 'ucr');
const present = existsSync(join(ucrDir, 'datasets.csv'));
if (!present) console.warn(`sharedUcrArchive.test.ts: skipped, no UCR copy at ${ucrDir} (expected <repo root>/../shared/data/ucr/).`);

/** Expand the catalog's label notation ('1 2', '1..37', '-1 1') into the list of codes. */
function expandLabels(notation: string): string[] {
  const range = /^(-?\d+)\.\.(-?\d+)$/.exec(notation);
  if (range === null) return notation.split(' ');
  const [from, to] = [Number(range[1]), Number(range[2])];
  return Array.from({ length: to - from + 1 }, (_, k) => String(from + k));
}

describe.skipIf(!present)(`the UCR copy at <repo root>/../shared/data/ucr`, () => {
  const listing = present ? listUcrDatasets(ucrDir) : undefined;

  it('lists 87 complete and 14 TRAIN-only datasets, and 27 catalog rows not on disk (per its README)', () => {
    expect(listing?.complete).toHaveLength(63 + 24);
    expect(listing?.trainOnly).toHaveLength(14);
    expect(listing?.trainOnly.every((d) => d.directory.includes('_train_only'))).toBe(true);
    expect(listing?.unavailable).toHaveLength(8 + 10 + 9);
    expect(listing?.complete.map((d) => d.name)).toEqual(expect.arrayContaining(['CBF', 'ECG200', 'GunPoint', 'ShapesAll']));
  });

  it('reads every dataset with the counts, lengths and classes datasets.csv gives', () => {
    const checked: string[] = [];
    for (const info of [...(listing?.complete ?? []), ...(listing?.trainOnly ?? [])] as UcrDatasetInfo[]) {
      const { catalog } = info;
      expect(catalog, `${info.name} has a catalog row`).toBeDefined();
      if (catalog === undefined) continue;
      const dataset = info.status === 'complete' ? readUcrDataset(ucrDir, info.name, { missing: 'keep' }) : undefined;
      const train = dataset?.train ?? readUcrDataset(ucrDir, info.name, { split: 'train', missing: 'keep' }).train;
      const test = dataset?.test;
      const splits: UcrSplit[] = test === undefined ? [train] : [train, test];
      expect(train.series.length, `${info.name} TRAIN rows`).toBe(catalog.nTrain);
      if (test !== undefined) expect(test.series.length, `${info.name} TEST rows`).toBe(catalog.nTest);
      const lengths = [Math.min(...splits.map((s) => s.minLength)), Math.max(...splits.map((s) => s.maxLength))];
      expect(lengths, `${info.name} shortest and longest true length`).toEqual([catalog.minLength, catalog.maxLength]);
      for (const split of splits) {
        expect(encodeLabels(split.labels).classes.every((c) => expandLabels(catalog.labels ?? '').includes(c)), `${info.name} labels`).toBe(true);
      }
      const classes = new Set([...train.labels, ...(test?.labels ?? [])]);
      expect(classes.size, `${info.name} classes`).toBe(catalog.nClasses);
      checked.push(info.name);
    }
    expect(checked).toHaveLength(101);
  });

  it('finds the variable lengths of the padded datasets (true length = last non-NaN)', () => {
    const pebble = readUcrDataset(ucrDir, 'GesturePebbleZ1');
    // Catalog: 100-455 over both files; per file (checked with awk, stripping trailing NaN fields):
    // TRAIN 115..455, TEST 100..375.
    expect([pebble.train.minLength, pebble.train.maxLength, pebble.test.minLength, pebble.test.maxLength]).toEqual([115, 455, 100, 375]);
    expect(pebble.train.series.every((s) => s.every(Number.isFinite))).toBe(true);
    expect(new Set(pebble.train.series.map((s) => s.length)).size).toBeGreaterThan(20);
  });

  it('stops at the first inner NaN of DodgerLoopDay by default and fills gaps on request', () => {
    try {
      readUcrDataset(ucrDir, 'DodgerLoopDay');
      expect.unreachable('DodgerLoopDay has NaN inside series');
    } catch (error) {
      expect(error).toBeInstanceOf(UcrParseError);
      // TRAIN is read first; its first NaN before a real value is field 91 of line 17 (awk agrees).
      expect(error).toMatchObject({ line: 17, column: 91 });
      expect((error as Error).message).toContain('DodgerLoopDay_TRAIN.tsv, line 17, column 91');
    }
    const filled = readUcrDataset(ucrDir, 'DodgerLoopDay', { missing: 'interpolate' });
    expect(filled.train.missingValues + filled.test.missingValues).toBeGreaterThan(0);
    expect([...filled.train.series, ...filled.test.series].every((s) => s.every(Number.isFinite))).toBe(true);
  });

  it('explains 2015 names and absent datasets', () => {
    expect(() => readUcrDataset(ucrDir, 'Gun_Point')).toThrow(/the 2018 archive calls it 'GunPoint'/);
    expect(() => readUcrDataset(ucrDir, 'FordA')).toThrow(DatasetNotFoundError);
    expect(() => readUcrDataset(ucrDir, 'FordA')).toThrow(/lists it as: absent/);
  });

  it('bundles byte-identical copies of GunPoint and ECG200', () => {
    for (const name of BUNDLED_DATASETS) {
      for (const file of [`${name}_TRAIN.tsv`, `${name}_TEST.tsv`, 'README.md']) {
        const bundled = readFileSync(join(bundledDataDirectory(), name, file));
        expect(bundled.equals(readFileSync(join(ucrDir, name, file))), `${name}/${file}`).toBe(true);
      }
    }
  });
});
