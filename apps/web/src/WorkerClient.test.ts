import { describe, expect, it } from 'vitest';
import { WorkerRequestError, type WorkerRequest, type WorkerResponse } from './protocol.js';
import { WorkerClient, type WorkerLike } from './WorkerClient.js';

type Listener = (event: { data?: unknown; message?: string }) => void;

/** A fake worker: records posted requests and lets the test answer them. */
class FakeWorker implements WorkerLike {
  readonly posted: WorkerRequest[] = [];
  private readonly listeners = new Map<string, Listener[]>();

  postMessage(message: unknown): void {
    this.posted.push(message as WorkerRequest);
  }

  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: { message?: string }) => void): void;
  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener as Listener]);
  }

  emit(type: string, event: { data?: unknown; message?: string }): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  answer(response: WorkerResponse): void {
    this.emit('message', { data: response });
  }
}

describe('WorkerClient', () => {
  it('matches answers to requests by id, in any order', async () => {
    const worker = new FakeWorker();
    const client = new WorkerClient(worker);
    const first = client.request('setBackend', { name: 'cpu' });
    const second = client.request('loadDataset', { kind: 'bundled', name: 'GunPoint' });
    expect(worker.posted.map((r) => [r.id, r.type])).toEqual([
      [1, 'setBackend'],
      [2, 'loadDataset'],
    ]);
    expect(client.inFlight).toBe(2);
    const summary = { name: 'x', series: [[1]], labels: ['a'], classes: ['a'], minLength: 1, maxLength: 1 };
    worker.answer({ id: 2, ok: true, result: summary });
    worker.answer({ id: 1, ok: true, result: { backends: [], failedPackages: [], active: 'cpu', requested: 'cpu', error: null } });
    await expect(second).resolves.toEqual(summary);
    await expect(first).resolves.toMatchObject({ active: 'cpu' });
    expect(client.inFlight).toBe(0);
  });

  it('rejects with the worker-side error name, code and message', async () => {
    const worker = new FakeWorker();
    const client = new WorkerClient(worker);
    const pending = client.request('loadDataset', { kind: 'text', fileName: 'bad.tsv', text: 'x' });
    worker.answer({ id: 1, ok: false, error: { name: 'UcrParseError', code: 'E_UCR_PARSE', message: 'bad.tsv, line 1' } });
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerRequestError);
    expect(error).toMatchObject({ name: 'UcrParseError', code: 'E_UCR_PARSE', message: 'bad.tsv, line 1', requestType: 'loadDataset' });
  });

  it('rejects every pending request when the worker crashes, and reports the crash', async () => {
    const worker = new FakeWorker();
    const crashes: string[] = [];
    const client = new WorkerClient(worker, (description) => crashes.push(description));
    const a = client.request('alignment', { i: 0, j: 1, gamma: 1 });
    const b = client.request('kmeans', { k: 2, metric: 'dtw', gamma: 1, seed: 0, maxIter: 1 });
    worker.emit('error', { message: 'boom' });
    await expect(a).rejects.toMatchObject({ code: 'E_WORKER_CRASH', message: expect.stringContaining('boom') });
    await expect(b).rejects.toMatchObject({ code: 'E_WORKER_CRASH' });
    expect(crashes).toEqual(['the worker stopped with an uncaught error: boom']);
    expect(client.inFlight).toBe(0);
  });

  it('ignores answers to unknown ids', async () => {
    const worker = new FakeWorker();
    const client = new WorkerClient(worker);
    worker.answer({ id: 99, ok: true, result: { backends: [], failedPackages: [], active: null, requested: 'x', error: null } });
    expect(client.inFlight).toBe(0);
  });
});
