import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORECAST_VERSION } from './version.js';

describe('FORECAST_VERSION', () => {
  it('equals the version in package.json (it is written into ONNX metadata)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(FORECAST_VERSION).toBe(pkg.version);
  });
});
