import { describe, expect, test } from 'vitest';
import { parseUcrTsv } from './readUcrTsv.js';
import { CliUsageError } from './CliUsageError.js';

describe('parseUcrTsv', () => {
  test('reads labels and values, dropping trailing NaN padding', () => {
    const data = parseUcrTsv('1\t0.5\t0.7\t0.9\n2\t0.1\t0.2\tNaN\n', 'toy.tsv');
    expect(data.labels).toEqual(['1', '2']);
    expect(data.series).toEqual([
      [0.5, 0.7, 0.9],
      [0.1, 0.2],
    ]);
  });

  test('names file, line and column of a bad value', () => {
    expect(() => parseUcrTsv('1\t0.5\n2\t0.1\tabc\n', 'bad.tsv')).toThrow(/bad\.tsv:2:3: expected a number, got "abc"/);
  });

  test('rejects NaN inside a series, a label-only line and an empty file', () => {
    expect(() => parseUcrTsv('1\t0.5\tNaN\t0.7\n', 'gap.tsv')).toThrow(CliUsageError);
    expect(() => parseUcrTsv('1\n', 'short.tsv')).toThrow(/short\.tsv:1: expected a label followed by at least one value/);
    expect(() => parseUcrTsv('\n\n', 'empty.tsv')).toThrow(/expected at least one series/);
  });
});
