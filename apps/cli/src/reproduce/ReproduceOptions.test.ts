import { expect, test } from 'vitest';
import { CliUsageError } from '../CliUsageError.js';
import { parseReproduceOptions } from './ReproduceOptions.js';

test('defaults and conversions of the shared reproduce options', () => {
  expect(parseReproduceOptions({}, 'table3')).toEqual({
    dataDir: '../shared/data/ucr',
    datasets: undefined,
    maxDatasets: undefined,
    repetitions: 1,
    epochs: undefined,
    seed: 0,
    backend: 'cpu',
    results: 'out/reproduce/table3.jsonl',
    out: 'out/reproduce',
    timeBudgetMinutes: undefined,
  });
  const parsed = parseReproduceOptions({ datasets: 'GunPoint, ECG200,GunPoint', maxDatasets: '1', repetitions: '3', epochs: '20', seed: '7', timeBudget: '5' }, 'table1');
  expect(parsed).toMatchObject({ datasets: ['GunPoint', 'ECG200'], maxDatasets: 1, repetitions: 3, epochs: 20, seed: 7, timeBudgetMinutes: 5, results: 'out/reproduce/table1.jsonl' });
  expect(parseReproduceOptions({ gammas: '1, 0.01,1e-3,1' }, 'fig5').gammas).toEqual([1, 0.01, 0.001]);
});

test.each([
  [{ repetitions: '0' }, /--repetitions: expected an integer >= 1, got "0"/],
  [{ epochs: '2.5' }, /--epochs: expected an integer >= 1, got "2.5"/],
  [{ seed: '-1' }, /--seed: expected an integer >= 0, got "-1"/],
  [{ maxDatasets: 'many' }, /--max-datasets: expected an integer >= 1, got "many"/],
  [{ datasets: 'GunPoint,,ECG200' }, /--datasets: expected comma-separated dataset names/],
  [{ backend: 'webgpu' }, /--backend: expected one of cpu, got "webgpu"/],
  [{ gammas: '1,0,0.1' }, /--gammas: expected comma-separated numbers > 0, got "1,0,0.1"/],
  [{ gammas: '1,,0.1' }, /--gammas: expected comma-separated numbers > 0/],
])('bad option %o is a CliUsageError', (raw, message) => {
  expect(() => parseReproduceOptions(raw, 'table3')).toThrow(CliUsageError);
  expect(() => parseReproduceOptions(raw, 'table3')).toThrow(message);
});
