import { MemorySessionStore } from '../../src/store/memorySessionStore';
import { sessionStoreContract, someSender } from './sessionStoreContract';

sessionStoreContract('MemorySessionStore', () => new MemorySessionStore({ sessionTtlSeconds: 3600 }));

describe('MemorySessionStore expiry', () => {
  it('forgets a conversation after the TTL but keeps the opt-out flag', async () => {
    let now = 1_000_000;
    const store = new MemorySessionStore({ sessionTtlSeconds: 60 }, () => now);
    const sender = someSender();
    const s = await store.read(sender);
    await store.commit(sender, { sid: undefined, expected: s, session: { flowId: 'f', flowVersion: 'v', snapshot: {} }, effect: 'opt_out', replies: [] });
    now += 59_000;
    expect((await store.read(sender)).session).toBeDefined();
    now += 2_000;
    expect(await store.read(sender)).toEqual({ session: undefined, optedOut: true, version: 0 });
  });
});
