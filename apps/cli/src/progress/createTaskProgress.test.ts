import { Writable } from 'node:stream';
import { expect, test } from 'vitest';
import type { CliIo } from '../CliIo.js';
import { createTaskProgress } from './createTaskProgress.js';

function fakeTerminal(): { stream: NodeJS.WriteStream; written: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, written: () => text };
}

const io = (interactive: boolean, stream: NodeJS.WriteStream): CliIo => ({ stdout: () => undefined, stderr: () => undefined, interactive, progressStream: stream });

test('on a terminal the bar shows the title, the count and an ETA', () => {
  const { stream, written } = fakeTerminal();
  const progress = createTaskProgress(io(true, stream), { total: 4, title: 'pairs', delayMs: 0 });
  progress.tick(1, 'first');
  progress.tick(1, 'second');
  progress.done();
  expect(written()).toMatch(/pairs .* 1\/4 \| ETA .* first/);
});

test('quiet when nobody watches, and before the delay has passed', () => {
  const piped = fakeTerminal();
  const quiet = createTaskProgress(io(false, piped.stream), { total: 4, title: 'pairs', delayMs: 0 });
  quiet.tick(2);
  quiet.done();
  expect(piped.written()).toBe('');
  const early = fakeTerminal();
  const delayed = createTaskProgress(io(true, early.stream), { total: 4, title: 'pairs', delayMs: 60_000 });
  delayed.tick(2);
  delayed.done();
  expect(early.written()).toBe('');
});
