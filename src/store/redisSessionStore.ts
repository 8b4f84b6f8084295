import { randomBytes } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import type { OptOutSource, Session } from '../engine/types';
import { LuaScript } from '../redis/luaScript';
import type { SenderKey } from './senderKey';
import {
  type BeginResult,
  type CommitRequest,
  type CommitResult,
  type SenderState,
  type SessionStore,
  MESSAGE_CLAIM_TTL_MS,
  MESSAGE_RECORD_TTL_SECONDS,
  SessionStoreError,
  rateWindowOf,
  usableMessageSid,
} from './sessionStore';

/** How long a sender's rate count is kept: the current minute and the one before. */
const RATE_TTL_MS = 120_000;

/**
 * The Lua that names a sender's other keys from the one key a script is given (its session hash,
 * `prefix{sender}:session`): `base` is `prefix{sender}:`. All of a sender's keys share the hash tag
 * `{sender}`, so on Redis Cluster they sit in the session key's slot, where a script may use them.
 * Only one key is sent per call: each argument costs the client CPU and garbage to encode, per text.
 */
const SENDER_KEYS_LUA = `
local base = string.sub(KEYS[1], 1, -8)
local optoutKey = base .. 'optout'
local rateKey = base .. 'rate'
local sidsKey = base .. 'sids'
`;

/**
 * One round trip at the start of a text. Claims the MessageSid (or returns what a repeat was
 * answered), reads the opt-out flag and the session with its version, and counts the text in
 * the sender's current minute. The fixed times are written into the script rather than sent
 * with each call: every argument costs the client CPU and garbage to encode, per text.
 * KEYS: session. ARGV: sid ('' = none), window.
 */
const BEGIN_SCRIPT = `${SENDER_KEYS_LUA}
if ARGV[1] ~= '' then
  local msgKey = base .. 'msg:' .. ARGV[1]
  if not redis.call('SET', msgKey, 'P', 'NX', 'PX', ${MESSAGE_CLAIM_TTL_MS}) then
    local saved = redis.call('GET', msgKey)
    if saved == 'P' then return {'in_flight'} end
    return {'duplicate', saved}
  end
  redis.call('SADD', sidsKey, ARGV[1])
  redis.call('EXPIRE', sidsKey, ${MESSAGE_RECORD_TTL_SECONDS})
end
local optout = redis.call('GET', optoutKey)
local optedOut = 0
if optout then optedOut = 1 end
local s = redis.call('HMGET', KEYS[1], 'v', 's', 'r')
local n
if redis.call('HGET', rateKey, 'w') == ARGV[2] then
  n = redis.call('HINCRBY', rateKey, 'n', 1)
else
  redis.call('HSET', rateKey, 'w', ARGV[2], 'n', 1)
  n = 1
end
redis.call('PEXPIRE', rateKey, ${RATE_TTL_MS})
return {'fresh', optedOut, s[1] or '0', s[2] or '', n, s[3] or '', optout or ''}
`;

/**
 * The compare-and-set at the end of a text: writes only if the revision (a random token set by
 * each commit) and the opt-out flag are what the step was computed from; otherwise returns the
 * current state to recompute from. Random revisions never repeat, even after erase resets the
 * version, so a step computed before an erase can never land after it. The session's idle time
 * is the store's setting, written into its copy of the script.
 * KEYS: session.
 * ARGV: expectedRevision, expectedOptedOut, sessionJson ('' = none), effect, repliesJson ('' = no
 *       MessageSid, nothing to record), newRevision, sid ('' = none).
 */
