import { defineConformanceSuite } from '../src/defineConformanceSuite.js';
import { cpuTarget } from '../src/targets.js';

defineConformanceSuite(cpuTarget);
