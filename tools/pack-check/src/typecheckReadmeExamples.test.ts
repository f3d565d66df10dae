import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typecheckReadmeExamples } from './typecheckReadmeExamples.js';

const project = mkdtempSync(join(tmpdir(), 'pack-check-tsc-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), text);
}
const manifest = (name: string, types = './index.d.ts'): string => JSON.stringify({ name, version: '0.0.0', type: 'module', exports: { '.': { types, default: './index.js' } } });
// A good package, one whose .d.ts imports a package it does not bring, and a third-party package
// with a broken .d.ts nested below the good one.
write('node_modules/@softdtw/good/package.json', manifest('@softdtw/good'));
write('node_modules/@softdtw/good/index.d.ts', "import type { Broken } from 'third';\nexport declare function double(x: number): number;\nexport type { Broken };\n");
write('node_modules/@softdtw/good/node_modules/third/package.json', manifest('third'));
write('node_modules/@softdtw/good/node_modules/third/index.d.ts', 'export type Broken = NoSuchType;\n');
write('node_modules/@softdtw/leaky/package.json', manifest('@softdtw/leaky'));
write('node_modules/@softdtw/leaky/index.d.ts', "import type { Thing } from 'a-dev-dependency';\nexport declare function use(t: Thing): void;\n");
mkdirSync(join(project, 'readme-examples'));

describe('typecheckReadmeExamples', () => {
  it("charges each example with errors in its own file and its own package's .d.ts, not third-party ones", () => {
    const report = typecheckReadmeExamples(project, [
      { name: 'good', packageName: '@softdtw/good', code: "import { double } from '@softdtw/good';\nconst n: number = double(2);\nconsole.log(n);\n" },
      { name: 'leaky', packageName: '@softdtw/leaky', code: "import { use } from '@softdtw/leaky';\nconsole.log(use);\n" },
      { name: 'wrong', packageName: '@softdtw/good', code: "import { double } from '@softdtw/good';\nconst s: string = double(2);\nconsole.log(s);\n" },
    ], { lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [] }); // lib.dom for console; no @types lookup
    expect(report.byExample.get('good')).toEqual([]);
    expect(report.byExample.get('leaky')).toEqual([expect.stringMatching(/leaky\/index\.d\.ts.*Cannot find module 'a-dev-dependency'/)]);
    expect(report.byExample.get('wrong')).toEqual([expect.stringMatching(/wrong\.mts.*not assignable to type 'string'/)]);
    expect(report.thirdParty).toEqual([expect.stringMatching(/third\/index\.d\.ts.*NoSuchType/)]);
  });
});
