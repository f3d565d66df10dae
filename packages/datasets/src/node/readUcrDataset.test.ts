import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readUcrDataset } from './readUcrDataset.js';
import { makeUcrArchive } from './__fixtures__/makeUcrArchive.js';
import { DatasetNotFoundError, InvalidArgumentError, UcrParseError } from '../errors.js';

describe('readUcrDataset', () => {
  const dir = makeUcrArchive();

  it("reads TRAIN and TEST with split: 'all' (the default)", () => {
    const alpha = readUcrDataset(dir, 'Alpha');
    expect(alpha.name).toBe('Alpha');
    expect(alpha.directory).toBe(join(dir, 'Alpha'));
    expect(alpha.train.series).toEqual([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]);
    expect(alpha.test.labels).toEqual(['1', '2', '1']);
  });

  it('reads one split only when asked', () => {
    const train = readUcrDataset(dir, 'Alpha', { split: 'train' });
    expect(train).not.toHaveProperty('test');
    expect(train.train.series).toHaveLength(2);
    const test = readUcrDataset(dir, 'Alpha', { split: 'test' });
    expect(test).not.toHaveProperty('train');
    expect(test.test.series).toHaveLength(3);
  });

  it('reads TRAIN-only datasets from _train_only/ with split: train, and refuses the rest', () => {
    expect(readUcrDataset(dir, 'Gamma', { split: 'train' }).train.labels).toEqual(['3', '4']);
    for (const split of ['all', 'test'] as const) {
      try {
        readUcrDataset(dir, 'Gamma', { split });
        expect.unreachable('Gamma has no TEST file');
      } catch (error) {
        expect(error).toBeInstanceOf(DatasetNotFoundError);
        expect((error as DatasetNotFoundError).available).toEqual(['train']);
        expect((error as Error).message).toContain("This copy of Gamma is TRAIN-only: pass { split: 'train' }");
      }
    }
  });

  it('passes the missing-value policy to both files', () => {
    const beta = readUcrDataset(dir, 'beta', { missing: 'interpolate' });
    expect(beta.train.series).toEqual([[1, 2]]);
    expect(beta.test.series).toEqual([[3, 4, 5]]);
    expect(() => readUcrDataset(dir, 'beta')).toThrow(/beta_TEST\.tsv, line 1, column 3/);
  });

  it('surfaces parse errors with the file path', () => {
    expect(() => readUcrDataset(dir, 'Broken')).toThrow(UcrParseError);
    expect(() => readUcrDataset(dir, 'Broken')).toThrow(/Broken_TRAIN\.tsv, line 2, column 3/);
  });

  it('names near misses: other case, 2015 name, catalog status', () => {
    const message = (name: string): string => {
      try {
        readUcrDataset(dir, name);
      } catch (error) {
        expect(error).toBeInstanceOf(DatasetNotFoundError);
        expect((error as DatasetNotFoundError).available).toEqual(['Alpha', 'beta', 'Broken', 'Delta', 'Gamma']);
        return (error as Error).message;
      }
      throw new Error(`expected ${name} not to be found`);
    };
    expect(message('alpha')).toContain("Names are case-sensitive: did you mean 'Alpha'?");
    expect(message('Alpha_Old')).toContain("'Alpha_Old' is the 2015 name; the 2018 archive calls it 'Alpha'.");
    expect(message('Epsilon')).toContain('datasets.csv lists it as: absent (split files >= 4 MiB not retrievable).');
    expect(message('Zeta')).toMatch(/expected a dataset folder named 'Zeta' .* got none\. Available: Alpha, beta, Broken, Delta, Gamma\./);
    expect(message('OnlyTest')).toContain('got none'); // a folder without TRAIN is not a dataset
  });

  it('rejects names that are paths, and unknown splits', () => {
    expect(() => readUcrDataset(dir, '../Alpha')).toThrow(InvalidArgumentError);
    expect(() => readUcrDataset(dir, '')).toThrow(/expected a dataset name such as 'GunPoint'/);
    // @ts-expect-error not a split name
    expect(() => readUcrDataset(dir, 'Alpha', { split: 'validation' })).toThrow(/expected split 'train', 'test' or 'all', got "validation"/);
  });
});
