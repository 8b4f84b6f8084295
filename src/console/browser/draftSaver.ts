/// <reference lib="dom" />
import { api, ApiError, SESSION_ENDED } from './api';

/** What the page says when the server refused a save made on an old version of the draft (409). */
export const CHANGED_ELSEWHERE =
  'Not saved: this draft was changed in another tab or by someone else. Reload to see it.';

/** How a save ended, for the page's status line. */
export type SaveResult = { ok: true } | { ok: false; message: string; changedElsewhere: boolean };

/**
 * Sends one page's draft saves one after another, each on the draft version the previous save returned. Two boxes
 * saved within a moment (English then Spanish) would otherwise both be made on the same version, and the server
 * refuses the second; sent in turn, both are kept. Once the draft changed elsewhere every later save is refused here
 * too, so nothing the member typed overwrites what someone else kept; their text stays in its box.
 */
export class DraftSaver {
  private queue: Promise<unknown> = Promise.resolve();
  private changedElsewhere = false;
  /** Saves refused because the session had ended, to send again once the member is back (see retry). */
  private unsent: Array<{ path: string; body: () => Record<string, unknown> }> = [];

  constructor(private version: string) {}

  /** Queues a PUT of `body()` (built when its turn comes, so it carries the newest text) to `path`. */
  save(path: string, body: () => Record<string, unknown>): Promise<SaveResult> {
    const run = this.queue.then(() => this.send(path, body));
    this.queue = run;
    return run;
  }

  /**
   * Sends again, in order, the saves the ended session refused (the page calls it when the member comes back);
   * resolves with the last one's outcome, or undefined when nothing waited.
   */
  async retry(): Promise<SaveResult | undefined> {
    const unsent = this.unsent.splice(0);
    let last: SaveResult | undefined;
    for (const { path, body } of unsent) last = await this.save(path, body);
    return last;
  }

  private async send(path: string, body: () => Record<string, unknown>): Promise<SaveResult> {
    if (this.changedElsewhere) return { ok: false, message: CHANGED_ELSEWHERE, changedElsewhere: true };
    try {
      const saved = await api<{ draftVersion: string }>('PUT', path, { ...body(), draftVersion: this.version });
      this.version = saved.draftVersion;
      return { ok: true };
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        this.unsent.push({ path, body });
        return { ok: false, message: SESSION_ENDED, changedElsewhere: false };
      }
      const changed = err instanceof ApiError && err.status === 409;
      if (changed) this.changedElsewhere = true;
      const message = changed ? CHANGED_ELSEWHERE : `Not saved: ${(err as Error).message}`;
      return { ok: false, message, changedElsewhere: changed };
    }
  }
}