function commitScript(sessionTtlSeconds: number): string {
  return `${SENDER_KEYS_LUA}
local cur = redis.call('HMGET', KEYS[1], 'v', 's', 'r')
local optout = redis.call('GET', optoutKey)
local optedOut = '0'
if optout then optedOut = '1' end
if (cur[3] or '') ~= ARGV[1] or optedOut ~= ARGV[2] then
  return {'conflict', optedOut, cur[1] or '0', cur[2] or '', cur[3] or '', optout or ''}
end
local effect = ARGV[4]
if effect == 'opt_out' then
  redis.call('SET', optoutKey, '1')
elseif effect == 'opt_out_line' then
  redis.call('SET', optoutKey, 'line')
elseif effect == 'opt_in' then
  redis.call('DEL', optoutKey)
end
if effect == 'erase' then
  for _, sid in ipairs(redis.call('SMEMBERS', sidsKey)) do
    redis.call('DEL', base .. 'msg:' .. sid)
  end
  redis.call('DEL', KEYS[1], sidsKey, rateKey)
  return {'committed', 0}
end
local version = redis.call('HINCRBY', KEYS[1], 'v', 1)
if ARGV[3] == '' then
  redis.call('HSET', KEYS[1], 'r', ARGV[6])
  redis.call('HDEL', KEYS[1], 's')
else
  redis.call('HSET', KEYS[1], 'r', ARGV[6], 's', ARGV[3])
end
redis.call('EXPIRE', KEYS[1], ${Math.floor(sessionTtlSeconds)})
if ARGV[5] ~= '' and ARGV[7] ~= '' then
  redis.call('SET', base .. 'msg:' .. ARGV[7], ARGV[5], 'EX', ${MESSAGE_RECORD_TTL_SECONDS})
end
return {'committed', version}
`;
}

/**
 * Claims the rate-limit notice of one minute: 1 the first time for that minute, 0 after. The
 * minute noticed is kept in the rate hash beside the count. KEYS: rate. ARGV: window, rateTtlMs.
 */
