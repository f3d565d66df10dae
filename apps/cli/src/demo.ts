/**
 * `softdtw demo`: soft-DTW on a real two-class UCR dataset that ships with the repository
 * in `@softdtw/datasets` (GunPoint: 50 training and 150 test series of length 150, classes "Gun-Draw" and "Point").
 *
 * What it computes, all with `@softdtw/core` on the active backend:
 * 1. one Gun-Draw vs Point pair: soft-DTW for a γ sweep, hard DTW, the divergence, the gradient
 *    norm, and a summary of the expected alignment E (its mass, how far it strays from the DTW path);
 * 2. 1-nearest-neighbour test accuracy with Euclidean distance, DTW and the soft-DTW divergence.
 */
import { join, resolve } from 'node:path';
import {
  dtw,
  pairwiseSoftDtw,
  softDtw,
  softDtwAlignment,
  softDtwBatch,
  softDtwDivergence,
  softDtwValueAndGrad,
} from '@softdtw/core';
import type { UcrSplit } from '@softdtw/datasets';
import { bundledDataset, readUcrDataset } from '@softdtw/datasets/node';
import { writeFileAtomic } from './writeFileAtomic.js';

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** A UCR archive directory holding `GunPoint/GunPoint_{TRAIN,TEST}.tsv` (default: the copy bundled in `@softdtw/datasets`). */
  readonly dataDir?: string;
  /** Where `summary.json` is written (default `out/`). */
  readonly outDir?: string;
  /** Use only the first `limit` test series (for quick runs and tests). */
  readonly testLimit?: number;
  /** γ of the soft-DTW divergence classifier. */
  readonly gamma?: number;
  /** Receives each printed line (default: console.log). */
  readonly log?: (line: string) => void;
}

/** What {@link runDemo} measured. */
export interface DemoSummary {
  readonly dataset: { name: string; train: number; test: number; length: number; classes: string[] };
  readonly pair: {
    readonly labels: [string, string];
    readonly softDtw: Array<{ gamma: number; value: number }>;
    readonly dtw: number;
    readonly divergence: number;
    readonly gradientNorm: number;
    readonly alignment: { mass: number; offPathMass: number; maxBandwidth: number; pathLength: number };
  };
  readonly oneNearestNeighbour: Array<{ metric: string; accuracy: number; seconds: number }>;
  readonly outFile: string;
}

function accuracyOf(distances: number[][], trainLabels: string[], testLabels: string[]): number {
  let correct = 0;
  distances.forEach((row, i) => {
    let best = 0;
    for (let j = 1; j < row.length; j++) if (row[j]! < row[best]!) best = j;
    if (trainLabels[best] === testLabels[i]) correct++;
  });
  return correct / distances.length;
}

function euclideanPairwise(xs: number[][], ys: number[][]): number[][] {
  return xs.map((x) =>
    ys.map((y) => {
      let s = 0;
      for (let t = 0; t < x.length; t++) s += (x[t]! - y[t]!) ** 2;
      return s;
    }),
  );
}

