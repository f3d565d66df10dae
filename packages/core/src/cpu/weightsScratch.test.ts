import { afterEach, describe, expect, it } from 'vitest';
import { borrowWeightsScratch, releaseWeightsScratch, SCRATCH_RETENTION_BYTES } from './weightsScratch.js';

describe('weightsScratch', () => {
  afterEach(() => releaseWeightsScratch());

  it('reuses one buffer for sizes within the retention cap', () => {
    const a = borrowWeightsScratch(1000);
    const b = borrowWeightsScratch(500);
    expect(a.length).toBe(1000);
    expect(b.length).toBe(500);
    expect(b.buffer).toBe(a.buffer);
  });

  it('allocates a fresh array above the cap and never retains it', () => {
    const small = borrowWeightsScratch(10);
    const big = borrowWeightsScratch(SCRATCH_RETENTION_BYTES / 8 + 1);
    expect(big.buffer).not.toBe(small.buffer);
    expect(borrowWeightsScratch(10).buffer).toBe(small.buffer);
  });

  it('drops the buffer on release', () => {
    const a = borrowWeightsScratch(10);
    releaseWeightsScratch();
    expect(borrowWeightsScratch(10).buffer).not.toBe(a.buffer);
  });
});
