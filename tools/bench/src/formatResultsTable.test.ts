import { describe, expect, test } from 'vitest';
import { formatNsPerCell, formatResultsTable } from './formatResultsTable.js';

describe('formatResultsTable', () => {
  test('renders header, alignment row and one line per case with the ratio ours / C', () => {
    const table = formatResultsTable([
      { label: 'value n=256 p=1', cNsPerCell: 53.04, oursNsPerCell: 91.2, ratio: 91.2 / 53.04 },
      { label: 'value+grad n=4096 p=8', cNsPerCell: 83.8, oursNsPerCell: 217.4, ratio: 217.4 / 83.8 },
    ]);
    expect(table).toBe(
      [
        '| case | C ns/cell | ours ns/cell | ratio |',
        '|---|---:|---:|---:|',
        '| value n=256 p=1 | 53.0 | 91.2 | 1.72× |',
        '| value+grad n=4096 p=8 | 83.8 | 217 | 2.59× |',
        '',
      ].join('\n'),
    );
  });

  test('prints n/a when the C reference is unavailable', () => {
    expect(formatResultsTable([{ label: 'value n=256 p=1', cNsPerCell: null, oursNsPerCell: 8.5, ratio: null }])).toContain(
      '| value n=256 p=1 | n/a | 8.50 | n/a |',
    );
  });
});

describe('formatNsPerCell', () => {
  test.each([
    [4.314, '4.31'],
    [0.92, '0.92'],
    [53.04, '53.0'],
    [99.94, '99.9'],
    [182.4, '182'],
    [1234.5, '1235'],
  ])('%f → %s', (ns, text) => {
    expect(formatNsPerCell(ns)).toBe(text);
  });
});
