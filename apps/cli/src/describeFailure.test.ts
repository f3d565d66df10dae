import { BackendInitError, ShapeError } from '@softdtw/autodiff';
import { UcrParseError } from '@softdtw/datasets';
import { expect, test } from 'vitest';
import { CliRuntimeError } from './CliRuntimeError.js';
import { CliUsageError } from './CliUsageError.js';
import { describeFailure } from './describeFailure.js';

test('user mistakes exit 2, runtime failures exit 1, both as one line without a stack', () => {
  expect(describeFailure(new CliUsageError('--k: expected an integer >= 1, got "x".'), false)).toEqual({ exitCode: 2, message: 'softdtw: --k: expected an integer >= 1, got "x".' });
  expect(describeFailure(new ShapeError('softDtw: expected rows of equal width.\nmore'), false)).toEqual({ exitCode: 2, message: 'softdtw: softDtw: expected rows of equal width.' });
  expect(describeFailure(Object.assign(new Error('TimeSeriesKMeans.fit: k too large'), { code: 'E_CLUSTER_K_TOO_LARGE' }), false).exitCode).toBe(2);
  expect(describeFailure(new UcrParseError('x.tsv', 1, 2, 'x.tsv: bad'), false).exitCode).toBe(2);
  expect(describeFailure(new CliRuntimeError('--backend webgpu: no adapter'), false)).toEqual({ exitCode: 1, message: 'softdtw: --backend webgpu: no adapter' });
  expect(describeFailure(new BackendInitError('setBackend: failed'), false).exitCode).toBe(1);
});

test('an unexpected error says so and points at --debug, which adds the stack', () => {
  const bug = new TypeError('cannot read properties of undefined');
  const plain = describeFailure(bug, false);
  expect(plain.exitCode).toBe(1);
  expect(plain.message).toMatch(/^softdtw: cannot read properties of undefined \(an unexpected error: run again with --debug/);
  expect(plain.message).not.toContain('\n');
  expect(describeFailure(bug, true).message).toContain('at ');
  expect(describeFailure(new CliUsageError('bad'), true).message).toMatch(/^softdtw: bad\nCliUsageError: bad\n\s+at /);
});
