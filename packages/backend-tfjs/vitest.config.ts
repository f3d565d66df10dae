import { existsSync } from 'node:fs';
import { sharedConfig } from '../../vitest.shared.js';

// Dawn (the `webgpu` package) needs a Vulkan driver; without a GPU the SwiftShader ICD of Debian's
// chromium serves (TOOLCHAIN.md §4a). test/webgpu.test.ts skips with the reason when no adapter exists.
const swiftShader = '/usr/lib/chromium/vk_swiftshader_icd.json';
const vulkan = process.env['VK_ICD_FILENAMES'] === undefined && existsSync(swiftShader) ? { VK_ICD_FILENAMES: swiftShader } : {};

export default sharedConfig(import.meta.dirname, { env: vulkan });
