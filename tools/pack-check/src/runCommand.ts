/**
 * Runs a child process to completion and collects its output; never throws for a non-zero exit
 * (the caller decides what a failure means), only for a command that cannot start.
 */
import { spawn } from 'node:child_process';

/** How a command ended. */
export interface CommandResult {
  /** Exit code; `null` when killed by a signal (a timeout included). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly durationMs: number;
}

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  readonly cwd: string;
  /** Environment of the child; defaults to {@link isolatedEnvironment}(). */
  readonly env?: NodeJS.ProcessEnv;
  /** Killed (SIGKILL, whole process group) after this many milliseconds. */
  readonly timeoutMs: number;
}

/**
 * Runs `command args…` and resolves when it exits.
 *
 * @param command - executable (`process.execPath`, `npm`)
 * @param args - its arguments
 * @param options - working directory, environment, timeout
 * @returns exit code, stdout, stderr, whether it timed out, and its duration
 * @example
 * ```ts
 * const { code, stdout } = await runCommand(process.execPath, ['-e', 'console.log(6 * 7)'], { cwd: '.', timeoutMs: 10_000 });
 * // code === 0, stdout === '42\n'
 * ```
 */
export function runCommand(command: string, args: readonly string[], options: RunCommandOptions): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? isolatedEnvironment(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut, durationMs: performance.now() - started });
    });
  });
}

/**
 * The current environment without what `npm run` and `nx` put there for *this* process: npm's
 * `npm_config_local_prefix` would point a child `npm` at the workspace instead of the temporary
 * project, and nx's task variables would confuse a nested `nx`. Registry, cache and user config
 * settings are kept, so the child uses the same npm cache.
 *
 * @param base - the environment to filter
 * @returns a copy without npm lifecycle/package/workspace variables, `INIT_CWD`, `NODE_OPTIONS`, `NODE_ENV`, `FORCE_COLOR` (set by nx; colours would change what examples print), vitest's and `NX_*`
 * @example
 * ```ts
 * isolatedEnvironment({ npm_config_local_prefix: '/repo', npm_config_cache: '/c', PATH: '/bin' }); // { npm_config_cache: '/c', PATH: '/bin' }
 * ```
 */
export function isolatedEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const dropped = /^(npm_package_|npm_lifecycle_|npm_command$|npm_config_(local_prefix|prefix|workspaces?|include_workspace_root|global)$|INIT_CWD$|NODE_OPTIONS$|NODE_ENV$|FORCE_COLOR$|NX_|VITEST|TEST$)/;
  return Object.fromEntries(Object.entries(base).filter(([key]) => !dropped.test(key)));
}
