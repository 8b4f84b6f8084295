import type { OptOutSource, Session } from '../engine/types';
import type { SenderKey } from './senderKey';
import {
  type BeginResult,
  type CommitRequest,
  type CommitResult,
  type SenderState,
  type SessionStore,
  MESSAGE_CLAIM_TTL_MS,
  MESSAGE_RECORD_TTL_SECONDS,
  rateWindowOf,
  usableMessageSid,
} from './sessionStore';

interface SenderRecord {
  version: number;
  revision: string;
  /** The session JSON as stored (kept as text, as Redis does, so nothing shares references). */
  sessionJson: string | undefined;
  sessionExpiresAt: number;
  optedOut: boolean;
  optOutBy: OptOutSource | undefined;
  rateWindow: number;
  rateCount: number;
  /** The minute whose rate-limit notice went out. */
  noticeWindow: number;
  /** MessageSid -> saved replies JSON, or 'P' while being answered. */
  messages: Map<string, { value: string; expiresAt: number }>;
}

/**
 * SessionStore in process memory, with the same behaviour as RedisSessionStore (claims, CAS,
 * TTLs, erase keeping the opt-out flag). For `npm start` without REDIS_URL and for tools; one
 * process only and lost on restart, so never for production.
 */
export class MemorySessionStore implements SessionStore {
  private readonly senders = new Map<SenderKey, SenderRecord>();
  private operationsSinceSweep = 0;
  private revisions = 0;

  /** `nowMs` is the clock for expiries (injectable so tests can age sessions). */
  constructor(
    private readonly options: { sessionTtlSeconds: number },
    private readonly nowMs: () => number = Date.now,
  ) {}

  private recordOf(senderKey: SenderKey): SenderRecord {
    let record = this.senders.get(senderKey);
    if (!record) {
      record = {
        version: 0,
        revision: '',
        sessionJson: undefined,
        sessionExpiresAt: 0,
        optedOut: false,
        optOutBy: undefined,
        rateWindow: -1,
        rateCount: 0,
        noticeWindow: -1,
        messages: new Map(),
      };
      this.senders.set(senderKey, record);
    }
    const now = this.nowMs();
    if (record.sessionExpiresAt <= now) {
      record.version = 0;
      record.revision = '';
      record.sessionJson = undefined;
    }
    for (const [sid, entry] of record.messages) if (entry.expiresAt <= now) record.messages.delete(sid);
    return record;
  }

  /** Drops senders with nothing left but expired data, so a long-running dev server does not grow forever. */
  private sweep(): void {
    this.operationsSinceSweep = 0;
    const now = this.nowMs();
    for (const [key, record] of this.senders) {
      const idle =
        record.sessionExpiresAt <= now && !record.optedOut && record.rateWindow < Math.floor(now / 60_000) - 1;
      if (idle && [...record.messages.values()].every((m) => m.expiresAt <= now)) this.senders.delete(key);
    }
  }

  private stateOf(record: SenderRecord): SenderState {
    return {
      optedOut: record.optedOut,
      optOutBy: record.optOutBy,
      version: record.version,
      session: parseSession(record.sessionJson),
      revision: record.revision,
    };
  }

  async begin(senderKey: SenderKey, sid: string | undefined, now: Date): Promise<BeginResult> {
    if (++this.operationsSinceSweep >= 1_000) this.sweep();
    const record = this.recordOf(senderKey);
    const usableSid = usableMessageSid(sid);
    if (usableSid) {
      const saved = record.messages.get(usableSid);
      if (saved?.value === 'P') return { kind: 'in_flight' };
      if (saved) return { kind: 'duplicate', replies: JSON.parse(saved.value) as string[] };
      record.messages.set(usableSid, { value: 'P', expiresAt: this.nowMs() + MESSAGE_CLAIM_TTL_MS });
    }
    const window = rateWindowOf(now);
    if (record.rateWindow !== window) {
      record.rateWindow = window;
      record.rateCount = 0;
    }
    record.rateCount += 1;
    return { kind: 'fresh', state: this.stateOf(record), textsThisMinute: record.rateCount };
  }

  async commit(senderKey: SenderKey, request: CommitRequest): Promise<CommitResult> {
    const record = this.recordOf(senderKey);
    if (record.revision !== request.expected.revision || record.optedOut !== request.expected.optedOut) {
      return { kind: 'conflict', current: this.stateOf(record) };
    }
    if (request.effect === 'opt_out' || request.effect === 'opt_out_line') {
      record.optedOut = true;
      record.optOutBy = request.effect === 'opt_out_line' ? 'line' : 'carrier';
    }
    if (request.effect === 'opt_in') {
      record.optedOut = false;
      record.optOutBy = undefined;
    }
    if (request.effect === 'erase') {
      const { optedOut, optOutBy } = record;
      this.senders.delete(senderKey);
      if (optedOut) Object.assign(this.recordOf(senderKey), { optedOut, optOutBy });
      return { kind: 'committed', version: 0 };
    }
    record.version += 1;
    // Store-wide and never reused, like Redis's random tokens: an erase cannot make an old revision valid again.
    record.revision = String(++this.revisions);
    record.sessionJson = request.session ? JSON.stringify(request.session) : undefined;
    record.sessionExpiresAt = this.nowMs() + this.options.sessionTtlSeconds * 1000;
    const usableSid = usableMessageSid(request.sid);
    if (usableSid) {
      record.messages.set(usableSid, {
        value: JSON.stringify(request.replies),
        expiresAt: this.nowMs() + MESSAGE_RECORD_TTL_SECONDS * 1000,
      });
    }
    return { kind: 'committed', version: record.version };
  }

  async read(senderKey: SenderKey): Promise<SenderState> {
    return this.stateOf(this.recordOf(senderKey));
  }

  async setOptedOut(senderKey: SenderKey, optedOut: boolean, by: OptOutSource = 'carrier'): Promise<void> {
    const record = this.recordOf(senderKey);
    record.optedOut = optedOut;
    record.optOutBy = optedOut ? by : undefined;
  }

  async claimRateNotice(senderKey: SenderKey, now: Date): Promise<boolean> {
    const record = this.recordOf(senderKey);
    const window = rateWindowOf(now);
    if (record.noticeWindow === window) return false;
    record.noticeWindow = window;
    return true;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.senders.clear();
  }
}

function parseSession(json: string | undefined): Session | undefined {
  return json === undefined ? undefined : (JSON.parse(json) as Session);
}