function timed<T>(work: () => T): { result: T; seconds: number } {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

function firstOfClass(data: UcrSplit, label: string): number[] {
  const index = data.labels.indexOf(label);
  return data.series[index]!;
}

/** Run the demo, print a summary and write `summary.json`. */
export function runDemo(options: DemoOptions = {}): DemoSummary {
  const log = options.log ?? ((line: string) => console.log(line));
  const outDir = options.outDir ?? resolve('out');
  const gamma = options.gamma ?? 1;
  const { train, test: fullTest } =
    options.dataDir === undefined ? bundledDataset('GunPoint') : readUcrDataset(options.dataDir, 'GunPoint');
  const limit = options.testLimit ?? fullTest.series.length;
  const test = { labels: fullTest.labels.slice(0, limit), series: fullTest.series.slice(0, limit) };
  const classes = [...new Set(train.labels)].sort();
  const length = train.series[0]!.length;
  log(`GunPoint: ${train.series.length} train / ${test.series.length} test series of length ${length}, classes ${classes.join(', ')}`);

  // 1. One pair from different classes.
  const x = firstOfClass(train, classes[0]!);
  const y = firstOfClass(train, classes[1]!);
  const gammas = [0.01, 0.1, 1, 10];
  const sweep = gammas.map((g) => ({ gamma: g, value: softDtw(x, y, { gamma: g }) }));
  const hard = dtw(x, y);
  const divergence = softDtwDivergence(x, y, { gamma });
  const { gradX } = softDtwValueAndGrad(x, y, { gamma });
  const gradientNorm = Math.hypot(...(gradX as number[]));
  const { alignment } = softDtwAlignment(x, y, { gamma });
  let mass = 0;
  let maxBandwidth = 0;
  for (let i = 0; i < alignment.length; i++) {
    for (let j = 0; j < alignment[i]!.length; j++) {
      const e = alignment[i]![j]!;
      mass += e;
      if (e > 1e-3) maxBandwidth = Math.max(maxBandwidth, Math.abs(i - j));
    }
  }
  let onPath = 0;
  for (const [i, j] of hard.path) onPath += alignment[i]![j]!;
  log(`\nPair: first "${classes[0]}" vs first "${classes[1]}" training series`);
  log('  gamma     soft-DTW');
  for (const { gamma: g, value } of sweep) log(`  ${String(g).padEnd(8)} ${value.toFixed(4).padStart(10)}`);
  log(`  DTW (gamma = 0, sum of squared costs on the optimal path): ${hard.value.toFixed(4)}  (path of ${hard.path.length} cells)`);
  log(`  soft-DTW divergence (gamma = ${gamma}): ${divergence.toFixed(4)}`);
  log(`  |gradient w.r.t. x| (gamma = ${gamma}): ${gradientNorm.toFixed(4)}`);
  log(
    `  expected alignment E (gamma = ${gamma}): total mass ${mass.toFixed(2)}, ` +
      `${(100 * (1 - onPath / mass)).toFixed(1)}% off the DTW path, entries > 1e-3 within |i - j| <= ${maxBandwidth}`,
  );

  // 2. 1-nearest-neighbour classification of the test set.
  log(`\n1-nearest-neighbour on the test set (${test.series.length} series against ${train.series.length}):`);
  const results: DemoSummary['oneNearestNeighbour'] = [];
  const euclid = timed(() => euclideanPairwise(test.series, train.series));
  results.push({ metric: 'Euclidean', accuracy: accuracyOf(euclid.result, train.labels, test.labels), seconds: euclid.seconds });
  const hardDtw = timed(() => pairwiseSoftDtw(test.series, train.series, { gamma: 0 }));
  results.push({ metric: 'DTW', accuracy: accuracyOf(hardDtw.result, train.labels, test.labels), seconds: hardDtw.seconds });
  const soft = timed(() => {
    const cross = pairwiseSoftDtw(test.series, train.series, { gamma });
    const selfTest = softDtwBatch(test.series, test.series, { gamma });
    const selfTrain = softDtwBatch(train.series, train.series, { gamma });
    return cross.map((row, i) => row.map((v, j) => v - 0.5 * (selfTest[i]! + selfTrain[j]!)));
  });
  results.push({
    metric: `soft-DTW divergence (gamma = ${gamma})`,
    accuracy: accuracyOf(soft.result, train.labels, test.labels),
    seconds: soft.seconds,
  });
  for (const r of results) log(`  ${r.metric.padEnd(36)} accuracy ${(100 * r.accuracy).toFixed(1)}%  (${r.seconds.toFixed(2)} s)`);

  const outFile = join(outDir, 'summary.json');
  const summary: DemoSummary = {
    dataset: { name: 'GunPoint', train: train.series.length, test: test.series.length, length, classes },
    pair: {
      labels: [classes[0]!, classes[1]!],
      softDtw: sweep,
      dtw: hard.value,
      divergence,
      gradientNorm,
      alignment: { mass, offPathMass: mass - onPath, maxBandwidth, pathLength: hard.path.length },
    },
    oneNearestNeighbour: results,
    outFile,
  };
  writeFileAtomic(outFile, JSON.stringify(summary, null, 2) + '\n');
  log(`\nWrote ${outFile}`);
  return summary;
}
