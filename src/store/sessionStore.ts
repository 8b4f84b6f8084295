import type { OptOutSource, Session, StepEffect } from '../engine/types';
import type { SenderKey } from './senderKey';

/** What is stored about one sender, as read at one moment: the CAS in `commit` compares against it. */
export interface SenderState {
  /** The saved conversation, or undefined for none (first text, expired, erased). */
  session: Session | undefined;
  /** Whether the sender has opted out (STOP); never expires, survives erase. */
  optedOut: boolean;
  /** Who recorded the opt-out (the carrier's STOP or the line's plain-language words), when opted out. */
  optOutBy?: OptOutSource;
  /** How many commits this conversation has had (0 = none since it began or was erased); for logs and tests. */
  version: number;
  /**
   * Opaque token that changes on every commit and never repeats ('' when nothing is stored).
   * `commit` compares this, not `version`, because a version goes back to 0 after erase and could
   * climb to the same number again while an old step is still in flight.
   */
  revision: string;
}

/** The answer of `begin`: a repeat of a MessageSid already answered, one being answered, or a new text. */
export type BeginResult =
  /** Twilio delivered this MessageSid before: send the same replies again, change nothing. */
  | { kind: 'duplicate'; replies: string[] }
  /** The same MessageSid is being handled right now by another request (it will answer). */
  | { kind: 'in_flight' }
  /** A new text: the sender's state, and how many texts they sent in the current minute, this one included. */
  | { kind: 'fresh'; state: SenderState; textsThisMinute: number };

/** What one handled text changes: written only if the sender's revision and opt-out flag are still as in `expected`. */
export interface CommitRequest {
  /** The MessageSid whose replies are saved for replays; undefined when Twilio sent none. */
  sid: string | undefined;
  /** The state the step was computed from (from `begin`, or from the last conflict). */
  expected: SenderState;
  /** What to store now; undefined stores no conversation. */
  session: Session | undefined;
  /**
   * opt_out (carrier words) and opt_out_line (plain language) set the flag, opt_in clears it,
   * erase deletes everything but the opt-out flag.
   */
  effect: StepEffect;
  /** The replies sent for `sid`, saved for 24 h so a retry gets the same answer. */
  replies: string[];
}

/** The answer of `commit`: written, or another text from the sender got in first (recompute from `current`). */
export type CommitResult = { kind: 'committed'; version: number } | { kind: 'conflict'; current: SenderState };

/**
 * Where conversations, opt-outs, MessageSid records and rate counts live, keyed only by
 * SenderKey. Designed for two round trips per text: `begin` then `commit`.
 */
export interface SessionStore {
  /**
   * Claims `sid` (or returns the saved replies of a repeat), reads the sender's state and counts
   * the text for the rate limit, in one atomic step. `now` picks the rate-limit minute.
   */
  begin(senderKey: SenderKey, sid: string | undefined, now: Date): Promise<BeginResult>;
  /** Writes the outcome of one text if the sender's state is unchanged since it was read. */
  commit(senderKey: SenderKey, request: CommitRequest): Promise<CommitResult>;
  /** Reads the sender's state without claiming or counting anything (tools, tests). */
  read(senderKey: SenderKey): Promise<SenderState>;
  /** Sets or clears the opt-out flag on its own (recorded late, after an outage); `by` defaults to carrier. */
  setOptedOut(senderKey: SenderKey, optedOut: boolean, by?: OptOutSource): Promise<void>;
  /**
   * Claims the one rate-limit notice of the sender's current minute (`now` picks it): true the
   * first time in that minute, false after, so the notice goes out once whatever was answered before.
   */
  claimRateNotice(senderKey: SenderKey, now: Date): Promise<boolean>;
  /** Resolves when the store answers; rejects when it does not (for /readyz). */
  ping(): Promise<void>;
  /** Releases what the store holds open (the Redis connection is closed by its owner). */
  close(): Promise<void>;
}

/** A store operation that failed (Redis down, slow, or answered nonsense); carries no personal data. */
export class SessionStoreError extends Error {
  constructor(
    readonly operation: 'begin' | 'commit' | 'read' | 'setOptedOut' | 'claimRateNotice' | 'ping',
    cause: unknown,
  ) {
    // Only the first line of the cause: Redis errors name commands, never our values, but keep it short.
    const reason = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0].slice(0, 160);
    super(`Session store ${operation} failed: ${reason}`, { cause });
    this.name = 'SessionStoreError';
  }
}

/** How long a MessageSid's replies are kept for replays (Twilio retries within minutes; 24 h is generous). */
export const MESSAGE_RECORD_TTL_SECONDS = 24 * 60 * 60;

/**
 * How long a claimed MessageSid stays "being answered" before a retry may handle it afresh
 * (covers a process that died mid-text; far longer than any answer takes).
 */
export const MESSAGE_CLAIM_TTL_MS = 30_000;

/** Twilio SIDs are letters and digits; anything else is not used as part of a key. */
export function usableMessageSid(sid: string | undefined): string | undefined {
  return sid && /^[A-Za-z0-9]{1,64}$/.test(sid) ? sid : undefined;
}

/** The rate-limit minute a moment falls in. */
export function rateWindowOf(now: Date): number {
  return Math.floor(now.getTime() / 60_000);
}
