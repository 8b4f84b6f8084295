/**
 * The few storage operations the console's accounts, sign-in links, sign-in limits, sessions and audit log
 * need, so each of them is written once and runs over Redis (production) or a local folder (trying only).
 * Keys are relative (`account`, `link:<hash>`); an implementation adds its own prefix. No key ever holds an
 * e-mail, a password, a token or a session id: callers pass hashes.
 */
export interface ConsoleStorage {
  /** The value at `key`, or undefined when absent or expired. */
  get(key: string): Promise<string | undefined>;
  /** Sets `key`, expiring after `ttlSeconds` when given. */
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  /** Reads and deletes `key` at once (one-time sign-in links: a second reader gets undefined). */
  take(key: string): Promise<string | undefined>;
  /** Deletes `key`. */
  del(key: string): Promise<void>;
  /** Adds one to the counter at `key` (starting the `ttlSeconds` window on the first) and returns the new count. */
  incr(key: string, ttlSeconds: number): Promise<number>;
  /** Seconds until `key` expires; 0 when it is absent or has no expiry. */
  ttl(key: string): Promise<number>;
  /** One field of the map at `key`. */
  mapGet(key: string, field: string): Promise<string | undefined>;
  /** Sets one field of the map at `key`. */
  mapSet(key: string, field: string, value: string): Promise<void>;
  /** Deletes one field of the map at `key`. */
  mapDel(key: string, field: string): Promise<void>;
  /** Every field of the map at `key`. */
  mapAll(key: string): Promise<Record<string, string>>;
  /** Puts `value` at the head of the list at `key`, keeping the newest `cap` entries. */
  push(key: string, value: string, cap: number): Promise<void>;
  /** Up to `count` entries of the list at `key`, newest first. */
  list(key: string, count: number): Promise<string[]>;
  /** True when the storage is a local folder: the page then says it is for trying only. */
  readonly local: boolean;
}
