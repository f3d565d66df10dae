/** A mistake in how the CLI was called or in the files it was given: printed as one line, exit code 2. */
export class CliUsageError extends Error {
  readonly code = 'E_CLI_USAGE';
  override readonly name = 'CliUsageError';
}
