import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeFileAtomic } from './writeFileAtomic.js';

test('writeFileAtomic replaces the file and leaves no temporary behind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'softdtw-atomic-'));
  const file = join(dir, 'nested', 'a.json');
  writeFileAtomic(file, 'first');
  writeFileAtomic(file, 'second');
  expect(readFileSync(file, 'utf8')).toBe('second');
  expect(readdirSync(join(dir, 'nested'))).toEqual(['a.json']);
});
