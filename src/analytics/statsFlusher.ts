import type { Logger } from '../log/logger';
import type { StatsStore } from './statsStore';
import type { TextTally } from './textTally';

/**
 * Writes the tally to the stats store every `intervalSeconds` (ANALYTICS_FLUSH_SECONDS), one pipeline per
 * flush. Counts that fail to write go back into the tally for the next flush, so a Redis outage loses
 * nothing while the process lives; a crash loses at most the counts since the last flush.
 */
export class StatsFlusher {
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private lastWarned = 0;

  constructor(
    private readonly tally: TextTally,
    private readonly store: StatsStore,
    private readonly log: Logger,
    private readonly intervalSeconds: number,
  ) {}

  /** Starts the timer (unref'd: it never keeps the process alive). */
  start(): this {
    this.timer = setInterval(() => void this.flush(), this.intervalSeconds * 1000);
    this.timer.unref();
    return this;
  }

  /** Writes what the tally holds now; never rejects. */
  flush(): Promise<void> {
    this.flushing ??= (async () => {
      const days = this.tally.drain();
      try {
        await this.store.add(days);
      } catch (err) {
        this.tally.restore(days);
        if (Date.now() - this.lastWarned > 60_000) {
          this.lastWarned = Date.now();
          this.log.warn(
            { err: { name: (err as Error).name } },
            'could not write the numbers; keeping them for the next try',
          );
        }
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  /** Stops the timer and writes the last counts (graceful shutdown). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flushing;
    await this.flush();
  }
}
