/**
 * The `softdtw` program: every command, registered on one commander instance that writes through a
 * {@link CliIo} (so tests can run it in-process) and throws instead of exiting (`runCli` turns errors
 * into exit codes).
 */
import { Command } from 'commander';
import type { CliIo } from './CliIo.js';
import { registerBarycenterCommand } from './commands/barycenterCommand.js';
import { registerBenchCommand } from './commands/benchCommand.js';
import { registerClassifyCommand } from './commands/classifyCommand.js';
import { registerClusterCommand } from './commands/clusterCommand.js';
import { registerDemoCommand } from './commands/demoCommand.js';
import { registerDistanceCommand } from './commands/distanceCommand.js';
import { registerForecastCommand } from './commands/forecastCommand.js';
import { registerReproduceCommand } from './reproduce/registerReproduceCommand.js';

const EPILOGUE = `
Inputs: a UCR .tsv (label first, tab separated), a .csv (one series per row, optional header) or a
.json file; bundled:GunPoint or bundled:ECG200[:test] for the datasets that ship with softdtw; or
numbers such as 0,1,2;3,4 (two series).

Exit codes: 0 success, 1 runtime failure (e.g. a backend that cannot start), 2 usage or input error
(a bad option, an unreadable or malformed file). Errors are one line; --debug adds the stack trace.

Run 'softdtw <command> --help' for a command's options and an example.`;

/**
 * Build the program.
 * @param io - where commands print.
 * @returns the root command (call `parseAsync(argv, { from: 'user' })`).
 * @example await createProgram(processIo()).parseAsync(['distance', '0,1', '1,2'], { from: 'user' });
 */
export function createProgram(io: CliIo): Command {
  const program = new Command()
    .name('softdtw')
    .description('Soft-DTW (Cuturi & Blondel, ICML 2017): a differentiable loss for time series — distances, barycenters, clustering, classification, forecasting.')
    .option('--debug', 'on an error, print the stack trace too')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`softdtw: ${text.replace(/^error: /, '').trimEnd()}\n`),
    })
    .addHelpText('after', EPILOGUE);
  registerDistanceCommand(program, io);
  registerBarycenterCommand(program, io);
  registerClusterCommand(program, io);
  registerClassifyCommand(program, io);
  registerForecastCommand(program, io);
  registerBenchCommand(program, io);
  registerReproduceCommand(program);
  registerDemoCommand(program, io);
  // Subcommands inherit output settings and exitOverride from their parent only when created after
  // these calls; apply them to every command so errors everywhere go through runCli.
  for (const command of allCommands(program)) {
    command.exitOverride();
    command.configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`softdtw: ${text.replace(/^error: /, '').trimEnd()}\n`),
    });
  }
  return program;
}

function allCommands(root: Command): Command[] {
  const found: Command[] = [];
  const stack = [...root.commands];
  while (stack.length > 0) {
    const command = stack.pop()!;
    found.push(command);
    stack.push(...command.commands);
  }
  return found;
}
