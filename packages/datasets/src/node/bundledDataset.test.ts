import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DATASETS, bundledDataDirectory, bundledDataset } from './bundledDataset.js';
import { listUcrDatasets } from './listUcrDatasets.js';
import { DatasetNotFoundError } from '../errors.js';

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('bundledDataset', () => {
  it('reads GunPoint: 50 train / 150 test series of length 150, labels 1 and 2', () => {
    const gunPoint = bundledDataset('GunPoint');
    expect(gunPoint.train.series).toHaveLength(50);
    expect(gunPoint.test.series).toHaveLength(150);
    expect([gunPoint.train.minLength, gunPoint.train.maxLength, gunPoint.test.minLength]).toEqual([150, 150, 150]);
    expect(new Set(gunPoint.train.labels)).toEqual(new Set(['1', '2']));
    expect(gunPoint.train.series[0]?.[0]).toBeCloseTo(-0.6478854, 7); // first value of the TRAIN file
  });

  it('reads ECG200: 100 / 100 series of length 96, labels -1 and 1, z-normalised per series', () => {
    const ecg = bundledDataset('ECG200');
    expect([ecg.train.series.length, ecg.test.series.length, ecg.train.maxLength]).toEqual([100, 100, 96]);
    expect(new Set(ecg.test.labels)).toEqual(new Set(['-1', '1']));
    for (const series of ecg.train.series) {
      const mu = mean(series);
      expect(Math.abs(mu)).toBeLessThan(1e-2);
      expect(Math.abs(Math.sqrt(mean(series.map((x) => (x - mu) ** 2))) - 1)).toBeLessThan(2e-2);
    }
  });

  it('reads one split when asked', () => {
    expect(bundledDataset('ECG200', { split: 'train' })).not.toHaveProperty('test');
    expect(bundledDataset('GunPoint', { split: 'test' }).test.series).toHaveLength(150);
  });

  it('rejects a name that is not bundled, listing the bundled ones', () => {
    // @ts-expect-error not a bundled name
    expect(() => bundledDataset('CBF')).toThrow(DatasetNotFoundError);
    // @ts-expect-error not a bundled name
    expect(() => bundledDataset('CBF')).toThrow(/expected one of the bundled datasets \(ECG200, GunPoint\), got "CBF"/);
  });

  it('is a small archive directory: both datasets complete, with catalog rows and READMEs', () => {
    const listing = listUcrDatasets(bundledDataDirectory());
    expect(listing.complete.map((d) => d.name)).toEqual([...BUNDLED_DATASETS]);
    expect(listing.trainOnly).toEqual([]);
    expect(listing.unavailable).toEqual([]);
    for (const info of listing.complete) {
      expect(info.catalog?.nTrain).toBe(info.name === 'GunPoint' ? 50 : 100);
      expect(existsSync(join(info.directory, 'README.md'))).toBe(true);
    }
  });

  it('finds data/ at ../../ from the module: src/node/ now, dist/node/ once built (tsconfig.build maps src → dist)', () => {
    const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
    expect(bundledDataDirectory()).toBe(join(packageRoot, 'data/'));
    const build = JSON.parse(readFileSync(join(packageRoot, 'tsconfig.build.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as {
      compilerOptions: { rootDir: string; outDir: string };
    };
    expect(build.compilerOptions).toMatchObject({ rootDir: 'src', outDir: 'dist' });
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('data');
  });

  const builtEntry = fileURLToPath(new URL('../../dist/node/index.js', import.meta.url));
  it.skipIf(!existsSync(builtEntry))('reads GunPoint through the built dist/node entry (skipped until `nx build` has run)', async () => {
    const built = (await import(/* @vite-ignore */ builtEntry)) as typeof import('./index.js');
    expect(built.bundledDataDirectory()).toBe(bundledDataDirectory());
    expect(built.bundledDataset('GunPoint', { split: 'train' }).train.series).toHaveLength(50);
  });
});
