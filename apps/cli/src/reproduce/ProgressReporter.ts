/**
 * Progress of a reproduction: a bar with ETA on a terminal (cli-progress), and plain one-line
 * messages when stderr is not a TTY (logs, CI, `nohup`).
 */
import cliProgress from 'cli-progress';

/** Receives progress; `step` counts units of work (e.g. trained models), `message` prints a line. */
export interface ProgressReporter {
  /** Advance by `units` and show `label` (e.g. the dataset in progress). */
  step(units: number, label: string): void;
  /** Print a line (above the bar on a TTY). */
  message(line: string): void;
  /** Stop the bar. */
  stop(): void;
}

/** Where and how to report. */
export interface ProgressReporterOptions {
  /** Total units of work. */
  readonly total: number;
  /** Stream to write to (default `process.stderr`). */
  readonly stream?: NodeJS.WriteStream;
  /** Force the bar (true) or lines (false); default: the stream's `isTTY`. */
  readonly tty?: boolean;
}

/**
 * Create a reporter.
 * @param options - total units, stream, TTY override.
 * @returns a {@link ProgressReporter}.
 * @example
 * const progress = createProgressReporter({ total: 9 });
 * progress.step(1, 'GunPoint'); progress.stop();
 */
export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? stream.isTTY === true;
  if (!tty) {
    return {
      step: () => undefined,
      message: (line) => void stream.write(`${line}\n`),
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: '{bar} {percentage}% | {value}/{total} | ETA {eta_formatted} | {label}', stream, hideCursor: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(options.total, 0, { label: '' });
  return {
    step: (units, label) => bar.increment(units, { label }),
    message: (line) => {
      stream.write(`\r\x1b[K${line}\n`);
      bar.render();
    },
    stop: () => bar.stop(),
  };
}
