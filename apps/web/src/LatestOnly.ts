/**
 * LatestOnly: runs an async task for the most recent arguments only. While one run is in
 * flight, new calls replace the queued arguments instead of piling up, so dragging the γ slider
 * sends at most one request at a time and always ends with the slider's final position.
 */

/**
 * Coalesces calls to an async task.
 *
 * @example
 * const redraw = new LatestOnly((gamma: number) => client.request('alignment', { i, j, gamma }).then(draw));
 * slider.oninput = () => redraw.run(Number(slider.value));
 */
export class LatestOnly<A> {
  private running = false;
  private queued: { readonly args: A } | undefined;

  /** @param task - the async work; its rejections go to `onError` */
  constructor(
    private readonly task: (args: A) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /**
   * Runs the task now, or after the current run with these (latest) arguments.
   *
   * @param args - arguments of this call
   * @returns a Promise that settles when no run is pending any more
   */
  async run(args: A): Promise<void> {
    this.queued = { args };
    if (this.running) return;
    this.running = true;
    try {
      while (this.queued !== undefined) {
        const next = this.queued.args;
        this.queued = undefined;
        try {
          await this.task(next);
        } catch (error) {
          this.onError(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
