// Sums the vitest JSON reports in a directory into the closing line CI reads:
// `N passed, N failed` (and `, N skipped` when some were). Nx tasks that failed without a test
// failure (typecheck, lint) are counted as one failure each, named above the line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, statusText = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load (syntax error, missing import) has no tests but is a failure.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
}
let log = '';
try {
  log = readFileSync(join(dir, 'npm-test.log'), 'utf8');
} catch {
  // no log: counted from the reports alone
}
const failedTasks = [...log.matchAll(/^- (\S+:(?:typecheck|lint|build))\s*$/gm)].map((m) => m[1]);
if (failedTasks.length > 0) {
  console.log(`failed tasks (not tests): ${failedTasks.join(', ')}`);
  failed += failedTasks.length;
}
if (Number(statusText) !== 0 && failed === 0) {
  console.log(`npm test exited with status ${statusText} but no test or task failure was found in the reports`);
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
