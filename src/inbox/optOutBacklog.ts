import type { Logger } from '../log/logger';
import type { SenderKey } from '../store/senderKey';
import type { SessionStore } from '../store/sessionStore';
import type { OptOutSource } from '../engine/types';

/**
 * Opt-outs and opt-ins answered while the store was down, kept in memory until they can be
 * written, so a STOP sent during a Redis outage is still honoured afterwards. Retried on a
 * timer and before the sender's next text. Lost only if the process dies before Redis returns.
 */
export class OptOutBacklog {
  private readonly pending = new Map<SenderKey, { optedOut: boolean; by: OptOutSource }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: SessionStore,
    private readonly log: Logger,
    private readonly retryEveryMs = 2_000,
  ) {}

  /** Remembers the latest opt-out (true, by the carrier's words or the line's) or opt-in (false) until it is stored. */
  remember(senderKey: SenderKey, optedOut: boolean, by: OptOutSource = 'carrier'): void {
    this.pending.set(senderKey, { optedOut, by });
    if (!this.timer) {
      this.timer = setInterval(() => void this.flushAll(), this.retryEveryMs);
      this.timer.unref();
    }
  }

  /** How many sender changes are waiting (for logs and tests). */
  get size(): number {
    return this.pending.size;
  }

  /** Writes this sender's waiting change, if any; throws when the store is still down. */
  async flush(senderKey: SenderKey): Promise<void> {
    const change = this.pending.get(senderKey);
    if (change === undefined) return;
    await this.store.setOptedOut(senderKey, change.optedOut, change.by);
    // Only forget it if no newer change arrived while writing.
    if (this.pending.get(senderKey) === change) this.pending.delete(senderKey);
    if (this.pending.size === 0) this.stop();
  }

  /** Tries to write every waiting change; keeps those that fail for the next round. */
  async flushAll(): Promise<void> {
    for (const senderKey of [...this.pending.keys()]) {
      try {
        await this.flush(senderKey);
        this.log.info({ sender: senderKey }, 'opt-out recorded after store outage');
      } catch {
        return; // still down; the timer tries again
      }
    }
  }

  /** Stops the retry timer (shutdown). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
