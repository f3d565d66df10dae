import { describe, expect, it } from 'vitest';
import { PackCheckError } from './PackCheckError.js';
import { printedOutputMismatch, readmeQuickStart } from './readmeQuickStart.js';

const fence = '```';

describe('readmeQuickStart', () => {
  it('takes the first ts block under "## Quick start" and the text block after it as exact output', () => {
    const readme = [
      '# pkg',
      '',
      `${fence}ts`,
      'console.log("not this one");',
      `${fence}`,
      '',
      '## Quick start',
      '',
      `${fence}ts`,
      'console.log(1 + 1);',
      `${fence}`,
      '',
      'prints',
      '',
      `${fence}text`,
      '2',
      `${fence}`,
      '',
      `${fence}ts`,
      'console.log("a second example");',
      `${fence}`,
      '',
      '## API',
    ].join('\n');
    expect(readmeQuickStart(readme)).toEqual({ code: 'console.log(1 + 1);\n', expected: { kind: 'exact', text: '2\n' } });
  });

  it('does not take an output block from the next section', () => {
    const readme = `## Quick start\n\n${fence}ts\nconsole.log(1);\n${fence}\n\n## Output\n\n${fence}text\n1\n${fence}\n`;
    expect(readmeQuickStart(readme).expected).toEqual({ kind: 'none' });
  });

  it('reads "// → line" comments when there is no output block', () => {
    const readme = `## Quick start\n\n${fence}ts\nconsole.log(a);\n// → 1 2\nconsole.log(b); // 3\n// → done\n${fence}\n`;
    expect(readmeQuickStart(readme).expected).toEqual({ kind: 'lines', lines: ['1 2', 'done'] });
  });

  it('reads values from trailing console.log comments and ignores prose comments', () => {
    const readme = `## Quick start\n\n${fence}ts\nconsole.log(x); // 20.75\nconsole.log(g); // [ -53, -68 ]\nconsole.log(v); // the value (can be negative)\nconsole.log(ok); // true\n${fence}\n`;
    expect(readmeQuickStart(readme).expected).toEqual({ kind: 'values', values: ['20.75', '[ -53, -68 ]', 'true'] });
  });

  it('throws NO_README_EXAMPLE without a quick start or without a ts block in it', () => {
    expect(() => readmeQuickStart('# pkg\n')).toThrow(PackCheckError);
    expect(() => readmeQuickStart(`## Quick start\n\n${fence}sh\nnpm i pkg\n${fence}\n`)).toThrow(/no ```ts block/);
    try {
      readmeQuickStart('');
    } catch (error) {
      expect((error as PackCheckError).code).toBe('NO_README_EXAMPLE');
    }
  });
});

describe('printedOutputMismatch', () => {
  it('exact: the whole stdout must match', () => {
    expect(printedOutputMismatch({ kind: 'exact', text: '2\n' }, '2\n')).toBeUndefined();
    expect(printedOutputMismatch({ kind: 'exact', text: '2\n' }, '2\n3\n')).toMatch(/exactly/);
  });

  it('lines: each line printed, in order', () => {
    expect(printedOutputMismatch({ kind: 'lines', lines: ['a', 'c'] }, 'a\nb\nc\n')).toBeUndefined();
    expect(printedOutputMismatch({ kind: 'lines', lines: ['c', 'a'] }, 'a\nb\nc\n')).toMatch(/"a"/);
  });

  it('values: each value appears, in order, whatever the spacing', () => {
    expect(printedOutputMismatch({ kind: 'values', values: ['20.75', '[ -53, -68 ]'] }, '20.75\n[ -53, -68 ]\n')).toBeUndefined();
    expect(printedOutputMismatch({ kind: 'values', values: ['[-53,-68]'] }, '[ -53, -67 ]\n')).toMatch(/\[-53,-68\]/);
    expect(printedOutputMismatch({ kind: 'values', values: ['2', '1'] }, '1\n2\n')).toMatch(/"1"/);
  });

  it('none: anything goes', () => {
    expect(printedOutputMismatch({ kind: 'none' }, 'whatever')).toBeUndefined();
  });
});
