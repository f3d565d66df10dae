import { NumericalError } from '@softdtw/core';
import { describe, expect, it } from 'vitest';
import { checkFloat32Values, FLOAT32_VALUE_LIMIT } from './checkFloat32Values.js';

describe('checkFloat32Values', () => {
  it('accepts finite values below the limit, negative ones included', () => {
    expect(() => checkFloat32Values('op', Float32Array.of(0, -3.5, 1e28))).not.toThrow();
  });

  it('rejects overflow and values that may have met the 1e30 sentinel, naming the item', () => {
    expect(() => checkFloat32Values('op', Float32Array.of(1, Infinity))).toThrow(NumericalError);
    expect(() => checkFloat32Values('op', [0, 0, FLOAT32_VALUE_LIMIT])).toThrow(/item 2/);
    expect(() => checkFloat32Values('op', [Number.NaN])).toThrow(/float32 range/);
  });
});
