import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { appendResult, readResults, ResultsConfigError } from './ResultsFile.js';

const config = { table: 't', epochs: 3 };

test('appended lines are read back; a missing file is empty; a cut-off last line is ignored', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'softdtw-results-')), 'sub', 'r.jsonl');
  expect(readResults(path, config)).toEqual([]);
  appendResult(path, { dataset: 'A', wallSeconds: 1, config });
  appendResult(path, { dataset: 'B', wallSeconds: 2, config });
  appendFileSync(path, '{"dataset":"C","wallSec'); // the process died while writing C
  expect(readResults(path, config).map((r) => r.dataset)).toEqual(['A', 'B']);
  expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(3);
});

test('results of other settings are refused with a typed error', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'softdtw-results-')), 'r.jsonl');
  appendResult(path, { dataset: 'A', wallSeconds: 1, config });
  expect(() => readResults(path, { ...config, epochs: 4 })).toThrow(ResultsConfigError);
  expect(() => readResults(path, { ...config, epochs: 4 })).toThrow(/line 1: expected results of the settings .*"epochs":4.*Use another --results file/);
});
