import { defineConformanceSuite } from '../src/defineConformanceSuite.js';
import { wasmFloat64Target } from '../src/targets.js';

defineConformanceSuite(wasmFloat64Target);
