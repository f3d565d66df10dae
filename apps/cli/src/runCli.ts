/**
 * Run the `softdtw` program on some arguments and return its exit code; every error becomes one
 * line on stderr (see describeFailure for the codes).
 */
import { CommanderError } from 'commander';
import type { CliIo } from './CliIo.js';
import { createProgram } from './createProgram.js';
import { describeFailure, EXIT_CODES } from './describeFailure.js';

/**
 * Run the CLI.
 * @param args - the arguments after `softdtw` (e.g. `['distance', 'a.tsv', 'b.tsv']`).
 * @param io - where to print.
 * @returns the exit code: 0 ok, 1 runtime failure, 2 usage or input error.
 * @example const code = await runCli(['--help'], processIo()); // 0
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error (unknown option, missing argument) is a usage error,
      // already printed as one line by configureOutput.
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    const failure = describeFailure(error, args.includes('--debug'));
    io.stderr(`${failure.message}\n`);
    return failure.exitCode;
  }
}
