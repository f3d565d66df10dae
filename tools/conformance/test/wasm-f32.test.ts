import { defineConformanceSuite } from '../src/defineConformanceSuite.js';
import { wasmFloat32Target } from '../src/targets.js';

defineConformanceSuite(wasmFloat32Target);
