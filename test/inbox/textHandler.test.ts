import { createLogger } from '../../src/log/logger';
import { MemorySessionStore } from '../../src/store/memorySessionStore';
import type { SenderKey } from '../../src/store/senderKey';
import type { SessionStore } from '../../src/store/sessionStore';
import { TextHandler } from '../../src/inbox/textHandler';
import { LAST_RESORT_TROUBLE } from '../../src/engine/lastResortReplies';
import { capturingLogger } from '../support/appKit';
import { FAKE_REPLIES, createFakeEngine } from '../support/fakeEngine';

const sender = 'a'.repeat(64) as SenderKey;
const at = new Date('2026-11-26T10:00:00Z');
const message = (text: string, sid?: string) => ({ sid, senderKey: sender, text, numMedia: 0, receivedAt: at });

/** A memory store that, for the first `n` commits, reports that another text got in first. */
function contendedStore(n: number): SessionStore & { commits: number } {
  const inner = new MemorySessionStore({ sessionTtlSeconds: 60 });
  let left = n;
  const store = {
    commits: 0,
    begin: inner.begin.bind(inner),
    read: inner.read.bind(inner),
    setOptedOut: inner.setOptedOut.bind(inner),
    claimRateNotice: inner.claimRateNotice.bind(inner),
    ping: inner.ping.bind(inner),
    close: inner.close.bind(inner),
    async commit(key: SenderKey, req: Parameters<SessionStore['commit']>[1]) {
      store.commits += 1;
      if (left-- > 0) return { kind: 'conflict' as const, current: await inner.read(key) };
      return inner.commit(key, req);
    },
  };
  return store;
}

describe('TextHandler', () => {
  it('recomputes on conflict and stores the outcome once', async () => {
    const store = contendedStore(3);
    const handler = new TextHandler({
      store,
      engine: () => createFakeEngine(),
      log: createLogger('silent'),
      rateLimitPerMinute: 20,
    });
    const handled = await handler.handle(message('hi', 'SM1'));
    expect(handled).toMatchObject({ outcome: 'stored', kind: 'welcome' });
    expect(store.commits).toBe(4);
    expect((await store.read(sender)).version).toBe(1);
  });

  it('answers without the store when commits never get through, rather than looping', async () => {
    const store = contendedStore(1_000);
    const handler = new TextHandler({
      store,
      engine: () => createFakeEngine(),
      log: createLogger('silent'),
      rateLimitPerMinute: 20,
      maxCommitAttempts: 5,
    });
    const handled = await handler.handle(message('overdose', 'SM2'));
    expect(handled.outcome).toBe('degraded');
    expect(handled.replies).toEqual([FAKE_REPLIES.crisis]);
    expect(store.commits).toBe(5);
  });

  it('answers without the store when it is too slow, and writes nothing afterwards', async () => {
    const inner = new MemorySessionStore({ sessionTtlSeconds: 60 });
    let commits = 0;
    const slow: SessionStore = {
      ...{
        read: inner.read.bind(inner),
        setOptedOut: inner.setOptedOut.bind(inner),
        ping: inner.ping.bind(inner),
        close: inner.close.bind(inner),
      },
      claimRateNotice: inner.claimRateNotice.bind(inner),
      begin: async (...args) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return inner.begin(...args);
      },
      commit: async (...args) => {
        commits += 1;
        return inner.commit(...args);
      },
    };
    const { log, lines } = capturingLogger('warn');
    const handler = new TextHandler({
      store: slow,
      engine: () => createFakeEngine(),
      log,
      rateLimitPerMinute: 20,
      storeBudgetMs: 100,
    });
    const handled = await handler.handle(message('hello'));
    expect(handled).toMatchObject({ outcome: 'degraded', replies: [FAKE_REPLIES.trouble] });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(commits).toBe(0);
    expect(lines.map((l) => JSON.parse(l).err?.name)).toContain('StoreBudgetExceededError');
  });

  it('remembers a STOP answered while the store is down and writes it when the store is back', async () => {
    const inner = new MemorySessionStore({ sessionTtlSeconds: 60 });
    let down = true;
    const guard = <T>(f: () => Promise<T>) => (down ? Promise.reject(new Error('down')) : f());
    const flaky: SessionStore = {
      begin: (...a) => guard(() => inner.begin(...a)),
      commit: (...a) => guard(() => inner.commit(...a)),
      read: (...a) => guard(() => inner.read(...a)),
      setOptedOut: (...a) => guard(() => inner.setOptedOut(...a)),
      claimRateNotice: (...a) => guard(() => inner.claimRateNotice(...a)),
      ping: () => guard(() => inner.ping()),
      close: () => inner.close(),
    };
    const handler = new TextHandler({
      store: flaky,
      engine: () => createFakeEngine(),
      log: createLogger('silent'),
      rateLimitPerMinute: 20,
    });
    expect((await handler.handle(message('STOP'))).replies).toEqual([]);
    expect(handler.backlog.size).toBe(1);
    down = false;
    expect((await handler.handle(message('hi'))).replies).toEqual([]);
    expect((await inner.read(sender)).optedOut).toBe(true);
    expect(handler.backlog.size).toBe(0);
  });

  it('never throws, and never answers with silence, even when the engine does', async () => {
    const engine = createFakeEngine();
    engine.step = () => {
      throw new Error('boom');
    };
    engine.stepWithoutSession = () => {
      throw new Error('boom too');
    };
    const handler = new TextHandler({
      store: new MemorySessionStore({ sessionTtlSeconds: 60 }),
      engine: () => engine,
      log: createLogger('silent'),
      rateLimitPerMinute: 20,
    });
    const first = await handler.handle(message('hi'));
    expect(first).toMatchObject({ replies: [FAKE_REPLIES.trouble], kind: 'error' });
    engine.troubleReply = () => {
      throw new Error('boom three');
    };
    const last = await handler.handle(message('hi again'));
    expect(last.replies).toEqual([LAST_RESORT_TROUBLE]);
  });
});
