import { existsSync } from 'node:fs';
import { sharedConfig } from '../../vitest.shared.js';

// Dawn (the `webgpu` package) needs the SwiftShader Vulkan driver that Debian's chromium ships
// (TOOLCHAIN.md §4a); without it the webgpu target skips with the reason logged.
const swiftShaderIcd = '/usr/lib/chromium/vk_swiftshader_icd.json';
const env: Record<string, string> = existsSync(swiftShaderIcd) && process.env['VK_ICD_FILENAMES'] === undefined ? { VK_ICD_FILENAMES: swiftShaderIcd } : {};

export default sharedConfig(import.meta.dirname, { env, testTimeout: 120_000, hookTimeout: 120_000 });
