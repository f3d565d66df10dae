/**
 * fileCheckpointStore: a CheckpointStore on a JSON file, written atomically — the new state goes to
 * a temporary file in the same directory, is flushed to disk, then renamed over the old file — so an
 * interruption at any moment leaves either the previous checkpoint or the new one, never half of one.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { CheckpointError } from './errors.js';
import { validateCheckpoint, type CheckpointStore, type TrainingCheckpoint } from './TrainingCheckpoint.js';

/**
 * A checkpoint store backed by one file (Node only).
 *
 * @param path - the checkpoint file; it need not exist yet (a fresh run starts)
 * @returns a store for `fit(…, { checkpoint })`
 * @throws CheckpointError from load() when the file is not valid checkpoint JSON
 * @example
 * model.fit(inputs, targets, { epochs: 100, checkpoint: fileCheckpointStore('run.ckpt.json') }); // rerun the same line to resume
 */
export function fileCheckpointStore(path: string): CheckpointStore {
  return {
    load(): TrainingCheckpoint | undefined {
      if (!existsSync(path)) return undefined;
      const text = readFileSync(path, 'utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new CheckpointError(
          `fileCheckpointStore: expected JSON in ${path}, got ${text.length} characters that do not parse (${(error as Error).message}). Delete the file to start over.`,
        );
      }
      return validateCheckpoint(`fileCheckpointStore(${path})`, value);
    },
    save(checkpoint: TrainingCheckpoint): void {
      const temporary = `${path}.${process.pid}.tmp`;
      const fd = openSync(temporary, 'w');
      try {
        writeSync(fd, JSON.stringify(checkpoint));
        fsyncSync(fd);
      } catch (error) {
        closeSync(fd);
        rmSync(temporary, { force: true });
        throw error;
      }
      closeSync(fd);
      renameSync(temporary, path);
    },
  };
}
