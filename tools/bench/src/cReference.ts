import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCReferenceOutput, type CReferenceTable } from './parseCReferenceOutput.js';

/** Files copied from `<shared>/limit/` into the build folder; we never write into `shared/`. */
const C_SOURCES = ['sdtw_ref.c', 'bench_common.h'] as const;
/** The shared Makefile's flags (`CFLAGS ?= -O3 -march=native`). */
const C_FLAGS = ['-O3', '-march=native'] as const;
const COMPILER = 'gcc';

/** Where the C sources were found, or why not. */
export type CReferenceSources =
  | { readonly found: true; readonly limitDir: string }
  | { readonly found: false; readonly reason: string };

/** The outcome of building and running the C reference. */
export type CReferenceOutcome =
  | {
      readonly status: 'ok';
      readonly table: CReferenceTable;
      /** The exact compile command, for the report. */
      readonly compileCommand: string;
      /** First line of `gcc --version`. */
      readonly compilerVersion: string;
      /** Raw stdout of `./sdtw_ref`, kept in the JSON report. */
      readonly rawOutput: string;
      readonly wallSeconds: number;
    }
  | { readonly status: 'unavailable'; readonly reason: string };

/**
 * Finds `sdtw_ref.c` and `bench_common.h`: in `$SOFTDTW_SHARED_DIR/limit` when that variable is
 * set, otherwise in `<repoRoot>/../shared/limit`.
 *
 * @param repoRoot - absolute path of the monorepo root
 * @param env - environment to read `SOFTDTW_SHARED_DIR` from (usually `process.env`)
 * @returns `{ found: true, limitDir }`, or `{ found: false, reason }` with a message saying where it looked and how to fix it
 * @example
 * ```ts
 * locateCReferenceSources('/work/main', {}); // { found: true, limitDir: '/work/shared/limit' } on the dev machine
 * ```
 */
export function locateCReferenceSources(repoRoot: string, env: Readonly<Record<string, string | undefined>>): CReferenceSources {
  const override = env['SOFTDTW_SHARED_DIR'];
  const sharedDir = override !== undefined && override !== '' ? resolve(override) : resolve(repoRoot, '..', 'shared');
  const limitDir = join(sharedDir, 'limit');
  const missing = C_SOURCES.filter((file) => !existsSync(join(limitDir, file)));
  if (missing.length > 0) {
    return {
      found: false,
      reason:
        `C reference not found: expected ${C_SOURCES.join(' and ')} in ${limitDir}, missing ${missing.join(', ')}. ` +
        'Set SOFTDTW_SHARED_DIR to the folder that contains limit/sdtw_ref.c to compare against C.',
    };
  }
  return { found: true, limitDir };
}

/**
 * Copies the C reference into `buildDir`, compiles it with `gcc -O3 -march=native` and runs
 * `./sdtw_ref <reps>`, echoing its lines through `log` as they arrive (the full run takes about
 * a minute).
 *
 * Never throws for an environment problem (sources absent, no gcc, compile or run failure):
 * it returns `{ status: 'unavailable', reason }` so that the caller still prints our numbers.
 *
 * @param options.repoRoot - absolute monorepo root (for the default `../shared`)
 * @param options.buildDir - scratch folder (gitignored), created if needed
 * @param options.reps - repetitions passed to `./sdtw_ref` (it caps n = 4096 at 3 by itself)
 * @param options.env - environment for `SOFTDTW_SHARED_DIR`
 * @param options.log - progress sink (stderr in the CLI)
 * @returns the parsed table with provenance, or why it is unavailable
 * @throws BenchError `BAD_C_OUTPUT` when the program ran but printed an unexpected format
 * @example
 * ```ts
 * const c = await runCReference({ repoRoot, buildDir, reps: 5, env: process.env, log: console.error });
 * if (c.status === 'ok') console.log(c.table.rows.length); // 32
 * ```
 */
export async function runCReference(options: {
  readonly repoRoot: string;
  readonly buildDir: string;
  readonly reps: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly log: (line: string) => void;
}): Promise<CReferenceOutcome> {
  const sources = locateCReferenceSources(options.repoRoot, options.env);
  if (!sources.found) return { status: 'unavailable', reason: sources.reason };

  const version = spawnSync(COMPILER, ['--version'], { encoding: 'utf8' });
  if (version.error !== undefined || version.status !== 0) {
    const detail = version.error?.message ?? version.stderr;
    return { status: 'unavailable', reason: `C reference skipped: could not run "${COMPILER} --version" (${detail.trim()}). Install gcc to compare against C.` };
  }
  const compilerVersion = version.stdout.split('\n')[0]!.trim();

  mkdirSync(options.buildDir, { recursive: true });
  for (const file of C_SOURCES) copyFileSync(join(sources.limitDir, file), join(options.buildDir, file));
  const compileArgs = [...C_FLAGS, '-o', 'sdtw_ref', 'sdtw_ref.c', '-lm'];
  const compileCommand = `${COMPILER} ${compileArgs.join(' ')}`;
  const compiled = spawnSync(COMPILER, compileArgs, { cwd: options.buildDir, encoding: 'utf8' });
  if (compiled.status !== 0) {
    return { status: 'unavailable', reason: `C reference skipped: "${compileCommand}" failed in ${options.buildDir}:\n${compiled.stderr.trim()}` };
  }

  options.log(`C reference: ${compileCommand} (${compilerVersion}); running ./sdtw_ref ${options.reps} ...`);
  const started = process.hrtime.bigint();
  const run = await runAndEcho(join(options.buildDir, 'sdtw_ref'), [String(options.reps)], options.buildDir, options.log);
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.exitCode !== 0) {
    return { status: 'unavailable', reason: `C reference skipped: ./sdtw_ref exited with ${run.exitCode}:\n${run.stderr.trim()}` };
  }
  return { status: 'ok', table: parseCReferenceOutput(run.stdout), compileCommand, compilerVersion, rawOutput: run.stdout, wallSeconds };
}

/** Runs a program to completion, passing each stdout line to `log` as it arrives. */
function runAndEcho(
  program: string,
  args: readonly string[],
  cwd: string,
  log: (line: string) => void,
): Promise<{ exitCode: number | string; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(program, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) log(`  C | ${line}`);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => resolvePromise({ exitCode: error.message, stdout, stderr }));
    child.on('close', (code, signal) => resolvePromise({ exitCode: code ?? `signal ${signal}`, stdout, stderr }));
  });
}
