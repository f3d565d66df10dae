import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BenchError } from './BenchError.js';
import { findCReferenceRow, parseCReferenceOutput } from './parseCReferenceOutput.js';

// Verbatim stdout of `./sdtw_ref 1` (shared/limit/sdtw_ref.c, gcc -O3 -march=native) on the dev machine.
const FIXTURE = readFileSync(new URL('./__fixtures__/sdtw_ref-reps1.txt', import.meta.url), 'utf8');

describe('parseCReferenceOutput', () => {
  test('parses every row of a real sdtw_ref run, names with spaces included', () => {
    const table = parseCReferenceOutput(FIXTURE);
    expect(table.header).toMatch(/^sdtw_ref \(double.*gamma=1, median of 1 runs$/);
    expect(table.rows).toHaveLength(32); // 5 lines × 3 sizes × 2 dims + 2 batch lines
    expect(table.rows[0]!.caseName).toBe('cost n=256 p=1');
    expect(table.rows.at(-1)!.caseName).toBe('batch1024x128 cost+fwd+bwd+grad 1thr');
    for (const row of table.rows) {
      // ns/cell is printed with 3 decimals, median_ms with 3: they agree to that precision.
      expect(Math.abs((row.medianMs * 1e6) / row.cells - row.nsPerCell)).toBeLessThan(0.002 + (0.0005 * 1e6) / row.cells);
    }
  });

  test('reads the four fields of one row', () => {
    const text = [
      '# sdtw_ref (double), gamma=1, median of 5 runs',
      'case                                  cells    median_ms    ns/cell',
      'cost+fwd+bwd+grad n=1024 p=8                1048576       78.546     74.908',
      '',
    ].join('\n');
    expect(parseCReferenceOutput(text)).toEqual({
      header: 'sdtw_ref (double), gamma=1, median of 5 runs',
      rows: [{ caseName: 'cost+fwd+bwd+grad n=1024 p=8', cells: 1048576, medianMs: 78.546, nsPerCell: 74.908 }],
    });
  });

  test('rejects a line that is not a row, naming the line', () => {
    const text = 'case cells median_ms ns/cell\ncost n=256 p=1 65536 1.9 oops\n';
    expect(() => parseCReferenceOutput(text)).toThrow(expect.objectContaining({ code: 'BAD_C_OUTPUT', message: expect.stringContaining('line 2') }));
  });

  test('rejects output without rows (e.g. a crashed run)', () => {
    expect(() => parseCReferenceOutput('# sdtw_ref header only\n')).toThrow(BenchError);
  });
});

describe('findCReferenceRow', () => {
  const table = parseCReferenceOutput(FIXTURE);

  test('finds a case by its exact name', () => {
    expect(findCReferenceRow(table, 'cost+fwd n=4096 p=8').cells).toBe(4096 * 4096);
  });

  test('throws MISSING_C_CASE listing what exists', () => {
    expect(() => findCReferenceRow(table, 'cost+fwd n=512 p=1')).toThrow(
      expect.objectContaining({ code: 'MISSING_C_CASE', message: expect.stringContaining('cost+fwd n=256 p=1') }),
    );
  });
});
