/**
 * Forecaster training throughput (issue 5): series per second per epoch of `MlpForecaster.fit`
 * with the soft-DTW loss, on each backend asked for. The model's soft-DTW runs through the active
 * backend's SoftDtw kernels on the autodiff tape, so this times what a user training a model pays
 * (forward pass, cost matrices, soft-DTW forward and backward, Adam), not the kernel alone.
 */
import { setBackend } from '@softdtw/autodiff';
import { cylinderBellFunnel } from '@softdtw/datasets';
import { MlpForecaster } from '@softdtw/forecast';
import { median } from './median.js';

/** One backend's training throughput. */
export interface TrainingThroughput {
  readonly target: string;
  readonly label: string;
  /** What was trained, in words (data, split, model, loss, batch). */
  readonly setup: string;
  readonly series: number;
  readonly epochs: number;
  /** Median over the timed epochs (the first epoch is warm-up and not counted). */
  readonly seriesPerSecond: number;
  /** Wall time of every epoch, ms, warm-up first. */
  readonly epochMs: readonly number[];
  /** Training loss after the last epoch (a cross-check that the backends trained the same model). */
  readonly finalLoss: number;
}

/** The training problem: Cylinder-Bell-Funnel, first 60 % of each series in, the rest out. */
const PER_CLASS = 64;
const LENGTH = 128;
const INPUT_LENGTH = Math.round(0.6 * LENGTH);
const HIDDEN = 64;
const BATCH_SIZE = 32;
const GAMMA = 0.1;

/**
 * Trains the same seeded forecaster on each backend and reports series per second per epoch.
 *
 * @param targets - backends to time (already registered); `backend` is the registry name
 * @param epochs - epochs per backend (≥ 2: the first is warm-up)
 * @param log - progress sink
 * @returns one row per backend, same order
 * @example
 * ```ts
 * const rows = await measureTrainingThroughput([{ id: 'cpu', label: 'cpu', backend: 'cpu' }], 4, console.error);
 * ```
 */
export async function measureTrainingThroughput(
  targets: ReadonlyArray<{ readonly id: string; readonly label: string; readonly backend: string }>,
  epochs: number,
  log: (line: string) => void,
): Promise<TrainingThroughput[]> {
  const data = cylinderBellFunnel({ perClass: PER_CLASS, length: LENGTH, seed: 1 });
  const inputs = data.series.map((s) => s.slice(0, INPUT_LENGTH));
  const outputs = data.series.map((s) => s.slice(INPUT_LENGTH));
  const setup =
    `Cylinder-Bell-Funnel, ${data.series.length} series of ${LENGTH} steps, first ${INPUT_LENGTH} in, ${LENGTH - INPUT_LENGTH} out; ` +
    `MLP 1 hidden layer of ${HIDDEN} (sigmoid), soft-DTW loss γ = ${GAMMA}, Adam, batch ${BATCH_SIZE}, seed 0`;
  const rows: TrainingThroughput[] = [];
  for (const target of targets) {
    await setBackend(target.backend);
    try {
      const model = new MlpForecaster({ inputLength: INPUT_LENGTH, outputLength: LENGTH - INPUT_LENGTH, hidden: HIDDEN, loss: 'softdtw', gamma: GAMMA });
      const epochMs: number[] = [];
      let last = process.hrtime.bigint();
      const report = model.fit(inputs, outputs, {
        epochs,
        batchSize: BATCH_SIZE,
        learningRate: 1e-2,
        seed: 0,
        onEpoch: () => {
          const now = process.hrtime.bigint();
          epochMs.push(Number(now - last) / 1e6);
          last = now;
        },
      });
      const seriesPerSecond = (data.series.length * 1000) / median(epochMs.slice(1));
      const finalLoss = report.history.at(-1)?.trainLoss ?? Number.NaN;
      log(`  training | ${target.label.padEnd(10)} ${seriesPerSecond.toFixed(0).padStart(8)} series/s per epoch (loss ${finalLoss.toFixed(4)})`);
      rows.push({ target: target.id, label: target.label, setup, series: data.series.length, epochs, seriesPerSecond, epochMs, finalLoss });
    } finally {
      await setBackend('cpu');
    }
  }
  return rows;
}
