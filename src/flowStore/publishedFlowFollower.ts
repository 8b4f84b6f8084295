import type { FlowLibrary } from '../flow/flowLibrary';
import type { Logger } from '../log/logger';
import type { FlowRevisionStore } from './flowRevisionStore';

/** Options of PublishedFlowFollower.start. */
export interface FollowerOptions {
  store: FlowRevisionStore;
  library: FlowLibrary;
  log: Logger;
  /** The revision the library serves now (undefined: none from the store yet). */
  serving: number | undefined;
  /** How often the pointer is read when no message arrives, in ms (default 1000). */
  pollMs?: number;
}

/**
 * Keeps a web process on the published revision: a pub/sub message loads it at once, and a poll of the pointer
 * (one GET a second) catches a missed message or a Redis that came back, so every process serves a publish within
 * 2 s. A revision the library refuses is logged once and the last good flows keep serving.
 */
export class PublishedFlowFollower {
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => Promise<void>) | undefined;
  private checking: Promise<void> | undefined;
  private again = false;
  private closed = false;

  private constructor(
    private readonly opts: FollowerOptions,
    private seen: number | undefined,
  ) {}

  /** Subscribes and starts polling. */
  static async start(opts: FollowerOptions): Promise<PublishedFlowFollower> {
    const follower = new PublishedFlowFollower(opts, opts.serving);
    try {
      follower.unsubscribe = await opts.store.onPublish(() => follower.checkNow());
    } catch (err) {
      opts.log.warn({ err: (err as Error).message }, 'flow publish messages unavailable; polling only');
    }
    follower.timer = setInterval(() => follower.checkNow(), opts.pollMs ?? 1_000);
    follower.timer.unref();
    return follower;
  }

  /** The revision last taken from the store (served, or refused and skipped). */
  revision(): number | undefined {
    return this.seen;
  }

  /** Reads the pointer now and loads a new revision; overlapping calls collapse into one more read. */
  checkNow(): Promise<void> {
    if (this.checking) {
      this.again = true;
      return this.checking;
    }
    this.checking = this.check().finally(() => {
      this.checking = undefined;
      if (this.again && !this.closed) {
        this.again = false;
        void this.checkNow();
      }
    });
    return this.checking;
  }

  private async check(): Promise<void> {
    const { store, library, log } = this.opts;
    try {
      const n = await store.publishedNumber();
      if (n === undefined || n === this.seen || this.closed) return;
      const revision = await store.revision(n);
      if (!revision || this.closed) return;
      this.seen = n;
      // In steps: the texts in flight on this process are answered between them (see loadFilesInSteps).
      const result = await library.loadFilesInSteps(revision.files);
      if (result.ok) log.info({ revision: n }, 'serving published flow revision');
      else log.error({ revision: n }, 'published flow revision refused; the last good flows keep serving');
    } catch (err) {
      // Redis down: the poll tries again; texters keep the flows they have.
      log.debug({ err: (err as Error).message }, 'could not read the published flow revision');
    }
  }

  /** Stops polling and listening. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.checking;
    await this.unsubscribe?.();
  }
}
