/**
 * The main entry (`@softdtw/datasets`) must stay browser-safe: nothing it reaches may import a
 * Node built-in. Walks the relative imports from src/index.ts and checks every specifier; the
 * `./node` entry is the only place allowed to use `node:fs` and friends.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module reachable from `entry` through relative imports, with the bare specifiers each uses. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    const bare: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith('.')) queue.push(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else bare.push(specifier);
    }
    seen.set(file, bare);
  }
  return seen;
}

describe('browser-safe main entry', () => {
  const modules = reachable(join(srcDir, 'index.ts'));

  it('reaches the pure modules and none under src/node/', () => {
    const files = [...modules.keys()].map((file) => relative(srcDir, file)).sort();
    expect(files).toEqual(expect.arrayContaining(['index.ts', 'parseUcrTsv.ts', 'zNormalize.ts', 'cylinderBellFunnel.ts', 'SeededRandom.ts']));
    expect(files.filter((file) => file.startsWith('node'))).toEqual([]);
  });

  it('imports no Node built-in and no package at all', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    for (const [file, bare] of modules) {
      expect(bare.filter((specifier) => builtins.has(specifier) || specifier.startsWith('node:')), relative(srcDir, file)).toEqual([]);
      expect(bare, `${relative(srcDir, file)} has no dependencies`).toEqual([]);
    }
  });

  it('the node entry does use node:fs (so the walk really sees imports)', () => {
    const nodeModules = reachable(join(srcDir, 'node', 'index.ts'));
    expect([...nodeModules.values()].flat()).toContain('node:fs');
  });
});
