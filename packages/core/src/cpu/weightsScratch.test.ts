import { afterEach, describe, expect, it, vi } from 'vitest';
import { borrowWeightsScratch, LARGE_SCRATCH_IDLE_MS, releaseWeightsScratch, SCRATCH_RETENTION_BYTES } from './weightsScratch.js';

describe('weightsScratch', () => {
  afterEach(() => releaseWeightsScratch());

  it('reuses one buffer for sizes within the retention cap', () => {
    const a = borrowWeightsScratch(1000);
    const b = borrowWeightsScratch(500);
    expect(a.length).toBe(1000);
    expect(b.length).toBe(500);
    expect(b.buffer).toBe(a.buffer);
  });

  it('keeps a buffer above the cap only while calls keep coming', () => {
    vi.useFakeTimers();
    try {
      const small = borrowWeightsScratch(10);
      const largeLength = SCRATCH_RETENTION_BYTES / 8 + 1;
      const big = borrowWeightsScratch(largeLength);
      expect(big.buffer).not.toBe(small.buffer);
      expect(borrowWeightsScratch(10).buffer).toBe(small.buffer);
      vi.advanceTimersByTime(LARGE_SCRATCH_IDLE_MS - 1);
      expect(borrowWeightsScratch(largeLength).buffer).toBe(big.buffer); // reused, and the idle clock restarts
      vi.advanceTimersByTime(LARGE_SCRATCH_IDLE_MS + 1);
      expect(borrowWeightsScratch(largeLength).buffer).not.toBe(big.buffer); // dropped after idling
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops the buffer on release', () => {
    const a = borrowWeightsScratch(10);
    releaseWeightsScratch();
    expect(borrowWeightsScratch(10).buffer).not.toBe(a.buffer);
  });
});
