import { describe, expect, it } from 'vitest';
import { readmeInstallPackages } from './readmeInstallPackages.js';

const fence = '```';

describe('readmeInstallPackages', () => {
  it('collects names from npm install commands up to the end of the quick start, without versions or flags', () => {
    const readme = [
      '# pkg',
      `${fence}sh`,
      'npm install @softdtw/backend-webgpu @softdtw/core @tensorflow/tfjs-core@4.22.0',
      'npm i -D webgpu@0.6.2      # Node only (optional peer)',
      '$ npm add ./local.tgz https://example.com/x.tgz lodash@^4',
      'npx something else',
      `${fence}`,
      '## Quick start',
      `${fence}bash`,
      'npm install @softdtw/core extra-one',
      `${fence}`,
      `${fence}ts`,
      "// npm install not-a-shell-block",
      `${fence}`,
      '## Later',
      `${fence}sh`,
      'npm install too-late',
      `${fence}`,
    ].join('\n');
    expect(readmeInstallPackages(readme)).toEqual(['@softdtw/backend-webgpu', '@softdtw/core', '@tensorflow/tfjs-core', 'webgpu', 'lodash', 'extra-one']);
  });

  it('returns nothing for a README without install commands', () => {
    expect(readmeInstallPackages('# pkg\n\n## Quick start\n')).toEqual([]);
  });
});
