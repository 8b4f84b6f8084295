import { RedisSessionStore } from '../../src/store/redisSessionStore';
import { senderKeyFor } from '../../src/store/senderKey';
import { keysUnder, suiteRedis } from '../support/redisTestKit';
import { sessionStoreContract, someSender } from './sessionStoreContract';

const { prefix, redis } = suiteRedis('redisSessionStore');

sessionStoreContract(
  'RedisSessionStore',
  () => new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 3600 }),
);

describe('RedisSessionStore keys', () => {
  const at = new Date('2026-11-26T10:00:00Z');

  it('puts every key of a sender under one hash tag, so the scripts work on Redis Cluster', async () => {
    const store = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 3600 });
    const sender = senderKeyFor('some-secret-of-16-chars', '+15557654321');
    const b = await store.begin(sender, 'SMaaaa', at);
    if (b.kind !== 'fresh') throw new Error('expected fresh');
    await store.commit(sender, {
      sid: 'SMaaaa',
      expected: b.state,
      session: { flowId: 'f', flowVersion: 'v', snapshot: {} },
      effect: 'opt_out',
      replies: ['r'],
    });
    const keys = (await keysUnder(redis, prefix)).filter((k) => k.includes(sender));
    expect(keys.sort()).toEqual(
      ['msg:SMaaaa', 'optout', 'rate', 'session', 'sids'].map((suffix) => `${prefix}{${sender}}:${suffix}`).sort(),
    );
    for (const key of keys) expect(key).not.toContain('5557654321');
  });

  it('sends a script whole when the server has not seen it yet (NOSCRIPT), then by its SHA', async () => {
    // A session idle time no other test uses gives a commit script this server has never loaded.
    const ttl = 200_000 + Math.floor(Math.random() * 100_000);
    const sender = someSender();
    for (const sid of ['SMn1', 'SMn2']) {
      const store = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: ttl });
      const b = await store.begin(sender, sid, at);
      if (b.kind !== 'fresh') throw new Error('expected fresh');
      const done = await store.commit(sender, {
        sid,
        expected: b.state,
        session: { flowId: 'f', flowVersion: 'v', snapshot: { sid } },
        effect: 'none',
        replies: ['r'],
      });
      expect(done.kind).toBe('committed');
    }
    const ttlLeft = await redis.ttl(
      new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: ttl }).keysOf(sender).session,
    );
    expect(ttlLeft).toBeGreaterThan(ttl - 100);
    expect(ttlLeft).toBeLessThanOrEqual(ttl);
  });

  it('records no replies for a text without a MessageSid (nothing a retry could match)', async () => {
    const store = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 3600 });
    const sender = someSender();
    const b = await store.begin(sender, undefined, at);
    if (b.kind !== 'fresh') throw new Error('expected fresh');
    await store.commit(sender, {
      sid: undefined,
      expected: b.state,
      session: { flowId: 'f', flowVersion: 'v', snapshot: {} },
      effect: 'none',
      replies: ['r'],
    });
    const keys = (await keysUnder(redis, prefix)).filter((k) => k.includes(sender));
    expect(keys.sort()).toEqual(['rate', 'session'].map((suffix) => `${prefix}{${sender}}:${suffix}`).sort());
  });

  it('refreshes the session TTL on each text and never expires the opt-out flag', async () => {
    const store = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 120 });
    const sender = someSender();
    const state = await store.read(sender);
    await store.commit(sender, {
      sid: 'SMbbbb',
      expected: state,
      session: { flowId: 'f', flowVersion: 'v', snapshot: {} },
      effect: 'opt_out',
      replies: [],
    });
    const k = store.keysOf(sender, 'SMbbbb');
    await redis.expire(k.session, 5);
    const again = await store.read(sender);
    await store.commit(sender, {
      sid: undefined,
      expected: again,
      session: { flowId: 'f', flowVersion: 'v', snapshot: { n: 2 } },
      effect: 'none',
      replies: [],
    });
    const ttl = await redis.ttl(k.session);
    expect(ttl).toBeGreaterThan(100);
    expect(ttl).toBeLessThanOrEqual(120);
    expect(await redis.ttl(k.optout)).toBe(-1);
    const msgTtl = await redis.ttl(k.msg);
    expect(msgTtl).toBeGreaterThan(86_000);
  });

  it('leaves only the opt-out flag after erase', async () => {
    const store = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 3600 });
    const sender = someSender();
    for (const sid of ['SMc1', 'SMc2', 'SMc3']) {
      const b = await store.begin(sender, sid, at);
      if (b.kind !== 'fresh') throw new Error('expected fresh');
      await store.commit(sender, {
        sid,
        expected: b.state,
        session: { flowId: 'f', flowVersion: 'v', snapshot: { sid } },
        effect: sid === 'SMc2' ? 'opt_out' : 'none',
        replies: ['r'],
      });
    }
    const b = await store.begin(sender, 'SMc4', at);
    if (b.kind !== 'fresh') throw new Error('expected fresh');
    await store.commit(sender, {
      sid: 'SMc4',
      expected: b.state,
      session: undefined,
      effect: 'erase',
      replies: ['gone'],
    });
    const left = (await keysUnder(redis, prefix)).filter((key) => key.includes(sender));
    expect(left).toEqual([`${prefix}{${sender}}:optout`]);
  });

  it('treats an unreadable stored session as no session instead of failing', async () => {
    const store = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 3600 });
    const sender = someSender();
    await redis.hset(store.keysOf(sender).session, 'v', '3', 's', '{not json');
    const b = await store.begin(sender, undefined, at);
    expect(b).toMatchObject({
      kind: 'fresh',
      state: { session: undefined, optedOut: false, version: 3 },
      textsThisMinute: 1,
    });
  });

  it('never uses an odd MessageSid as part of a key', async () => {
    const store = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 3600 });
    const sender = someSender();
    await store.begin(sender, 'SM*{evil}:x', at);
    const keys = (await keysUnder(redis, prefix)).filter((k) => k.includes(sender));
    expect(keys.some((k) => k.includes('evil'))).toBe(false);
  });
});
