/**
 * The README quick start is real: its code block is examples/quickStart.ts verbatim, and running that file prints
 * exactly the README's output block.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start'));

function block(language: string): string {
  const start = quickStart.indexOf('```' + language + '\n') + language.length + 4;
  return quickStart.slice(start, quickStart.indexOf('```', start));
}

describe('README quick start', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the code of examples/quickStart.ts', () => {
    expect(block('ts')).toBe(readFileSync(new URL('../examples/quickStart.ts', import.meta.url), 'utf8'));
  });

  it('prints the numbers shown in the README', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => lines.push(args.map(String).join(' ')));
    await import('../examples/quickStart.js');
    expect(lines.join('\n') + '\n').toBe(block('text'));
  });
});
