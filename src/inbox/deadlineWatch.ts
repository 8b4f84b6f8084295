/** One piece of work being watched: when it is due, and how to give up on it (cleared once it settles). */
interface Watched {
  due: number;
  giveUp: (() => void) | undefined;
}

/**
 * Gives every piece of work the same time limit, on one shared timer. A text's store path must
 * finish within its budget (TextHandler), but nearly every text finishes in a few milliseconds:
 * a timer, a deadline promise and a Promise.race per text cost more than the check itself, in CPU
 * and in garbage that 50 texts in flight keep alive. Work is watched in the order it starts, and
 * every piece has the same budget, so the oldest is always the first due and a tick only looks at
 * the front of the queue. A late piece is given up within `tickMs` after its budget.
 */
export class DeadlineWatch {
  private queue: Watched[] = [];
  private head = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly tickMs: number;

  constructor(
    private readonly budgetMs: number,
    tickMs?: number,
  ) {
    // A tenth of the budget, within 5 to 50 ms: late by at most 50 ms at the default 1.2 s budget.
    this.tickMs = tickMs ?? Math.min(50, Math.max(5, Math.floor(budgetMs / 10)));
  }

  /**
   * Settles as `work` does, or rejects with `late()` once the budget has passed, whichever comes
   * first; `onLate` runs just before, so the work can stop writing what no one will read.
   */
  within<T>(work: Promise<T>, late: () => Error, onLate?: () => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const watched: Watched = {
        due: Date.now() + this.budgetMs,
        giveUp: () => {
          onLate?.();
          reject(late());
        },
      };
      this.queue.push(watched);
      this.timer ??= setInterval(() => this.tick(), this.tickMs).unref();
      // Settled work lets go of its closure at once: the queue keeps an entry until the next tick, and
      // through the closure it would keep the text's whole answer alive, to be copied by the next GC.
      work.then(
        (value) => {
          if (!watched.giveUp) return;
          watched.giveUp = undefined;
          resolve(value);
        },
        (err: unknown) => {
          if (!watched.giveUp) return;
          watched.giveUp = undefined;
          reject(err);
        },
      );
    });
  }

  /** How many pieces of work are still waited for (for tests). */
  get watching(): number {
    let n = 0;
    for (let i = this.head; i < this.queue.length; i++) if (this.queue[i].giveUp) n++;
    return n;
  }

  private tick(): void {
    const now = Date.now();
    const { queue } = this;
    while (this.head < queue.length) {
      const watched = queue[this.head];
      const giveUp = watched.giveUp;
      if (giveUp) {
        if (watched.due > now) break;
        watched.giveUp = undefined;
        giveUp();
      }
      this.head++;
    }
    if (this.head === queue.length) {
      // Nothing left to watch: no timer keeps ticking on a quiet line.
      this.queue = [];
      this.head = 0;
      clearInterval(this.timer);
      this.timer = undefined;
    } else if (this.head > 1024 && this.head * 2 > queue.length) {
      // Under steady load the queue never empties: drop what is done so it does not grow forever.
      this.queue = queue.slice(this.head);
      this.head = 0;
    }
  }
}
