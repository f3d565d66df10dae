import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUcrTsv } from './parseUcrTsv.js';
import { UcrParseError } from './errors.js';

/** Run `fn`, expect a UcrParseError, return it for field checks. */
function parseError(fn: () => unknown): UcrParseError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UcrParseError);
    return error as UcrParseError;
  }
  throw new Error('expected a UcrParseError, got no error');
}

describe('parseUcrTsv', () => {
  it('reads labels and values in file order, labels as written', () => {
    const split = parseUcrTsv('-1\t0.5\t-0.25\t1e-3\n1\t2\t3\t4\n', { source: 'toy.tsv' });
    expect(split.labels).toEqual(['-1', '1']);
    expect(split.series).toEqual([[0.5, -0.25, 0.001], [2, 3, 4]]);
    expect(split).toMatchObject({ source: 'toy.tsv', minLength: 3, maxLength: 3, missingValues: 0 });
  });

  it('treats CRLF, LF and a final line without newline alike', () => {
    const lf = parseUcrTsv('1\t1\t2\n2\t3\t4\n');
    expect(parseUcrTsv('1\t1\t2\r\n2\t3\t4\r\n')).toEqual(lf);
    expect(parseUcrTsv('1\t1\t2\n2\t3\t4')).toEqual(lf);
    expect(parseUcrTsv('\uFEFF1\t1\t2\r\n2\t3\t4')).toEqual(lf);
  });

  it('counts CRLF lines as one line each in error positions', () => {
    const error = parseError(() => parseUcrTsv('1\t1\t2\r\n2\t3\t4\r\n3\t5\tx\r\n', { source: 'crlf.tsv' }));
    expect([error.line, error.column]).toEqual([3, 3]);
  });

  it('strips trailing NaN padding so each series has its true length', () => {
    const split = parseUcrTsv('1\t1\t2\t3\t4\n2\t5\t6\tNaN\tNaN\n3\t7\tNaN\tNaN\tNaN\n');
    expect(split.series).toEqual([[1, 2, 3, 4], [5, 6], [7]]);
    expect([split.minLength, split.maxLength, split.missingValues]).toEqual([1, 4, 0]);
  });

  it('accepts ragged rows (no padding) and reports their length range', () => {
    const split = parseUcrTsv('1\t1\t2\t3\n1\t4\n2\t5\t6\t7\t8\t9\n');
    expect(split.series.map((s) => s.length)).toEqual([3, 1, 5]);
    expect([split.minLength, split.maxLength]).toEqual([1, 5]);
  });

  it('skips blank lines but keeps physical line numbers', () => {
    const split = parseUcrTsv('\n1\t1\t2\n   \n\n2\t3\t4\n\n');
    expect(split.labels).toEqual(['1', '2']);
    const error = parseError(() => parseUcrTsv('\n1\t1\t2\n\n2\t3\tbad\n'));
    expect(error.line).toBe(4);
  });

  it('ignores trailing spaces and a trailing tab', () => {
    expect(parseUcrTsv('1\t1\t2\t\n2\t3\t4  \n').series).toEqual([[1, 2], [3, 4]]);
  });

  it('rejects NaN inside a series by default, naming line and column', () => {
    const error = parseError(() => parseUcrTsv('1\t1\t2\t3\n2\t4\tNaN\t6\n', { source: 'gap.tsv' }));
    expect(error.code).toBe('E_UCR_PARSE');
    expect([error.source, error.line, error.column]).toEqual(['gap.tsv', 2, 3]);
    expect(error.message).toContain('gap.tsv, line 2, column 3');
    expect(error.message).toContain("{ missing: 'interpolate' }");
  });

  it('treats leading NaN as missing, not as padding', () => {
    const error = parseError(() => parseUcrTsv('1\tNaN\t2\t3\n'));
    expect([error.line, error.column]).toEqual([1, 2]);
  });

  it("keeps inner NaN with missing: 'keep' and counts them", () => {
    const split = parseUcrTsv('1\tNaN\t2\tNaN\t4\tNaN\n', { missing: 'keep' });
    expect(split.series[0]).toEqual([Number.NaN, 2, Number.NaN, 4]);
    expect(split.missingValues).toBe(2);
  });

  it("fills gaps linearly and a leading gap with the first value under missing: 'interpolate'", () => {
    const split = parseUcrTsv('1\tNaN\tNaN\t2\t4\tNaN\tNaN\tNaN\t0\tNaN\n', { missing: 'interpolate' });
    expect(split.series[0]).toEqual([2, 2, 2, 4, 3, 2, 1, 0]);
    expect(split.missingValues).toBe(5);
  });

  it('accepts NaN in any case and a sign (nan, -NaN)', () => {
    expect(parseUcrTsv('1\t1\tnan\t-NaN\n').series).toEqual([[1]]);
  });

  it.each([
    ['a word', '1\t1\tabc\t3\n', 1, 3],
    ['an empty field', '1\t1\t\t3\n', 1, 3],
    ['Infinity', '1\t1\tInfinity\n', 1, 3],
    ['hex', '1\t0x10\n', 1, 2],
    ['two numbers in one field', '1\t1 2\t3\n', 1, 2],
    ['a comma-separated value', '1\t1,5\t3\n', 1, 2],
  ])('rejects %s with the line and column', (_what, text, line, column) => {
    const error = parseError(() => parseUcrTsv(text, { source: 'bad.tsv' }));
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.message).toMatch(/^parseUcrTsv: bad\.tsv, line \d+, column \d+: expected a decimal number or NaN, got .+\. Fix/);
  });

  it('rejects an empty label and a NaN label at column 1', () => {
    expect(parseError(() => parseUcrTsv('\t1\t2\n')).column).toBe(1);
    expect(parseError(() => parseUcrTsv('NaN\t1\t2\n')).column).toBe(1);
  });

  it('rejects a label without values, and hints at the 2015 comma format', () => {
    const single = parseError(() => parseUcrTsv('1\n'));
    expect(single.message).toContain('expected a label followed by at least one tab-separated value');
    const comma = parseError(() => parseUcrTsv('1,0.5,0.6\n'));
    expect(comma.message).toContain("pass { delimiter: ',' }");
  });

  it('reads the comma-separated 2015 format with delimiter: ","', () => {
    expect(parseUcrTsv('1,0.5,0.6\n2,0.1,0.2\n', { delimiter: ',' }).series).toEqual([[0.5, 0.6], [0.1, 0.2]]);
  });

  it('rejects a line that is all NaN', () => {
    const error = parseError(() => parseUcrTsv('1\t1\n2\tNaN\tNaN\n'));
    expect([error.line, error.column]).toEqual([2, 0]);
    expect(error.message).toContain('got only NaN');
  });

  it('rejects an empty text and a text of blank lines, for the whole file', () => {
    const empty = parseError(() => parseUcrTsv('', { source: 'empty.tsv' }));
    expect([empty.line, empty.column]).toEqual([0, 0]);
    expect(empty.message).toContain('empty.tsv: expected at least one series, got an empty text');
    expect(parseError(() => parseUcrTsv('\n \r\n')).message).toContain('got only blank lines');
  });

  it('round-trips any finite table written with String(value)', () => {
    const row = fc.tuple(
      fc.constantFrom('1', '2', '-1', '10'),
      fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const text = rows.map(([label, values]) => [label, ...values.map(String)].join('\t')).join(eol);
        const split = parseUcrTsv(text);
        expect(split.labels).toEqual(rows.map(([label]) => label));
        expect(split.series).toEqual(rows.map(([, values]) => values.map((v) => (Object.is(v, -0) ? 0 : v))));
      }),
      { seed: 20240601, numRuns: 200 },
    );
  });
});
