/**
 * The repository README's example is real: its code block is examples/composeInModel.ts verbatim,
 * it prints the README's output block, and the gradient it prints agrees with finite differences.
 */
import { readFileSync } from 'node:fs';
import { mul, tensor } from '@softdtw/autodiff';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { softDtw } from '../src/index.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const example = readme.slice(readme.indexOf('## Example'));

function block(language: string): string {
  const start = example.indexOf('```' + language + '\n') + language.length + 4;
  return example.slice(start, example.indexOf('```', start));
}

describe('root README example', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the code of examples/composeInModel.ts', () => {
    expect(block('ts')).toBe(readFileSync(new URL('../examples/composeInModel.ts', import.meta.url), 'utf8'));
  });

  it('prints the numbers shown in the README, and d loss / d scale matches finite differences', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => lines.push(args.map(String).join(' ')));
    await import('../examples/composeInModel.js');
    expect(lines.join('\n') + '\n').toBe(block('text'));

    const xs = tensor([0, 1, 2, 3, 2, 1].map((v) => [v]));
    const ys = tensor([0, 0, 1, 3, 3, 1, 0].map((v) => [v]));
    const loss = (s: number) => (softDtw(mul(xs, s), ys, { gamma: 0.1 }) as { item(): number }).item();
    const h = 1e-6;
    const numeric = (loss(1.5 + h) - loss(1.5 - h)) / (2 * h);
    expect(Number(lines[3])).toBeCloseTo(numeric, 3);
  });
});
