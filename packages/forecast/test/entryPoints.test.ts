/**
 * The main entry must stay light and browser-safe: onnxruntime-web only behind `./onnx`, node:
 * modules only behind `./node`. This walks the relative import graph of each entry's sources.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = resolve(import.meta.dirname, '../src');

function externalImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const external = new Set<string>();
  const stack = [join(srcDir, entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
      const spec = match[1];
      if (spec.startsWith('.')) stack.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else external.add(spec);
    }
  }
  return external;
}

describe('entry points', () => {
  it('the main entry imports neither onnxruntime-web nor node: modules', () => {
    const imports = [...externalImports('index.ts')];
    expect(imports).toContain('@softdtw/core');
    expect(imports.filter((s) => s.startsWith('onnxruntime') || s.startsWith('node:'))).toEqual([]);
  });

  it('./onnx imports onnxruntime-web, ./node imports node:fs', () => {
    expect(externalImports('onnx.ts').has('onnxruntime-web')).toBe(true);
    expect(externalImports('node.ts').has('node:fs')).toBe(true);
  });
});
