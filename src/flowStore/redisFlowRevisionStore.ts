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

// Only the first process to find no revision writes revision 1; the others see `next` and stop.
const SEED_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SET', KEYS[3], ARGV[1])
redis.call('HSET', KEYS[4], '1', ARGV[2])
redis.call('SET', KEYS[1], '1')
redis.call('SET', KEYS[2], '1')
return 1`;

// Revision numbers only grow (a rollback is a new revision), so the pointer never moves backwards even when
// two publishes race.
const MOVE_POINTER_SCRIPT = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then redis.call('SET', KEYS[1], ARGV[1]) return 1 end
return 0`;

/**
 * FlowRevisionStore on Redis (the app's ioredis client is passed in). Keys share the hash tag `{flows}` so the
 * scripts work on a Cluster: `prefix{flows}:next` (last number), `:rev:N` (JSON, immutable), `:summaries` (hash
 * N -> JSON without files), `:published` (N), `:draft:<staff id>` (JSON). Publishes announce N on `:published`.
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

  /** Takes the next number, writes the revision, moves the pointer, then announces it. */
  async publish(input: NewRevision): Promise<FlowRevision> {
    const number = await this.redis.incr(this.key('next'));
    const revision: FlowRevision = { number, createdAt: new Date().toISOString(), ...input };
    await this.redis.set(this.key(`rev:${number}`), JSON.stringify(revision));
    await this.redis.hset(this.key('summaries'), String(number), JSON.stringify(summaryOf(revision)));
    await this.redis.eval(MOVE_POINTER_SCRIPT, 1, this.key('published'), String(number));
    await this.redis.publish(this.key('published'), String(number));
    return revision;
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

  /** Forgets an author's draft. */
  async deleteDraft(author: string): Promise<void> {
    await this.redis.del(this.key(`draft:${author}`));
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
    await subscriber.subscribe(channel);
    return async () => {
      try {
        await Promise.race([subscriber.quit(), new Promise((_, reject) => setTimeout(reject, 1_000).unref())]);
      } catch {
        subscriber.disconnect();
      }
    };
  }
}
