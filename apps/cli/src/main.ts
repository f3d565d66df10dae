#!/usr/bin/env node
/**
 * The `softdtw` command line. Usage mistakes print one line and exit with code 2;
 * unexpected failures print the error and exit with code 1.
 */
import { Command, CommanderError } from 'commander';
import { CliUsageError } from './CliUsageError.js';
import { runDemo } from './demo.js';
import { registerReproduceCommand } from './reproduce/registerReproduceCommand.js';

const program = new Command()
  .name('softdtw')
  .description('Soft-DTW (Cuturi & Blondel, 2017): a differentiable loss for time series.')
  .exitOverride();

program
  .command('demo')
  .description('Soft-DTW values, gradients, alignments and 1-NN accuracy on the bundled GunPoint dataset.')
  .option('--data <dir>', 'UCR archive directory containing GunPoint/ (default: the copy in @softdtw/datasets)')
  .option('--out <dir>', 'output directory', 'out')
  .option('--gamma <number>', 'smoothing parameter of soft-DTW', '1')
  .option('--test-limit <count>', 'use only the first COUNT test series')
  .addHelpText('after', '\nExample:\n  $ softdtw demo --gamma 0.1 --out out/')
  .action((opts: { data?: string; out: string; gamma: string; testLimit?: string }) => {
    const gamma = Number(opts.gamma);
    if (!Number.isFinite(gamma) || gamma < 0) {
      throw new CliUsageError(`--gamma: expected a number >= 0, got "${opts.gamma}". Example: --gamma 0.1`);
    }
    const testLimit = opts.testLimit === undefined ? undefined : Number.parseInt(opts.testLimit, 10);
    if (testLimit !== undefined && !(testLimit > 0)) {
      throw new CliUsageError(`--test-limit: expected a positive integer, got "${opts.testLimit}".`);
    }
    runDemo({
      outDir: opts.out,
      gamma,
      ...(opts.data === undefined ? {} : { dataDir: opts.data }),
      ...(testLimit === undefined ? {} : { testLimit }),
    });
  });

registerReproduceCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof CliUsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('E_'))) {
    console.error(`softdtw: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}
