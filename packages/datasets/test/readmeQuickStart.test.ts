/**
 * The README's quick start is examples/quickStart.ts verbatim, and the output it shows is what
 * that file prints: both are checked here, so the README cannot drift from the code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { format } from 'node:util';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('../examples/quickStart.ts', import.meta.url), 'utf8');

/** The first fenced block of `language` after the heading `## Quick start`. */
function quickStartBlock(language: string): string {
  const section = readme.slice(readme.indexOf('## Quick start'));
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  if (match === null) throw new Error(`README.md: no \`\`\`${language} block under "## Quick start"`);
  return match[1] as string;
}

describe('README quick start', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows examples/quickStart.ts verbatim', () => {
    expect(quickStartBlock('ts')).toBe(example);
  });

  it('prints exactly the output the README shows', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(format(...args));
    });
    await import('../examples/quickStart.js');
    expect(`${lines.join('\n')}\n`).toBe(quickStartBlock('text'));
  });
});
