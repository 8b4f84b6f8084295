import session from 'express-session';
import type { ConsoleStorage } from './consoleStorage';
import { tokenHash } from './keyHashes';

/**
 * express-session's store over ConsoleStorage. The key is the SHA-256 of the session id, so someone who can read
 * Redis (or the folder) cannot take over a session; every write and touch resets the idle timeout.
 */
export class HashedSessionStore extends session.Store {
  constructor(
    private readonly storage: ConsoleStorage,
    private readonly idleSeconds: number,
  ) {
    super();
  }

  private key(sid: string): string {
    return `sess:${tokenHash(sid)}`;
  }

  override get(sid: string, callback: (err: unknown, session?: session.SessionData | null) => void): void {
    this.storage.get(this.key(sid)).then(
      (raw) => callback(null, raw ? (JSON.parse(raw) as session.SessionData) : null),
      (err: unknown) => callback(err),
    );
  }

  override set(sid: string, data: session.SessionData, callback?: (err?: unknown) => void): void {
    this.storage.set(this.key(sid), JSON.stringify(data), this.idleSeconds).then(
      () => callback?.(),
      (err: unknown) => callback?.(err),
    );
  }

  override touch(sid: string, data: session.SessionData, callback?: () => void): void {
    // A touch rewrites with a fresh idle window: one SET, as cheap as an EXPIRE, and works for the folder too.
    this.set(sid, data, () => callback?.());
  }

  override destroy(sid: string, callback?: (err?: unknown) => void): void {
    this.storage.del(this.key(sid)).then(
      () => callback?.(),
      (err: unknown) => callback?.(err),
    );
  }
}
