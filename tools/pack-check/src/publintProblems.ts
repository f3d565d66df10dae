/**
 * publint on a packed tarball, in strict mode (its warnings count as errors).
 */
import { readFileSync } from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

/**
 * Lints the tarball as published: the file list comes from the tarball, not from the directory.
 *
 * @param tarball - path of a `.tgz` from `npm pack`
 * @returns one formatted line per error or warning (strict), empty when clean; suggestions are
 *   returned too, prefixed `suggestion:`, so that a clean result really is clean
 * @example
 * ```ts
 * await publintProblems('/tmp/tarballs/softdtw-core-0.0.0.tgz'); // []
 * ```
 */
export async function publintProblems(tarball: string): Promise<string[]> {
  const bytes = readFileSync(tarball);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: data }, strict: true, level: 'suggestion' });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code} (${message.code})`);
}
