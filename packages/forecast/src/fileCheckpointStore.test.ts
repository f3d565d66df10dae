import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stepDataset } from '../test/stepDataset.js';
import { CheckpointError } from './errors.js';
import { fileCheckpointStore } from './fileCheckpointStore.js';
import { MlpForecaster } from './MlpForecaster.js';

const data = stepDataset({ count: 24, inputLength: 6, outputLength: 8, seed: 3 });
const makeModel = () => new MlpForecaster({ inputLength: 6, outputLength: 8, hidden: 8, loss: 'softdtw', gamma: 0.1 });
const options = { epochs: 6, batchSize: 8, learningRate: 1e-2, seed: 4, validation: 0.25, patience: 100 };

describe('fit with a checkpoint', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'forecast-ckpt-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('resumes an interrupted run and ends with exactly the weights and history of an uninterrupted one', () => {
    const straight = makeModel();
    const straightReport = straight.fit(data.inputs, data.targets, options);

    const path = join(dir, 'run.json');
    const interrupted = makeModel();
    expect(() =>
      interrupted.fit(data.inputs, data.targets, {
        ...options,
        checkpoint: fileCheckpointStore(path),
        onEpoch: (r) => {
          if (r.epoch === 3) throw new Error('power cut');
        },
      }),
    ).toThrow('power cut');
    expect(JSON.parse(readFileSync(path, 'utf8')).epoch).toBe(3);

    const resumed = makeModel();
    const resumedReport = resumed.fit(data.inputs, data.targets, { ...options, checkpoint: fileCheckpointStore(path) });
    expect(resumedReport.resumedEpochs).toBe(3);
    expect(resumedReport.history).toEqual(straightReport.history);
    expect(resumedReport.bestEpoch).toBe(straightReport.bestEpoch);
    expect(resumed.toJSON()).toEqual(straight.toJSON());
    // Only the checkpoint is left: the temporary file was renamed over it.
    expect(readdirSync(dir)).toEqual(['run.json']);
  });

  it('refuses a checkpoint of another run or model, and a file that is not a checkpoint', () => {
    const path = join(dir, 'run.json');
    makeModel().fit(data.inputs, data.targets, { ...options, epochs: 1, checkpoint: fileCheckpointStore(path) });
    expect(() => makeModel().fit(data.inputs, data.targets, { ...options, seed: 5, checkpoint: fileCheckpointStore(path) })).toThrow(CheckpointError);
    const other = new MlpForecaster({ inputLength: 6, outputLength: 8, hidden: 9 });
    expect(() => other.fit(data.inputs, data.targets, { ...options, checkpoint: fileCheckpointStore(path) })).toThrow(/checkpoint of this run/);

    writeFileSync(path, '{"format": "softdtw-forecast-checkpoint", "vers');
    expect(() => fileCheckpointStore(path).load()).toThrow(CheckpointError);
    writeFileSync(path, '{"hello": 1}');
    expect(() => fileCheckpointStore(path).load()).toThrow(/expected a checkpoint/);
  });

  it('a missing file means a fresh run', () => {
    expect(fileCheckpointStore(join(dir, 'none.json')).load()).toBeUndefined();
  });
});
