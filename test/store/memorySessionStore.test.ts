import { MemorySessionStore } from '../../src/store/memorySessionStore';
import { sessionStoreContract, someSender } from './sessionStoreContract';

sessionStoreContract('MemorySessionStore', () => new MemorySessionStore({ sessionTtlSeconds: 3600 }));

describe('MemorySessionStore expiry', () => {
  it('forgets a conversation after the TTL but keeps the opt-out flag', async () => {
    let now = 1_000_000;
    const store = new MemorySessionStore({ sessionTtlSeconds: 60 }, () => now);
    const sender = someSender();
    const s = await store.read(sender);
    await store.commit(sender, {
      sid: undefined,
      expected: s,
      session: { flowId: 'f', flowVersion: 'v', snapshot: {} },
      effect: 'opt_out',
      replies: [],
    });
    now += 59_000;
    expect((await store.read(sender)).session).toBeDefined();
    now += 2_000;
    expect(await store.read(sender)).toMatchObject({ session: undefined, optedOut: true, version: 0 });
  });
});

describe('MemorySessionStore housekeeping', () => {
  it('keeps opted-out senders and live conversations when it sweeps idle ones', async () => {
    let now = 1_000_000;
    const store = new MemorySessionStore({ sessionTtlSeconds: 60 }, () => now);
    const optedOut = someSender();
    const live = someSender();
    await store.setOptedOut(optedOut, true);
    now += 10 * 24 * 3600 * 1000;
    const s = await store.read(live);
    await store.commit(live, {
      sid: undefined,
      expected: s,
      session: { flowId: 'f', flowVersion: 'v', snapshot: {} },
      effect: 'none',
      replies: [],
    });
    for (let i = 0; i < 1_000; i++) await store.begin(someSender(), undefined, new Date(now - 10 * 60_000));
    expect((await store.read(optedOut)).optedOut).toBe(true);
    expect((await store.read(live)).session).toBeDefined();
  });
});
