import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { locateCReferenceSources, runCReference } from './cReference.js';

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'softdtw-bench-cref-'));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A stand-in `shared/` whose sdtw_ref.c prints a two-row table in the real format (so the test takes well under a second). */
function writeFakeShared(sharedDir: string): void {
  const limitDir = join(sharedDir, 'limit');
  mkdirSync(limitDir, { recursive: true });
  writeFileSync(join(limitDir, 'bench_common.h'), '#include <stdio.h>\n#include <stdlib.h>\n');
  writeFileSync(
    join(limitDir, 'sdtw_ref.c'),
    [
      '#include "bench_common.h"',
      'int main(int argc, char **argv) {',
      '  int reps = argc > 1 ? atoi(argv[1]) : 5;',
      '  printf("# fake sdtw_ref, gamma=1, median of %d runs\\n", reps);',
      '  printf("%-34s %8s %12s %10s\\n", "case", "cells", "median_ms", "ns/cell");',
      '  printf("%-40s %10.0f %12.3f %10.3f\\n", "cost+fwd n=256 p=1", 65536.0, 3.5, 53.406);',
      '  printf("%-40s %10.0f %12.3f %10.3f\\n", "batch1024x128 cost+fwd 1thr", 16777216.0, 800.0, 47.684);',
      '  return 0;',
      '}',
    ].join('\n'),
  );
}

const hasGcc = spawnSync('gcc', ['--version']).status === 0;

describe('locateCReferenceSources', () => {
  test('uses SOFTDTW_SHARED_DIR when set', () => {
    writeFakeShared(join(scratch, 'shared'));
    expect(locateCReferenceSources('/nonexistent/repo', { SOFTDTW_SHARED_DIR: join(scratch, 'shared') })).toEqual({
      found: true,
      limitDir: join(scratch, 'shared', 'limit'),
    });
  });

  test('defaults to <repo>/../shared', () => {
    writeFakeShared(join(scratch, 'shared'));
    expect(locateCReferenceSources(join(scratch, 'main'), {})).toEqual({ found: true, limitDir: join(scratch, 'shared', 'limit') });
  });

  test('says where it looked, what is missing and how to fix it', () => {
    const located = locateCReferenceSources(join(scratch, 'main'), {});
    expect(located.found).toBe(false);
    if (!located.found) {
      expect(located.reason).toContain(join(scratch, 'shared', 'limit'));
      expect(located.reason).toContain('sdtw_ref.c');
      expect(located.reason).toContain('SOFTDTW_SHARED_DIR');
    }
  });
});

describe('runCReference', () => {
  test('returns unavailable (never throws) when the sources are absent', async () => {
    const outcome = await runCReference({ repoRoot: join(scratch, 'main'), buildDir: join(scratch, 'build'), reps: 1, env: {}, log: () => {} });
    expect(outcome).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('C reference not found') });
  });

  test.skipIf(!hasGcc)('copies into buildDir, compiles with -O3 -march=native, runs with reps, echoes and parses (skipped without gcc)', async () => {
    writeFakeShared(join(scratch, 'shared'));
    const logged: string[] = [];
    const buildDir = join(scratch, 'build');
    const outcome = await runCReference({ repoRoot: join(scratch, 'main'), buildDir, reps: 7, env: {}, log: (line) => logged.push(line) });
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.compileCommand).toBe('gcc -O3 -march=native -o sdtw_ref sdtw_ref.c -lm');
    expect(outcome.table.header).toBe('fake sdtw_ref, gamma=1, median of 7 runs');
    expect(outcome.table.rows.map((row) => row.nsPerCell)).toEqual([53.406, 47.684]);
    expect(readFileSync(join(buildDir, 'sdtw_ref.c'), 'utf8')).toContain('fake sdtw_ref');
    expect(logged.some((line) => line.includes('batch1024x128 cost+fwd 1thr'))).toBe(true);
  });

  test.skipIf(!hasGcc)('returns unavailable with the compiler message when the C does not compile', async () => {
    writeFakeShared(join(scratch, 'shared'));
    writeFileSync(join(scratch, 'shared', 'limit', 'sdtw_ref.c'), 'this is not C\n');
    const outcome = await runCReference({ repoRoot: join(scratch, 'main'), buildDir: join(scratch, 'build'), reps: 1, env: {}, log: () => {} });
    expect(outcome).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('failed') });
  });
});
