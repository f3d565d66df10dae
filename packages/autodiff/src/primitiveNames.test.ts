import { describe, expect, test } from 'vitest';
import { listPrimitives, PRIMITIVE_NAMES } from './index.js';

/** The primitives that are explicitly non-differentiable (marked `nondifferentiable: true`). */
const NONDIFFERENTIABLE = new Set(['Greater', 'GreaterEqual', 'Less', 'LessEqual', 'Equal']);

describe('primitive registry completeness', () => {
  const defined = new Map(listPrimitives().map((p) => [p.name, p]));

  test('every name in primitiveNames.ts is defined with a VJP, or explicitly non-differentiable', () => {
    for (const name of PRIMITIVE_NAMES) {
      const info = defined.get(name);
      expect(info, `${name} is listed but not defined`).toBeDefined();
      expect(info?.differentiable, `${name} differentiability`).toBe(!NONDIFFERENTIABLE.has(name));
    }
  });

  test('every built-in definition is listed in primitiveNames.ts, and names are unique', () => {
    const builtIns = [...defined.keys()].filter((name) => !name.startsWith('Test'));
    expect(new Set(builtIns)).toEqual(new Set(PRIMITIVE_NAMES));
    expect(new Set(PRIMITIVE_NAMES).size).toBe(PRIMITIVE_NAMES.length);
  });

  test('names are PascalCase', () => {
    for (const name of PRIMITIVE_NAMES) expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
  });
});
