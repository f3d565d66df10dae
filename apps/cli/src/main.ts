#!/usr/bin/env node
/**
 * The `softdtw` command line (bin of @softdtw/cli). Exit codes: 0 success, 1 runtime failure,
 * 2 usage or input error; errors are one line (`--debug` adds the stack trace).
 */
import { processIo } from './CliIo.js';
import { runCli } from './runCli.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
