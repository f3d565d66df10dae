/**
 * Test fixtures shared by the `reproduce` tests: a tiny UCR-format archive written to a temporary
 * directory (datasets Alpha and Beta, TRAIN and TEST `.tsv` files, values with 4 decimals), and a
 * progress reporter that records messages instead of printing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgressReporter } from '../src/reproduce/ProgressReporter.js';

/** One row of a split: its label and values. `index` counts rows within the split; `shift` is the dataset's. */
export type TinyRow = (index: number, shift: number) => { label: string; values: number[] };

/**
 * Write Alpha and Beta (with their `shifts`) as UCR `.tsv` files, `counts[split]` rows each.
 * @returns the archive directory
 */
export function writeTinyUcrArchive(
  prefix: string,
  counts: { TRAIN: number; TEST: number },
  row: TinyRow,
  shifts: { Alpha: number; Beta: number } = { Alpha: 0, Beta: 0 },
): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, shift] of Object.entries(shifts)) {
    mkdirSync(join(dir, name));
    for (const split of ['TRAIN', 'TEST'] as const) {
      const lines = Array.from({ length: counts[split] }, (_, i) => {
        const { label, values } = row(i, shift);
        return [label, ...values.map((v) => v.toFixed(4))].join('\t');
      });
      writeFileSync(join(dir, name, `${name}_${split}.tsv`), lines.join('\n') + '\n');
    }
  }
  return dir;
}

/** A progress reporter that keeps its messages in `lines` and prints nothing. */
export function quietProgress(): ProgressReporter & { lines: string[] } {
  const lines: string[] = [];
  return { lines, step: () => undefined, message: (l) => void lines.push(l), stop: () => undefined };
}
