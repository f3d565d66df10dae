/**
 * The README quick start: runs examples/quickStart.ts, checks what it prints against the numbers
 * written in its comments, and checks that the README shows exactly that file.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => vi.restoreAllMocks());

const examplePath = new URL('../examples/quickStart.ts', import.meta.url);

test('the quick start prints the numbers written in its comments', async () => {
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  });
  await import('../examples/quickStart.js');
  expect(printed).toEqual(['20.75', '[-53,-68]', '13.8611', 'true']);
  const source = readFileSync(examplePath, 'utf8');
  const commented = [...source.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => (m[1] as string).replace(/\s/g, ''));
  expect(commented).toEqual(printed.map((line) => line.replace(/\s/g, '')));
});

test('the README shows the quick start verbatim', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const source = readFileSync(examplePath, 'utf8');
  expect(readme).toContain(source.trim());
});
