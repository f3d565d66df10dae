import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { writeFileAtomic } from './writeFileAtomic.js';

const scratch = mkdtempSync(join(tmpdir(), 'softdtw-bench-write-'));
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

test('writeFileAtomic: creates the folder, replaces the previous content, leaves no temporary file', () => {
  const target = join(scratch, 'results', 'latest.md');
  writeFileAtomic(target, 'first\n');
  writeFileAtomic(target, 'second\n');
  expect(readFileSync(target, 'utf8')).toBe('second\n');
  expect(readdirSync(join(scratch, 'results'))).toEqual(['latest.md']);
});
