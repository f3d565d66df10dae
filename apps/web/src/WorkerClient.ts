/**
 * WorkerClient: the page's side of the protocol in protocol.ts. Each `request` posts
 * `{ id, type, payload }` and returns a Promise settled by the worker's answer with that id;
 * error answers reject with a WorkerRequestError carrying the original name and code. If the
 * worker itself crashes (an uncaught error, a message that cannot be cloned), every pending
 * request is rejected, so no caller waits forever.
 */
import { WorkerRequestError, type RequestMap, type RequestType, type WorkerRequest, type WorkerResponse } from './protocol.js';

/** The part of `Worker` the client uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: { message?: string }) => void): void;
}

interface Pending {
  readonly type: RequestType;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/**
 * Typed request/response over a worker.
 *
 * @example
 * const client = new WorkerClient(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }));
 * const { active } = await client.request('init', { requested: 'auto' });
 */
export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /**
   * @param worker - a module worker running worker.ts (or anything speaking the protocol)
   * @param onCrash - called once per crash with a description (the page shows it)
   */
  constructor(
    private readonly worker: WorkerLike,
    private readonly onCrash: (description: string) => void = () => {},
  ) {
    worker.addEventListener('message', (event) => this.settle(event.data as WorkerResponse));
    worker.addEventListener('error', (event) => this.crash(`the worker stopped with an uncaught error: ${event.message ?? 'no message'}`));
    worker.addEventListener('messageerror', () => this.crash('the worker sent a message that could not be read'));
  }

  /**
   * Sends one request.
   *
   * @param type - request type (see RequestMap)
   * @param payload - its payload
   * @returns the worker's result
   * @throws WorkerRequestError with the worker-side error's name, code and message
   * @example
   * await client.request('alignment', { i: 0, j: 1, gamma: 1 });
   */
  request<K extends RequestType>(type: K, payload: RequestMap[K]['payload']): Promise<RequestMap[K]['result']> {
    const id = this.nextId++;
    return new Promise<RequestMap[K]['result']>((resolve, reject) => {
      this.pending.set(id, { type, resolve: resolve as (result: unknown) => void, reject });
      const message = { id, type, payload } as WorkerRequest;
      this.worker.postMessage(message);
    });
  }

  /** Number of requests still waiting for an answer. */
  get inFlight(): number {
    return this.pending.size;
  }

  private settle(response: WorkerResponse): void {
    const entry = this.pending.get(response.id);
    if (entry === undefined) return;
    this.pending.delete(response.id);
    if (response.ok) entry.resolve(response.result);
    else entry.reject(new WorkerRequestError(entry.type, response.error));
  }

  private crash(description: string): void {
    this.onCrash(description);
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      entry.reject(new WorkerRequestError(entry.type, { name: 'WorkerCrashError', code: 'E_WORKER_CRASH', message: description }));
    }
  }
}
