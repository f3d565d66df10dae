import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownModel, quickStart } from './readmeExamples.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = readFileSync(new URL('./readmeExamples.ts', import.meta.url), 'utf8');

function outputBlockAfter(marker: string): string[] {
  const start = readme.indexOf(marker);
  const block = readme.slice(start).match(/```text\n([\s\S]*?)```/);
  return (block?.[1] ?? '').trimEnd().split('\n');
}

describe('README examples', () => {
  it('quick start prints the lines shown in the README', async () => {
    const lines: string[] = [];
    await quickStart((line) => lines.push(line));
    expect(lines).toEqual(outputBlockAfter('## Quick start'));
  });

  it('the composability example (own model + softDtw loss, < 30 lines) trains and prints the README lines', () => {
    const lines: string[] = [];
    ownModel((line) => lines.push(line));
    expect(lines).toEqual(outputBlockAfter('## Your own model'));
    const first = Number(lines[0].split(' ').at(-1));
    const last = Number(lines.at(-1)?.split(' ').at(-1));
    expect(last).toBeLessThan(first);
  });

  it('the README code is the tested code, and the own-model example is under 30 lines', () => {
    const codeOf = (name: string): string[] => {
      const start = examples.indexOf(`export async function ${name}`) >= 0 ? examples.indexOf(`export async function ${name}`) : examples.indexOf(`export function ${name}`);
      const body = examples.slice(start);
      const end = body.indexOf('\n}\n');
      return body
        .slice(body.indexOf('{\n') + 2, end)
        .replace(/print\(/g, 'console.log(')
        .split('\n')
        .map((l) => l.replace(/^ {2}/, ''))
        .filter((l) => l.trim() !== '');
    };
    const own = codeOf('ownModel');
    expect(own.length).toBeLessThan(30);
    expect(codeOf('quickStart').length).toBeGreaterThan(15);
    for (const line of [...own, ...codeOf('quickStart')]) expect(readme).toContain(line);
  });
});
