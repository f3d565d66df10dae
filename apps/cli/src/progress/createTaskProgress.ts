/**
 * A progress bar with ETA for work counted in steps (pairs, restarts, epochs, …), drawn on stderr
 * with cli-progress. It appears only when a person is watching (stdout and stderr are terminals)
 * and only once the work has taken more than a second, so quick commands and piped output stay
 * quiet. Rendering happens on `tick`, which also works inside synchronous loops.
 */
import cliProgress from 'cli-progress';
import type { CliIo } from '../CliIo.js';

/** Counts steps of one task. */
export interface TaskProgress {
  /** `units` more steps are done (default 1); `label` says what is running now. */
  tick(units?: number, label?: string): void;
  /** Clear the bar (call when the task ends, also on failure). */
  done(): void;
}

/** Options of {@link createTaskProgress}. */
export interface TaskProgressOptions {
  /** Total steps. */
  readonly total: number;
  /** What is being done, shown before the bar. */
  readonly title: string;
  /** Show the bar only after this many milliseconds (default 1000). */
  readonly delayMs?: number;
}

/**
 * Create a progress counter for one task.
 * @param io - the command's io: the bar is drawn on `io.progressStream` when `io.interactive`.
 * @param options - total steps, title, delay.
 * @returns a {@link TaskProgress}; a no-op when nobody watches.
 * @example
 * const progress = createTaskProgress(io, { total: pairs.length, title: 'soft-DTW' });
 * for (const pair of pairs) { compute(pair); progress.tick(); }
 * progress.done();
 */
export function createTaskProgress(io: CliIo, options: TaskProgressOptions): TaskProgress {
  const stream = io.progressStream;
  if (!io.interactive || stream === undefined || options.total <= 0) return { tick: () => undefined, done: () => undefined };
  const start = Date.now();
  const delay = options.delayMs ?? 1000;
  let value = 0;
  let bar: cliProgress.SingleBar | undefined;
  return {
    tick(units = 1, label = '') {
      value += units;
      if (bar === undefined && Date.now() - start >= delay && value < options.total) {
        bar = new cliProgress.SingleBar(
          {
            format: `${options.title} {bar} {percentage}% | {value}/{total} | ETA {eta_formatted} {label}`,
            stream,
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 30,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(options.total, value, { label });
      } else {
        bar?.update(value, { label });
      }
    },
    done() {
      bar?.stop();
      bar = undefined;
    },
  };
}
