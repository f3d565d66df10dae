/**
 * `softdtw demo`: the end-to-end tour of `runDemo` (what `npm start` runs), as a command.
 */
import type { Command } from 'commander';
import type { CliIo } from '../CliIo.js';
import { addCommonOptions, parseCommonOptions, type RawCommonOptions } from '../commonOptions.js';
import { parseIntegerOption, parseNumberOption } from '../parseOptionValue.js';
import { CliRuntimeError } from '../CliRuntimeError.js';
import { defaultBackendName, selectBackend, type SelectedBackend } from '../selectBackend.js';

interface RawDemoOptions extends RawCommonOptions {
  readonly data?: string;
  readonly outDir: string;
  readonly gamma: string;
  readonly testLimit?: string;
  readonly epochs?: string;
  readonly quick?: boolean;
}

/**
 * The demo's backend: the one named (by --backend or $SOFTDTW_BACKEND), else wasm — float64 like cpu,
 * the same numbers about three times faster — and cpu where wasm cannot start (said on stderr).
 */
async function demoBackend(named: string | undefined, io: CliIo): Promise<SelectedBackend> {
  if (named !== undefined) return selectBackend(named);
  try {
    return await selectBackend('wasm');
  } catch (error) {
    if (!(error instanceof CliRuntimeError)) throw error;
    io.stderr(`softdtw demo: using the cpu backend (${error.message})\n`);
    return selectBackend('cpu');
  }
}

/**
 * Add `demo` to the program.
 * @param program - the root command.
 * @param io - where the command prints.
 * @returns the new command.
 * @example registerDemoCommand(program, processIo());
 */
export function registerDemoCommand(program: Command, io: CliIo): Command {
  const command = program
    .command('demo')
    .description('the tour (npm start): distances, alignments, barycenters, k-means, forecasting, ONNX → out/report.html')
    .option('--data <dir>', 'UCR archive directory containing GunPoint/ and ECG200/ (default: the copies in @softdtw/datasets)')
    .option('--out-dir <dir>', 'output directory for report.html, plots, models and summary.json', 'out')
    .option('--gamma <γ>', 'γ of the pair and of the 1-NN soft-DTW divergence', '1')
    .option('--test-limit <count>', 'use only the first COUNT GunPoint test series for 1-NN')
    .option('--epochs <n>', 'forecaster training epochs', '50')
    .option('--quick', 'small problems everywhere (a few seconds; for trying things out)');
  // Without --backend (and $SOFTDTW_BACKEND) the demo runs on wasm, else cpu: see demoBackend.
  addCommonOptions(command, { out: false, input: false })
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ softdtw demo                      # writes out/report.html',
        '  $ softdtw demo --quick --out-dir /tmp/demo --json',
        '',
        'Without --backend (and $SOFTDTW_BACKEND) the demo runs on wasm (float64, the same numbers as cpu), or on cpu where wasm cannot start.',
      ].join('\n'),
    )
    .action(async (raw: RawDemoOptions) => {
      const common = parseCommonOptions(raw);
      const gamma = parseNumberOption('--gamma', raw.gamma, { min: 0, minExclusive: true, example: '0.1' });
      const testLimit = raw.testLimit === undefined ? undefined : parseIntegerOption('--test-limit', raw.testLimit, 1, '50');
      const epochs = raw.epochs === undefined ? undefined : parseIntegerOption('--epochs', raw.epochs, 1, '50');
      const backend = await demoBackend(command.getOptionValueSource('backend') === 'default' && defaultBackendName() === 'cpu' ? undefined : common.backend, io);
      const { runDemo } = await import('../demo/runDemo.js'); // plots and onnxruntime load only for the demo
      const summary = await runDemo({
        outDir: raw.outDir,
        gamma,
        seed: common.seed,
        quick: raw.quick === true,
        backend: backend.name,
        io,
        log: common.output.json ? () => undefined : (line) => io.stdout(`${line}\n`),
        ...(raw.data === undefined ? {} : { dataDir: raw.data }),
        ...(testLimit === undefined ? {} : { testLimit }),
        ...(epochs === undefined ? {} : { epochs }),
      });
      if (common.output.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    });
  return command;
}
