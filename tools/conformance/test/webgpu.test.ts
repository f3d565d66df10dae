import { defineConformanceSuite } from '../src/defineConformanceSuite.js';
import { webgpuTarget } from '../src/targets.js';

defineConformanceSuite(webgpuTarget);
