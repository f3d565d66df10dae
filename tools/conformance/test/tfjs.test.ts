import { defineConformanceSuite } from '../src/defineConformanceSuite.js';
import { tfjsTarget } from '../src/targets.js';

defineConformanceSuite(tfjsTarget);
