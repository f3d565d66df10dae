import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readUcrTsvFile } from './readUcrTsvFile.js';
import { makeUcrArchive } from './__fixtures__/makeUcrArchive.js';
import { DatasetFileError, UcrParseError } from '../errors.js';

describe('readUcrTsvFile', () => {
  const dir = makeUcrArchive();

  it('reads a file and names it as the source', () => {
    const path = join(dir, 'Alpha', 'Alpha_TEST.tsv');
    const split = readUcrTsvFile(path);
    expect(split.source).toBe(path);
    expect(split.series).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
  });

  it('passes the missing-value policy to the parser', () => {
    expect(readUcrTsvFile(join(dir, 'beta', 'beta_TEST.tsv'), { missing: 'interpolate' }).series).toEqual([[3, 4, 5]]);
  });

  it('names the file, line and column of a malformed value', () => {
    const path = join(dir, 'Broken', 'Broken_TRAIN.tsv');
    try {
      readUcrTsvFile(path);
      expect.unreachable('Broken_TRAIN.tsv should not parse');
    } catch (error) {
      expect(error).toBeInstanceOf(UcrParseError);
      expect(error).toMatchObject({ source: path, line: 2, column: 3 });
      expect((error as Error).message).toContain(`${path}, line 2, column 3: expected a decimal number or NaN, got "oops"`);
    }
  });

  it('throws DatasetFileError with the system code for a missing file', () => {
    const path = join(dir, 'Nope', 'Nope_TRAIN.tsv');
    expect(() => readUcrTsvFile(path)).toThrow(DatasetFileError);
    expect(() => readUcrTsvFile(path)).toThrow(new RegExp(`expected a readable file at .*Nope_TRAIN\\.tsv, got ENOENT`));
  });
});
