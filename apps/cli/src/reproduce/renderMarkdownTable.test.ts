import { expect, test } from 'vitest';
import { renderCsv } from './renderCsv.js';
import { renderMarkdownTable } from './renderMarkdownTable.js';

test('markdown and CSV tables', () => {
  expect(renderMarkdownTable(['a', 'b'], [[1, 'x|y']])).toBe('| a | b |\n|---|---|\n| 1 | x\\|y |\n');
  expect(renderCsv(['name', 'x'], [['a,b', 1], ['say "hi"', 2.5]])).toBe('name,x\n"a,b",1\n"say ""hi""",2.5\n');
});
