/**
 * Where a command writes: its results (stdout), its messages (stderr), and whether a person is
 * watching (progress bars and terminal tables only then). Commands never touch `process.stdout`
 * directly, so tests run them in-process and read what they printed.
 */

/** The streams and terminal facts a command uses. */
export interface CliIo {
  /** Results: tables, JSON, CSV. */
  readonly stdout: (text: string) => void;
  /** Messages and one-line errors. */
  readonly stderr: (text: string) => void;
  /** stdout is a terminal (a person reads it): progress bars are shown on stderr. */
  readonly interactive: boolean;
  /** Stream the progress bar draws on (stderr of the process). */
  readonly progressStream?: NodeJS.WriteStream;
}

/**
 * The process's own streams: results on stdout, messages on stderr, progress bars when both are terminals.
 * @returns a {@link CliIo} bound to `process`.
 * @example const io = processIo(); io.stdout('hello\n');
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    interactive: process.stdout.isTTY === true && process.stderr.isTTY === true,
    progressStream: process.stderr,
  };
}

/**
 * An in-memory {@link CliIo} for tests: collects what was written.
 * @returns the io and the text written to each stream so far.
 * @example const { io, out } = memoryIo(); io.stdout('x'); out(); // 'x'
 */
export function memoryIo(): { io: CliIo; out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), interactive: false },
    out: () => stdout,
    err: () => stderr,
  };
}
