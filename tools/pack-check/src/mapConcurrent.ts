/**
 * Maps over items with at most `limit` promises in flight: attw is CPU-bound, so on a 2-core CI
 * machine two at a time is as fast as it gets without starving everything else.
 */

/**
 * Starts `fn` for each item, keeping at most `limit` running, and returns one promise per item
 * (in input order) that settles with that item's result. A rejection stays with its own item.
 *
 * @param items - inputs
 * @param limit - most calls in flight at once (≥ 1)
 * @param fn - the async work for one item
 * @returns one promise per item, in input order
 * @example
 * ```ts
 * const [a, b] = mapConcurrent([1, 2], 1, async (x) => x * 10); // await a === 10, await b === 20
 * ```
 */
export function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R>[] {
  let running = 0;
  const waiting: (() => void)[] = [];
  const acquire = (): Promise<void> => {
    if (running < limit) {
      running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) running -= 1;
    else next();
  };
  return items.map(async (item) => {
    await acquire();
    try {
      return await fn(item);
    } finally {
      release();
    }
  });
}
