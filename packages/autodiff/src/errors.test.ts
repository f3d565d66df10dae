import { describe, expect, test } from 'vitest';
import {
  BackendInitError,
  BackendNotFoundError,
  BackendNotReadyError,
  DTypeError,
  DuplicateModuleError,
  DuplicateRegistrationError,
  GradientCheckError,
  InternalError,
  InvalidArgumentError,
  KernelNotFoundError,
  ShapeError,
  SoftDtwError,
} from './index.js';

const table = [
  [ShapeError, 'E_SHAPE'],
  [DTypeError, 'E_DTYPE'],
  [InvalidArgumentError, 'E_INVALID_ARGUMENT'],
  [BackendNotFoundError, 'E_BACKEND_NOT_FOUND'],
  [BackendNotReadyError, 'E_BACKEND_NOT_READY'],
  [BackendInitError, 'E_BACKEND_INIT'],
  [KernelNotFoundError, 'E_KERNEL_NOT_FOUND'],
  [DuplicateRegistrationError, 'E_DUPLICATE_REGISTRATION'],
  [DuplicateModuleError, 'E_DUPLICATE_MODULE'],
  [GradientCheckError, 'E_GRADIENT_CHECK'],
  [InternalError, 'E_INTERNAL'],
] as const;

describe('errors', () => {
  test.each(table)('%o has its stable code, its class name, and is a SoftDtwError', (ErrorClass, code) => {
    const error = new ErrorClass('op: expected a, got b. Fix it.');
    expect(error.code).toBe(code);
    expect(error.name).toBe(ErrorClass.name);
    expect(error).toBeInstanceOf(SoftDtwError);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('op: expected a, got b. Fix it.');
    expect(String(error)).toBe(`${ErrorClass.name}: op: expected a, got b. Fix it.`);
  });

  test('the base class has a generic code and keeps the cause', () => {
    const cause = new Error('root');
    const error = new SoftDtwError('x: expected y, got z. Do w.', { cause });
    expect(error.code).toBe('E_SOFTDTW');
    expect(error.cause).toBe(cause);
  });

  test('other packages can subclass with their own code', () => {
    class BandTooNarrowError extends SoftDtwError {
      override readonly code = 'E_BAND_TOO_NARROW';
      override name = 'BandTooNarrowError';
    }
    const error = new BandTooNarrowError('softDtw: expected a band ≥ |m − n|, got 1. Widen the band.');
    expect(error.code).toBe('E_BAND_TOO_NARROW');
    expect(error).toBeInstanceOf(SoftDtwError);
  });

  test('codes are unique', () => {
    expect(new Set(table.map(([, code]) => code)).size).toBe(table.length);
  });
});
