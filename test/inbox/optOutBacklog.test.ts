import type { OptOutSource } from '../../src/engine/types';
import { OptOutBacklog } from '../../src/inbox/optOutBacklog';
import { MemorySessionStore } from '../../src/store/memorySessionStore';
import { SessionStoreError } from '../../src/store/sessionStore';
import type { SenderKey } from '../../src/store/senderKey';
import { capturingLogger } from '../support/appKit';

/** A memory store whose opt-out writes fail while `down` is set, as Redis's would during an outage. */
class FlakyStore extends MemorySessionStore {
  down = true;
  writes = 0;
  override async setOptedOut(senderKey: SenderKey, optedOut: boolean, by?: OptOutSource): Promise<void> {
    this.writes += 1;
    if (this.down) throw new SessionStoreError('setOptedOut', new Error('connection is closed'));
    return super.setOptedOut(senderKey, optedOut, by);
  }
}

const until = async (done: () => boolean, ms = 10_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('OptOutBacklog', () => {
  it('keeps retrying on its timer while the store is down, and writes the opt-out once it is back', async () => {
    const store = new FlakyStore({ sessionTtlSeconds: 60 });
    const { log, lines } = capturingLogger('info');
    const backlog = new OptOutBacklog(store, log, 10);
    const sender = 'k1' as SenderKey;
    backlog.remember(sender, true);

    await until(() => store.writes >= 3); // the timer fired several times, each write refused
    expect(backlog.size).toBe(1);
    expect((await store.read(sender)).optedOut).toBe(false);

    store.down = false;
    await until(() => backlog.size === 0);
    expect((await store.read(sender)).optedOut).toBe(true);
    expect(lines.some((l) => l.includes('opt-out recorded after store outage'))).toBe(true);

    const writesAfter = store.writes;
    await new Promise((r) => setTimeout(r, 50));
    expect(store.writes).toBe(writesAfter); // nothing left, so the timer stopped
  });

  it('writes only the latest change when an opt-in follows an opt-out during the outage', async () => {
    const store = new FlakyStore({ sessionTtlSeconds: 60 });
    const backlog = new OptOutBacklog(store, capturingLogger('silent').log, 10);
    const sender = 'k2' as SenderKey;
    await store.setOptedOut(sender, true).catch(() => undefined);
    store.down = false;
    await store.setOptedOut(sender, true);
    store.down = true;
    backlog.remember(sender, true);
    backlog.remember(sender, false);
    expect(backlog.size).toBe(1);
    store.down = false;
    await until(() => backlog.size === 0);
    expect((await store.read(sender)).optedOut).toBe(false);
    backlog.stop();
  });

  it("remembers a plain-language opt-out as the line's, so START later is confirmed by the line", async () => {
    const store = new FlakyStore({ sessionTtlSeconds: 60 });
    const backlog = new OptOutBacklog(store, capturingLogger('info').log, 10);
    const sender = 'k9' as SenderKey;
    backlog.remember(sender, true, 'line');
    store.down = false;
    await until(() => backlog.size === 0);
    expect(await store.read(sender)).toMatchObject({ optedOut: true, optOutBy: 'line' });
  });
});
