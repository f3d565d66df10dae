import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CliUsageError } from '../CliUsageError.js';
import { readSeriesInput } from './readSeriesInput.js';

const fixture = (name: string): string => join(import.meta.dirname, '..', '..', 'test', 'fixtures', name);

function usageError(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a CliUsageError');
}

describe('readSeriesInput', () => {
  test('the same tiny dataset reads identically from .tsv, .csv and .json', () => {
    const tsv = readSeriesInput(fixture('tiny.tsv'));
    const csv = readSeriesInput(fixture('tiny.csv'));
    const json = readSeriesInput(fixture('tiny.json'));
    expect(tsv.series).toHaveLength(8);
    expect(tsv.series[0]).toHaveLength(16);
    expect(csv.series).toEqual(tsv.series);
    expect(json.series).toEqual(tsv.series);
    expect(tsv.labels).toEqual(['1', '2', '1', '2', '1', '2', '1', '2']);
    expect(csv.labels).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(json.labels).toEqual(csv.labels);
  });

  test('bundled datasets and inline numbers', () => {
    const gunPoint = readSeriesInput('bundled:GunPoint');
    expect(gunPoint.series).toHaveLength(50);
    expect(readSeriesInput('bundled:ECG200:test').series).toHaveLength(100);
    expect(readSeriesInput('0,1,2;3,4').series).toEqual([[0, 1, 2], [3, 4]]);
    expect(readSeriesInput('-1.5,2e1').series).toEqual([[-1.5, 20]]);
    expect(usageError(() => readSeriesInput('bundled:Coffee'))).toMatch(/expected bundled:<ECG200\|GunPoint>/);
  });

  test('CSV: trailing padding is dropped, a label column is chosen by name or number', () => {
    expect(readSeriesInput(fixture('padded.csv')).series).toEqual([[0, 1, 2, 3], [5, 6]]);
    const byNumber = readSeriesInput(fixture('padded.csv'), { labelColumn: '1' });
    expect(byNumber.labels).toEqual(['0', '5']);
    expect(byNumber.series).toEqual([[1, 2, 3], [6]]);
    expect(readSeriesInput(fixture('tiny.csv'), { labelColumn: 'CLASS' }).labels?.[1]).toBe('b');
  });

  test('JSON: multivariate series keep their rows', () => {
    const data = readSeriesInput(fixture('multivariate.json'));
    expect(data.series).toEqual([[[0, 1], [1, 0], [2, 1]], [[0, 0], [1, 1], [2, 2], [3, 1]]]);
    expect(data.labels).toBeUndefined();
  });

  test('one-line errors: missing file, directory, unknown extension, ragged rows, missing column, bad values', () => {
    expect(usageError(() => readSeriesInput('no/such.tsv', { role: 'X' }))).toMatch(/^X: no such file "no\/such\.tsv"/);
    expect(usageError(() => readSeriesInput(join(import.meta.dirname)))).toMatch(/expected a file, got the directory/);
    expect(usageError(() => readSeriesInput(join(import.meta.dirname, 'readSeriesInput.ts')))).toMatch(/cannot tell the format.*--format/);
    expect(usageError(() => readSeriesInput(fixture('ragged.csv')))).toMatch(/ragged\.csv, line 3: expected 5 fields like the header, got 4 \(ragged rows\)/);
    expect(usageError(() => readSeriesInput(fixture('tiny.csv'), { labelColumn: 'species' }))).toMatch(/missing column "species": the header has "class", "t0"/);
    expect(usageError(() => readSeriesInput(fixture('padded.csv'), { labelColumn: 'class' }))).toMatch(/missing column "class": the file has no header row/);
    expect(usageError(() => readSeriesInput(fixture('padded.csv'), { labelColumn: '9' }))).toMatch(/missing column 9: the rows have 4 columns/);
    expect(usageError(() => readSeriesInput(fixture('notanumber.csv')))).toMatch(/line 2, column 3: expected a number, got "x"/);
    expect(usageError(() => readSeriesInput(fixture('tiny.json'), { format: 'csv' }))).toMatch(/tiny\.json/);
  });

  test('a malformed UCR file fails with the line and column (E_UCR_PARSE)', () => {
    expect(() => readSeriesInput(fixture('bad.tsv'))).toThrow(expect.objectContaining({ code: 'E_UCR_PARSE', message: expect.stringMatching(/line 2, column 3/) }));
  });
});
