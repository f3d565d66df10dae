/**
 * The reference cases of @softdtw/core (values and gradients from the authors' code and a
 * 40-digit computation; see packages/core/test/__fixtures__/README.md), read from core's fixture
 * inside the repository.
 */
import { readFileSync } from 'node:fs';

/** One reference case (the fields these tests use). */
export interface ReferenceCase {
  readonly id: string;
  readonly gamma: number;
  readonly n: number;
  readonly m: number;
  readonly p: number;
  readonly x: number[][];
  readonly y: number[][];
  readonly value: number;
  readonly value_hp?: number;
  readonly grad_x_hp?: number[][];
  readonly hard_dtw_cost: number;
}

/** The 30 cases. */
export const referenceCases: readonly ReferenceCase[] = JSON.parse(
  readFileSync(new URL('../../core/test/__fixtures__/softdtw_cases.json', import.meta.url), 'utf8'),
) as ReferenceCase[];
