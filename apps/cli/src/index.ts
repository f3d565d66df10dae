export { runDemo, bundledGunPointDir, type DemoOptions, type DemoSummary } from './demo.js';
export { parseUcrTsv, readUcrTsv, type LabelledSeries } from './readUcrTsv.js';
export { writeFileAtomic } from './writeFileAtomic.js';
export { CliUsageError } from './CliUsageError.js';
