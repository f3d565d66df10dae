import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { VERSION } from './index.js';

test('VERSION matches package.json (the duplicate-module guard compares it)', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});
