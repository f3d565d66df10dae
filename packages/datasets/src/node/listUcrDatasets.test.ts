import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { listUcrDatasets } from './listUcrDatasets.js';
import { DEFAULT_ARCHIVE, makeUcrArchive } from './__fixtures__/makeUcrArchive.js';
import { DatasetFileError } from '../errors.js';

describe('listUcrDatasets', () => {
  it('separates complete and TRAIN-only datasets, sorted case-insensitively, and lists catalog-only rows', () => {
    const dir = makeUcrArchive();
    const listing = listUcrDatasets(dir);
    expect(listing.directory).toBe(dir);
    expect(listing.catalogFile).toBe(join(dir, 'datasets.csv'));
    expect(listing.complete.map((d) => d.name)).toEqual(['Alpha', 'beta', 'Broken']);
    expect(listing.trainOnly.map((d) => d.name)).toEqual(['Delta', 'Gamma']);
    expect(listing.unavailable).toEqual([{ name: 'Epsilon', reason: 'absent (split files >= 4 MiB not retrievable)' }]);
  });

  it('gives paths and the catalog row of each dataset', () => {
    const dir = makeUcrArchive();
    const { complete, trainOnly } = listUcrDatasets(dir);
    const alpha = complete.find((d) => d.name === 'Alpha');
    expect(alpha).toMatchObject({
      status: 'complete',
      directory: join(dir, 'Alpha'),
      trainFile: join(dir, 'Alpha', 'Alpha_TRAIN.tsv'),
      testFile: join(dir, 'Alpha', 'Alpha_TEST.tsv'),
      catalog: { name: 'Alpha', name2015: 'Alpha_Old', nTrain: 2, nTest: 3, minLength: 3, nClasses: 2 },
    });
    const gamma = trainOnly.find((d) => d.name === 'Gamma');
    expect(gamma).toMatchObject({ status: 'train-only', directory: join(dir, '_train_only', 'Gamma'), catalog: { status: 'TRAIN only' } });
    expect(gamma).not.toHaveProperty('testFile');
    expect(trainOnly.find((d) => d.name === 'Delta')).not.toHaveProperty('catalog');
  });

  it('works without a catalog (folders only)', () => {
    const { ['datasets.csv']: _catalog, ...withoutCatalog } = DEFAULT_ARCHIVE;
    const listing = listUcrDatasets(makeUcrArchive(withoutCatalog));
    expect(listing).not.toHaveProperty('catalogFile');
    expect(listing.complete).toHaveLength(3);
    expect(listing.unavailable).toEqual([]);
  });

  it('throws DatasetFileError for a directory that does not exist', () => {
    const missing = join(makeUcrArchive({}), 'nowhere');
    expect(() => listUcrDatasets(missing)).toThrow(DatasetFileError);
    expect(() => listUcrDatasets(missing)).toThrow(/expected a readable directory of UCR datasets at .*nowhere, got ENOENT/);
  });
});
