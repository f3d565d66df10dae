/** Test helper: run the CLI in-process (no spawn) and collect its exit code and output. */
import { memoryIo } from '../src/CliIo.js';
import { runCli } from '../src/runCli.js';

export async function runInProcess(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, out, err } = memoryIo();
  const code = await runCli(args, io);
  return { code, stdout: out(), stderr: err() };
}
