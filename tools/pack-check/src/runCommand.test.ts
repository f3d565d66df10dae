import { describe, expect, it } from 'vitest';
import { isolatedEnvironment, runCommand } from './runCommand.js';

describe('runCommand', () => {
  it('collects stdout, stderr and the exit code without throwing on failure', async () => {
    const script = 'console.log(6 * 7); console.error("warn"); process.exit(3)';
    const result = await runCommand(process.execPath, ['-e', script], { cwd: '.', timeoutMs: 30_000 });
    expect(result).toMatchObject({ code: 3, stdout: '42\n', stderr: 'warn\n', timedOut: false });
  });

  it('kills a command that runs past its timeout', async () => {
    const result = await runCommand(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { cwd: '.', timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.code).toBeNull();
  });
});

describe('isolatedEnvironment', () => {
  it("drops what npm run and nx set for this process, keeps the npm cache and registry", () => {
    const env = isolatedEnvironment({
      PATH: '/bin',
      npm_config_local_prefix: '/repo',
      npm_config_cache: '/cache',
      npm_config_registry: 'https://r/',
      npm_package_name: 'x',
      npm_lifecycle_event: 'test',
      INIT_CWD: '/repo',
      NX_TASK_TARGET_PROJECT: 'p',
      FORCE_COLOR: '1',
      VITEST: 'true',
    });
    expect(env).toEqual({ PATH: '/bin', npm_config_cache: '/cache', npm_config_registry: 'https://r/' });
  });
});
