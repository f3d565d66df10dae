/**
 * A failure that is not the user's mistake in calling the CLI but stops the work (a backend that
 * cannot start, a model that cannot run): printed as one line, exit code 1.
 */
export class CliRuntimeError extends Error {
  readonly code = 'E_CLI_RUNTIME';
  override readonly name = 'CliRuntimeError';
}
