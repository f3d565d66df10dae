import { hasKernel, listBackends } from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';

describe('@softdtw/backend-tfjs/auto', () => {
  it("registers the 'tfjs' backend and its kernels at import, without loading tfjs-core yet", async () => {
    expect(listBackends().some((row) => row.name === 'tfjs')).toBe(false);
    await import('./auto.js');
    const row = listBackends().find((r) => r.name === 'tfjs');
    expect(row).toMatchObject({ priority: 2, supported: true, status: 'untried' });
    expect(hasKernel('SoftDtwSeriesBatchAsync', 'tfjs')).toBe(true);
  });
});
