/**
 * How a thrown error becomes the CLI's exit code and its one-line message.
 *
 * Exit codes (documented in the README):
 * - 0: success;
 * - 1: a runtime failure — a backend that cannot start, a numerical failure, an unexpected bug;
 * - 2: a usage or input error — a bad option, an unreadable or malformed file, data the method
 *   cannot take (k larger than the data, mixed lengths for the Euclidean metric, …).
 *
 * User mistakes print one line (`softdtw: <message>`), never a stack trace. Unexpected errors print
 * one line too and point at `--debug`, which adds the stack.
 */
import { CliRuntimeError } from './CliRuntimeError.js';
import { CliUsageError } from './CliUsageError.js';

/** Exit codes of the `softdtw` command. */
export const EXIT_CODES = { ok: 0, runtime: 1, usage: 2 } as const;

/** Error codes of the libraries that mean "the input or the options were wrong" (exit 2). */
const INPUT_ERROR_CODES = new Set([
  'E_CLI_USAGE',
  'E_UCR_PARSE',
  'E_DATASET_FILE',
  'E_DATASET_NOT_FOUND',
  'E_INVALID_ARGUMENT',
  'E_SHAPE',
  'E_EMPTY_SERIES',
  'E_NON_FINITE',
  'E_BAND_TOO_NARROW',
  'E_RESULTS_CONFIG',
  'E_FORECAST_INVALID_OPTION',
  'E_FORECAST_SHAPE',
  'E_FORECAST_ONNX_MODEL',
  'E_FORECAST_CHECKPOINT',
]);

/** What to print and which code to exit with. */
export interface Failure {
  readonly exitCode: 1 | 2;
  /** One line, without the trailing newline (plus the stack with `debug`). */
  readonly message: string;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Classify an error thrown by a command.
 * @param error - anything thrown.
 * @param debug - add the stack trace (the `--debug` flag).
 * @returns the exit code and the message to print on stderr.
 * @example describeFailure(new CliUsageError('--k: expected an integer'), false); // { exitCode: 2, message: 'softdtw: --k: …' }
 */
export function describeFailure(error: unknown, debug: boolean): Failure {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? '';
  const stack = debug && error instanceof Error && error.stack !== undefined ? `\n${error.stack}` : '';
  const code = errorCode(error);
  if (error instanceof CliUsageError || (code !== undefined && (INPUT_ERROR_CODES.has(code) || code.startsWith('E_CLUSTER_')))) {
    return { exitCode: EXIT_CODES.usage, message: `softdtw: ${firstLine}${stack}` };
  }
  if (error instanceof CliRuntimeError || (code !== undefined && code.startsWith('E_'))) {
    return { exitCode: EXIT_CODES.runtime, message: `softdtw: ${firstLine}${stack}` };
  }
  const hint = debug ? stack : ' (an unexpected error: run again with --debug to see the stack trace, and please report it)';
  return { exitCode: EXIT_CODES.runtime, message: `softdtw: ${firstLine}${hint}` };
}
