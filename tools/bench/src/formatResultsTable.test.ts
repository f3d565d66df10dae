import { describe, expect, test } from 'vitest';
import { formatNsPerCell, formatResultsTable } from './formatResultsTable.js';

describe('formatResultsTable', () => {
  const targets = [
    { id: 'cpu', label: 'cpu', status: 'ok' as const },
    { id: 'wasm', label: 'wasm f64', status: 'ok' as const },
    { id: 'webgpu', label: 'webgpu', status: 'unavailable' as const },
  ];
  const cell = (nsPerCell: number, c: number | null) => ({ nsPerCell, ratio: c === null ? null : nsPerCell / c, samplesMs: [1], value: 0 });

  test('one column per available backend: ns/cell and the ratio to C; — where a backend was not timed', () => {
    const table = formatResultsTable(
      [
        { label: 'value n=256 p=1', cNsPerCell: 53.04, results: { cpu: cell(91.2, 53.04), wasm: cell(12.3, 53.04) } },
        { label: 'batch all cores', cNsPerCell: 83.8, results: { cpu: { skipped: 'no pool' }, wasm: cell(4.5, 83.8) } },
      ],
      targets,
    );
    expect(table).toBe(
      [
        '| case | C ns/cell | cpu ns/cell (÷ C) | wasm f64 ns/cell (÷ C) |',
        '|---|---:|---:|---:|',
        '| value n=256 p=1 | 53.0 | 91.2 (1.72×) | 12.3 (0.23×) |',
        '| batch all cores | 83.8 | — | 4.50 (0.05×) |',
        '',
      ].join('\n'),
    );
  });

  test('prints n/a when the C reference is unavailable', () => {
    expect(formatResultsTable([{ label: 'value n=256 p=1', cNsPerCell: null, results: { cpu: cell(8.5, null) } }], targets.slice(0, 1))).toContain(
      '| value n=256 p=1 | n/a | 8.50 (n/a) |',
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
