/**
 * @softdtw/cli — the `softdtw` command line, also usable in-process (tests, scripts): `runCli`
 * runs it on arguments and returns the exit code; `runDemo` is `softdtw demo`.
 */
export { runCli } from './runCli.js';
export { createProgram } from './createProgram.js';
export { memoryIo, processIo, type CliIo } from './CliIo.js';
export { runDemo, type DemoOptions, type DemoSummary } from './demo/runDemo.js';
export { selectBackend, BACKEND_CHOICES, type BackendChoice, type SelectedBackend } from './selectBackend.js';
export { readSeriesInput, INPUT_FORMATS, type InputFormat, type ReadSeriesInputOptions } from './input/readSeriesInput.js';
export type { CliSeries, SeriesData } from './input/SeriesData.js';
export { describeFailure, EXIT_CODES } from './describeFailure.js';
export { writeFileAtomic } from './writeFileAtomic.js';
export { CliUsageError } from './CliUsageError.js';
export { CliRuntimeError } from './CliRuntimeError.js';
