import { describe, expect, it } from 'vitest';
import { LatestOnly } from './LatestOnly.js';

describe('LatestOnly', () => {
  it('runs one task at a time and only the latest of the calls made meanwhile', async () => {
    const started: number[] = [];
    let release: () => void = () => {};
    const runner = new LatestOnly<number>(
      (value) => {
        started.push(value);
        return new Promise<void>((resolve) => (release = resolve));
      },
      () => {},
    );
    const first = runner.run(1);
    void runner.run(2);
    void runner.run(3);
    expect(started).toEqual([1]);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([1, 3]);
    release();
    await first;
    expect(started).toEqual([1, 3]);
  });

  it('passes failures to onError and keeps going', async () => {
    const errors: unknown[] = [];
    const seen: number[] = [];
    const runner = new LatestOnly<number>(
      async (value) => {
        seen.push(value);
        if (value === 1) throw new Error('first failed');
      },
      (error) => errors.push(error),
    );
    await runner.run(1);
    await runner.run(2);
    expect(seen).toEqual([1, 2]);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('first failed');
  });
});