const RATE_NOTICE_SCRIPT = `
if redis.call('HGET', KEYS[1], 'x') == ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'x', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;

type ScriptReply = Array<string | number | null>;

const BEGIN = new LuaScript(BEGIN_SCRIPT, 1);
const RATE_NOTICE = new LuaScript(RATE_NOTICE_SCRIPT, 1);
/** One commit script per session idle time (a store's setting), made once. */
const COMMITS = new Map<number, LuaScript>();

/** Options of RedisSessionStore. */
export interface RedisSessionStoreOptions {
  /** Prefix of every key, e.g. `rtl:`; all keys of one sender then share the hash tag `{senderKey}`. */
  keyPrefix: string;
  /** Idle time after which a conversation is forgotten, refreshed on each text. */
  sessionTtlSeconds: number;
}

/**
 * SessionStore on Redis or Redis Cluster (a ready ioredis client is passed in, so tests use a
 * real server). Keys per sender: `prefix{key}:session` (hash v, s, r), `:optout` (no TTL; `1`, or
 * `line` for a plain-language opt-out), `:rate`,
 * `:sids` and `:msg:SID`. Two Lua scripts make each text two round trips.
 */
export class RedisSessionStore implements SessionStore {
  /** This store's commit script: it carries the store's session idle time. */
  private readonly commitScript: LuaScript;

  constructor(
    private readonly redis: Redis | Cluster,
    private readonly options: RedisSessionStoreOptions,
  ) {
    const ttl = Math.floor(options.sessionTtlSeconds);
    let script = COMMITS.get(ttl);
    if (!script) COMMITS.set(ttl, (script = new LuaScript(commitScript(ttl), 1)));
    this.commitScript = script;
  }

  /** The sender's session key, the one key the scripts are given (they name the others from it). */
  private sessionKeyOf(senderKey: SenderKey): string {
    return `${this.options.keyPrefix}{${senderKey}}:session`;
  }

  /** The keys of one sender; exported shape documented on the class. */
  keysOf(senderKey: SenderKey, sid?: string) {
    const base = `${this.options.keyPrefix}{${senderKey}}:`;
    return {
      session: `${base}session`,
      optout: `${base}optout`,
      rate: `${base}rate`,
      sids: `${base}sids`,
      msgPrefix: `${base}msg:`,
      // Without a sid the script does not touch this key, but Cluster still wants it in the sender's slot.
      msg: `${base}msg:${sid ?? '-'}`,
    };
  }

  async begin(senderKey: SenderKey, sid: string | undefined, now: Date): Promise<BeginResult> {
    const usableSid = usableMessageSid(sid);
    let reply: ScriptReply;
    try {
      reply = (await BEGIN.run(this.redis, [
        this.sessionKeyOf(senderKey),
        usableSid ?? '',
        `${rateWindowOf(now)}`,
      ])) as ScriptReply;
    } catch (err) {
      throw new SessionStoreError('begin', err);
    }
    if (reply[0] === 'in_flight') return { kind: 'in_flight' };
    if (reply[0] === 'duplicate') return { kind: 'duplicate', replies: parseReplies(reply[1]) };
    return {
      kind: 'fresh',
      state: {
        optedOut: Number(reply[1]) === 1,
        optOutBy: optOutSourceOf(reply[6]),
        version: Number(reply[2]),
        session: parseSession(reply[3]),
        revision: String(reply[5] ?? ''),
      },
      textsThisMinute: Number(reply[4]),
    };
  }

  async commit(senderKey: SenderKey, request: CommitRequest): Promise<CommitResult> {
    const usableSid = usableMessageSid(request.sid);
    let reply: ScriptReply;
    try {
      reply = (await this.commitScript.run(this.redis, [
        this.sessionKeyOf(senderKey),
        request.expected.revision,
        request.expected.optedOut ? '1' : '0',
        request.session ? JSON.stringify(request.session) : '',
        request.effect,
        // Without a MessageSid there is nothing a retry could be matched to: nothing is recorded.
        usableSid ? JSON.stringify(request.replies) : '',
        nextRevisionToken(),
        usableSid ?? '',
      ])) as ScriptReply;
    } catch (err) {
      throw new SessionStoreError('commit', err);
    }
    if (reply[0] === 'committed') return { kind: 'committed', version: Number(reply[1]) };
    return {
      kind: 'conflict',
      current: {
        optedOut: reply[1] === '1',
        optOutBy: optOutSourceOf(reply[5]),
        version: Number(reply[2]),
        session: parseSession(reply[3]),
        revision: String(reply[4] ?? ''),
      },
    };
  }

  async read(senderKey: SenderKey): Promise<SenderState> {
    const k = this.keysOf(senderKey);
    try {
      const [optout, [version, session, revision]] = await Promise.all([
        this.redis.get(k.optout),
        this.redis.hmget(k.session, 'v', 's', 'r'),
      ]);
      return {
        optedOut: optout !== null,
        optOutBy: optOutSourceOf(optout),
        version: Number(version ?? 0),
        session: parseSession(session),
        revision: revision ?? '',
      };
    } catch (err) {
      throw new SessionStoreError('read', err);
    }
  }

  async setOptedOut(senderKey: SenderKey, optedOut: boolean, by: OptOutSource = 'carrier'): Promise<void> {
    const k = this.keysOf(senderKey);
    try {
      if (optedOut) await this.redis.set(k.optout, by === 'line' ? 'line' : '1');
      else await this.redis.del(k.optout);
    } catch (err) {
      throw new SessionStoreError('setOptedOut', err);
    }
  }

  async claimRateNotice(senderKey: SenderKey, now: Date): Promise<boolean> {
    try {
      const rate = this.keysOf(senderKey).rate;
      return (await RATE_NOTICE.run(this.redis, [rate, rateWindowOf(now), RATE_TTL_MS])) === 1;
    } catch (err) {
      throw new SessionStoreError('claimRateNotice', err);
    }
  }

  async ping(): Promise<void> {
    try {
      await this.redis.ping();
    } catch (err) {
      throw new SessionStoreError('ping', err);
    }
  }

  async close(): Promise<void> {
    // The client belongs to whoever built it (server.ts closes it on shutdown).
  }
}

/** The opt-out flag's value: 'line' for the line's plain-language opt-out, '1' (older flags too) for the carrier's. */
function optOutSourceOf(raw: string | number | null | undefined): OptOutSource | undefined {
  if (raw === 'line') return 'line';
  return raw === null || raw === undefined || raw === '' ? undefined : 'carrier';
}

function parseSession(raw: string | number | null | undefined): Session | undefined {
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    // A value we cannot read is treated as no conversation: the person starts over politely.
    return undefined;
  }
}

function parseReplies(raw: string | number | null | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(String(raw));
    return Array.isArray(parsed) ? parsed.filter((r): r is string => typeof r === 'string') : [];
  } catch {
    return [];
  }
}

const REVISION_TOKEN_BYTES = 12;
/**
 * Random bytes for 512 revision tokens at a time: one call into the system's generator per 512 commits, not
 * per commit.
 */
let tokenPool = Buffer.alloc(0);
let tokenAt = 0;

/** A fresh unguessable revision token (24 hex characters), as random as randomBytes(12) itself. */
function nextRevisionToken(): string {
  if (tokenAt + REVISION_TOKEN_BYTES > tokenPool.length) {
    tokenPool = randomBytes(REVISION_TOKEN_BYTES * 512);
    tokenAt = 0;
  }
  const token = tokenPool.toString('hex', tokenAt, tokenAt + REVISION_TOKEN_BYTES);
  tokenAt += REVISION_TOKEN_BYTES;
  return token;
}
