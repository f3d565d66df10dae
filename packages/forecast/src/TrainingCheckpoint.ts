/**
 * TrainingCheckpoint: everything `fit` needs to continue an interrupted run exactly where it stopped —
 * parameters, Adam's moments and step count, the epoch count, the early-stopping record and the
 * history — as plain JSON. Shuffling is a pure function of (seed, epoch), so no RNG state is stored.
 * JSON keeps float64 values exactly (shortest round-trip formatting), so resuming reproduces the
 * uninterrupted run bit for bit.
 */
import type { OptimizerState, ResolvedAdamOptions } from '@softdtw/optim';
import { CheckpointError } from './errors.js';
import type { ForecasterSnapshot } from './ForecasterSnapshot.js';

/** Loss and timing of one training epoch. */
export interface EpochReport {
  /** 1-based epoch number. */
  readonly epoch: number;
  /** Mean training loss over the epoch's minibatches (weighted by batch size, before each update). */
  readonly trainLoss: number;
  /** Loss on the validation split after the epoch (absent without validation). */
  readonly validationLoss?: number;
}

/** The fit options that must match for a checkpoint to be resumed. */
export interface CheckpointRun {
  /** Shuffling and initialisation seed. */
  readonly seed: number;
  /** Minibatch size. */
  readonly batchSize: number;
  /** Adam step size. */
  readonly learningRate: number;
  /** Number of training series. */
  readonly trainCount: number;
}

/** A resumable training state (JSON-safe). */
export interface TrainingCheckpoint {
  /** Always 'softdtw-forecast-checkpoint'. */
  readonly format: 'softdtw-forecast-checkpoint';
  /** Format version, currently 1. */
  readonly version: 1;
  /** The model after `epoch` epochs. */
  readonly model: ForecasterSnapshot;
  /** Options the run was started with. */
  readonly run: CheckpointRun;
  /** Epochs completed. */
  readonly epoch: number;
  /** Adam's state. */
  readonly optimizer: OptimizerState<'adam', ResolvedAdamOptions>;
  /** One report per completed epoch. */
  readonly history: readonly EpochReport[];
  /** Best validation epoch so far and its parameters (null without validation or before the first epoch). */
  readonly best: { readonly epoch: number; readonly loss: number; readonly model: ForecasterSnapshot } | null;
}

/**
 * Where fit reads and writes checkpoints. `fileCheckpointStore(path)` in `@softdtw/forecast/node`
 * writes a file atomically; an in-memory store is `{ load: () => saved, save: (c) => { saved = c; } }`.
 */
export interface CheckpointStore {
  /**
   * Returns the last saved checkpoint, or undefined when there is none yet (start a fresh run).
   *
   * @returns the checkpoint or undefined
   */
  load(): TrainingCheckpoint | undefined;
  /**
   * Persists a checkpoint, replacing the previous one.
   *
   * @param checkpoint - the state after an epoch
   */
  save(checkpoint: TrainingCheckpoint): void;
}

/**
 * Checks that a parsed value is a checkpoint of this format (shape only; fit checks it fits the model).
 *
 * @param where - public function name, for messages
 * @param value - parsed JSON
 * @returns the value typed as a checkpoint
 * @throws CheckpointError when it is not one
 * @example
 * validateCheckpoint('fit', JSON.parse(text));
 */
export function validateCheckpoint(where: string, value: unknown): TrainingCheckpoint {
  const c = value as Partial<TrainingCheckpoint> | null;
  const ok =
    c !== null &&
    typeof c === 'object' &&
    c.format === 'softdtw-forecast-checkpoint' &&
    c.version === 1 &&
    Number.isInteger(c.epoch) &&
    typeof c.model === 'object' &&
    typeof c.run === 'object' &&
    typeof c.optimizer === 'object' &&
    Array.isArray(c.history);
  if (!ok) {
    throw new CheckpointError(
      `${where}: expected a checkpoint {format: 'softdtw-forecast-checkpoint', version: 1, epoch, model, run, optimizer, history}, got ${describe(value)}. Pass a file written by fit({ checkpoint }), or delete it to start over.`,
    );
  }
  return c as TrainingCheckpoint;
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  const keys = Object.keys(value);
  return `an object with keys [${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}]`;
}
