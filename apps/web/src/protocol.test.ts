import { describe, expect, it } from 'vitest';
import { toErrorData, WorkerRequestError } from './protocol.js';

describe('toErrorData', () => {
  it('keeps the name, the stable code and the message of an error', () => {
    const error = Object.assign(new RangeError('out of range'), { code: 'E_RANGE' });
    expect(toErrorData(error)).toEqual({ name: 'RangeError', code: 'E_RANGE', message: 'out of range' });
  });

  it("uses 'E_UNKNOWN' for errors without a string code, and describes non-errors", () => {
    expect(toErrorData(Object.assign(new Error('x'), { code: 42 }))).toEqual({ name: 'Error', code: 'E_UNKNOWN', message: 'x' });
    expect(toErrorData('plain string')).toEqual({ name: 'Error', code: 'E_UNKNOWN', message: 'plain string' });
  });

  it('round-trips through structured cloning into a WorkerRequestError', () => {
    const data = structuredClone(toErrorData(Object.assign(new Error('bad file'), { name: 'UcrParseError', code: 'E_UCR_PARSE' })));
    const error = new WorkerRequestError('loadDataset', data);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.message, error.requestType]).toEqual(['UcrParseError', 'E_UCR_PARSE', 'bad file', 'loadDataset']);
  });
});
