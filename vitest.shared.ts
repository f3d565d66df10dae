/**
 * Vitest settings shared by every workspace package.
 *
 * - Sibling packages resolve to their TypeScript sources through the `@softdtw/source`
 *   export condition, so tests need no prior build.
 * - When SOFTDTW_TEST_REPORT_DIR is set (by `.ci/run`), each package also writes a JSON report
 *   there; `.ci/run` sums them into the final `N passed, N failed` line.
 */
import { basename } from 'node:path';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

export function sharedConfig(packageDir: string, overrides: ViteUserConfig['test'] = {}): ViteUserConfig {
  const reportDir = process.env['SOFTDTW_TEST_REPORT_DIR'];
  return defineConfig({
    resolve: { conditions: ['@softdtw/source', ...defaultClientConditions] },
    ssr: { resolve: { conditions: ['@softdtw/source', ...defaultServerConditions], externalConditions: ['@softdtw/source'] } },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      reporters: reportDir ? ['default', 'json'] : ['default'],
      ...(reportDir ? { outputFile: { json: `${reportDir}/${basename(packageDir)}.json` } } : {}),
      testTimeout: 60_000,
      ...overrides,
    },
  });
}
