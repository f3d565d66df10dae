export { runDemo, type DemoOptions, type DemoSummary } from './demo.js';
export { writeFileAtomic } from './writeFileAtomic.js';
export { CliUsageError } from './CliUsageError.js';
