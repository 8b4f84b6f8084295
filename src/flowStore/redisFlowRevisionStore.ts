import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import {
  summaryOf,
  type FlowDraft,
  type FlowFiles,
  type FlowRevision,
  type FlowRevisionStore,
  type NewRevision,
  type RevisionCheck,
  type RevisionSummary,
} from './flowRevisionStore';
import { LuaScript } from '../redis/luaScript';

// Only the first process to find no revision writes revision 1; the others see `next` and stop.
const SEED_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SET', KEYS[3], ARGV[1])
redis.call('HSET', KEYS[4], '1', ARGV[2])
redis.call('SET', KEYS[1], '1')
redis.call('SET', KEYS[2], '1')
return 1`;

/**
 * Publishes in one step, so no other publish, rollback or draft save can come between the check and the writes: stops
 * (0) when ARGV[1] is given and is no longer the published number, and (-1) when the last number taken is no longer
 * ARGV[2] (another publish took the number this one meant to write: the caller reads it again); otherwise takes the
 * next number, writes the revision (KEYS[5], named by the caller, as every key a script touches must be on a
 * Cluster) and its summary (their JSON gets `{"number":N,` in front), moves the pointer, forgets the author's draft if
 * its SHA1 is still ARGV[5], and announces N (so the pointer and the message cannot be separated by a process that
 * dies in between). KEYS: next, published, summaries, draft, the new revision. ARGV: expected number or '', the last
 * number taken ('0' for none), revision JSON after its number, summary JSON after its number, draft SHA1 or '',
 * channel.
 */
const PUBLISH = new LuaScript(
  `
if ARGV[1] ~= '' and redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[2] then return -1 end
local n = tostring(redis.call('INCR', KEYS[1]))
redis.call('SET', KEYS[5], '{"number":' .. n .. ',' .. ARGV[3])
redis.call('HSET', KEYS[3], n, '{"number":' .. n .. ',' .. ARGV[4])
redis.call('SET', KEYS[2], n)
if ARGV[5] ~= '' then
  local draft = redis.call('GET', KEYS[4])
  if draft and redis.sha1hex(draft) == ARGV[5] then redis.call('DEL', KEYS[4]) end
end
redis.call('PUBLISH', ARGV[6], n)
return tonumber(n)`,
  5,
);

/** How many times a publish reads the last number again when another publish took it first. */
const PUBLISH_TRIES = 20;

/**
 * Replaces a draft only while its SHA1 is still ARGV[1] ('' : only while there is none): 1 when saved, 0 when it
 * changed. The caller sends the digest of the draft it read, not the draft, since a draft carries every flow file.
 * KEYS: draft. ARGV: expected SHA1 or '', new JSON.
 */
const SAVE_DRAFT_IF = new LuaScript(
  `
local current = redis.call('GET', KEYS[1])
if (current and redis.sha1hex(current) or '') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`,
  1,
);

/** DEL of a draft only while it is still the one expected (its SHA1, as SAVE_DRAFT_IF compares). 1 when deleted. */
const DELETE_DRAFT_IF = new LuaScript(
  `
local current = redis.call('GET', KEYS[1])
if (current and redis.sha1hex(current) or '') ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1`,
  1,
);

/**
 * The SHA1 of a draft as this store wrote it. What `draft()` returns is JSON.parse of what JSON.stringify wrote, and
 * stringifying that again gives the same text, key order included, so the digest matches the stored draft's.
 */
function draftDigest(draft: FlowDraft | undefined): string {
  return draft ? createHash('sha1').update(JSON.stringify(draft)).digest('hex') : '';
}

/**
 * FlowRevisionStore on Redis (the app's ioredis client is passed in). Keys share the hash tag `{flows}` so the
 * scripts work on a Cluster: `prefix{flows}:next` (last number), `:rev:N` (JSON, immutable), `:summaries` (hash
 * N -> JSON without files), `:published` (N), `:draft:<staff id>` (JSON). Publishes announce N on `:published`.
 * A publish (a GET of the last number, then one script) and a conditional draft save (one script) are atomic across
 * processes.
 */
export class RedisFlowRevisionStore implements FlowRevisionStore {
  readonly kind = 'redis' as const;
  private readonly base: string;

  constructor(
    private readonly redis: Redis | Cluster,
    keyPrefix: string,
  ) {
    this.base = `${keyPrefix}{flows}:`;
  }

  private key(name: string): string {
    return this.base + name;
  }

  /** Seeds revision 1 atomically (one Lua script), so several processes starting together seed once. */
  async seed(files: FlowFiles, check: RevisionCheck): Promise<boolean> {
    const revision: FlowRevision = {
      number: 1,
      files,
      author: 'system',
      createdAt: new Date().toISOString(),
      note: 'Seeded from the flows folder',
      check,
    };
    const done = await this.redis.eval(
      SEED_SCRIPT,
      4,
      this.key('next'),
      this.key('published'),
      this.key('rev:1'),
      this.key('summaries'),
      JSON.stringify(revision),
      JSON.stringify(summaryOf(revision)),
    );
    return done === 1;
  }

  /** The published revision's number (one GET). */
  async publishedNumber(): Promise<number | undefined> {
    const raw = await this.redis.get(this.key('published'));
    return raw ? Number(raw) : undefined;
  }

  /** The published revision. */
  async published(): Promise<FlowRevision | undefined> {
    const n = await this.publishedNumber();
    return n === undefined ? undefined : this.revision(n);
  }

  /** A revision by number. */
  async revision(n: number): Promise<FlowRevision | undefined> {
    if (!Number.isSafeInteger(n) || n < 1) return undefined;
    const raw = await this.redis.get(this.key(`rev:${n}`));
    return raw ? (JSON.parse(raw) as FlowRevision) : undefined;
  }

  /** Every revision's summary, newest first (one HGETALL). */
  async revisions(): Promise<RevisionSummary[]> {
    const all = await this.redis.hgetall(this.key('summaries'));
    return Object.values(all)
      .map((s) => JSON.parse(s) as RevisionSummary)
      .sort((a, b) => b.number - a.number);
  }

  /** Publishes whatever is live now (one script, announcing the new number; see PUBLISH). */
  async publish(input: NewRevision): Promise<FlowRevision> {
    return (await this.runPublish(input, ''))!;
  }

  /** Publishes only while `expectedLive` is published, and forgets `draft` if unchanged (one script; see PUBLISH). */
  async publishIf(input: NewRevision, expectedLive: number, draft?: FlowDraft): Promise<FlowRevision | undefined> {
    return this.runPublish(input, String(expectedLive), draft);
  }

  private async runPublish(
    input: NewRevision,
    expectedLive: string,
    draft?: FlowDraft,
  ): Promise<FlowRevision | undefined> {
    const { files, author, note, check } = input;
    const createdAt = new Date().toISOString();
    // Written field by field, so a caller's object carrying other fields (a whole revision) adds nothing.
    const afterNumber = (value: object) => JSON.stringify(value).slice(1);
    const revisionJson = afterNumber({ createdAt, files, author, note, check });
    const summaryJson = afterNumber({ createdAt, author, note, check });
    const digest = draftDigest(draft);
    for (let tries = 0; tries < PUBLISH_TRIES; tries++) {
      // The number this publish will take, so its key is named to the script (two round trips; a race costs two more).
      const last = Number((await this.redis.get(this.key('next'))) ?? 0);
      const number = Number(
        await PUBLISH.run(this.redis, [
          this.key('next'),
          this.key('published'),
          this.key('summaries'),
          this.key(`draft:${draft?.author ?? author}`),
          this.key(`rev:${last + 1}`),
          expectedLive,
          String(last),
          revisionJson,
          summaryJson,
          digest,
          this.key('published'),
        ]),
      );
      if (number > 0) return { number, createdAt, files, author, note, check };
      if (number === 0) return undefined;
    }
    throw new Error('flow publish: the revision number kept being taken by other publishes');
  }

  /** An author's draft. */
  async draft(author: string): Promise<FlowDraft | undefined> {
    const raw = await this.redis.get(this.key(`draft:${author}`));
    return raw ? (JSON.parse(raw) as FlowDraft) : undefined;
  }

  /** Replaces an author's draft. */
  async saveDraft(draft: FlowDraft): Promise<void> {
    await this.redis.set(this.key(`draft:${draft.author}`), JSON.stringify(draft));
  }

  /** Replaces an author's draft only while it is still `expected` (one script, sending a digest; see SAVE_DRAFT_IF). */
  async saveDraftIf(draft: FlowDraft, expected: FlowDraft | undefined): Promise<boolean> {
    const saved = await SAVE_DRAFT_IF.run(this.redis, [
      this.key(`draft:${draft.author}`),
      draftDigest(expected),
      JSON.stringify(draft),
    ]);
    return saved === 1;
  }

  /** Forgets an author's draft. */
  async deleteDraft(author: string): Promise<void> {
    await this.redis.del(this.key(`draft:${author}`));
  }

  /** Forgets an author's draft only while it is still `expected` (one script with a digest; see DELETE_DRAFT_IF). */
  async deleteDraftIf(author: string, expected: FlowDraft): Promise<boolean> {
    return (await DELETE_DRAFT_IF.run(this.redis, [this.key(`draft:${author}`), draftDigest(expected)])) === 1;
  }

  /** Subscribes on a second connection (a subscribed connection can do nothing else). */
  async onPublish(listener: (n: number) => void): Promise<() => Promise<void>> {
    const subscriber = this.redis.duplicate();
    // Errors are the main client's to report; an unhandled 'error' event would crash the process.
    subscriber.on('error', () => undefined);
    const channel = this.key('published');
    subscriber.on('message', (ch: string, message: string) => {
      if (ch === channel && /^\d+$/.test(message)) listener(Number(message));
    });
    try {
      // The app's clients queue nothing while offline (enableOfflineQueue: false), so a SUBSCRIBE sent before the
      // new connection is up fails; wait for it.
      await whenReady(subscriber);
      await subscriber.subscribe(channel);
    } catch (err) {
      subscriber.disconnect();
      throw err;
    }
    return async () => {
      try {
        await Promise.race([subscriber.quit(), new Promise((_, reject) => setTimeout(reject, 1_000).unref())]);
      } catch {
        subscriber.disconnect();
      }
    };
  }
}

/** Resolves once a new connection is ready; rejects after `ms` (default 5 s) or when it ends first. */
function whenReady(client: Redis | Cluster, ms = 5_000): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('Redis subscriber connection not ready')), ms);
    timer.unref();
    const done = (err?: Error) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('end', onEnd);
      if (err) reject(err);
      else resolve();
    };
    const onReady = () => done();
    const onEnd = () => done(new Error('Redis subscriber connection closed'));
    client.once('ready', onReady);
    client.once('end', onEnd);
  });
}
