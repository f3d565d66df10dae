import { existsSync } from 'node:fs';
import { sharedConfig } from '../../vitest.shared.js';

// Dawn (the `webgpu` package) needs a Vulkan driver. On machines without a GPU driver, Debian's
// chromium ships SwiftShader's Vulkan ICD: point Dawn at it unless the caller chose an ICD already.
// Without it (and without a real driver) the GPU tests skip with a logged reason.
const swiftShaderIcd = '/usr/lib/chromium/vk_swiftshader_icd.json';
const env: Record<string, string> =
  process.env['VK_ICD_FILENAMES'] === undefined && existsSync(swiftShaderIcd) ? { VK_ICD_FILENAMES: swiftShaderIcd } : {};

export default sharedConfig(import.meta.dirname, { env, testTimeout: 120_000 });
