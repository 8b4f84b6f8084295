import type { Session } from '../../src/engine/types';
import type { SenderKey } from '../../src/store/senderKey';
import type { SessionStore } from '../../src/store/sessionStore';

let n = 0;
/** A sender key unique to this run (keys are hex in real life; any string works for the store). */
export function someSender(): SenderKey {
  n += 1;
  return `${'0'.repeat(48)}${Date.now().toString(16).slice(-8)}${n.toString(16).padStart(8, '0')}` as SenderKey;
}

const session = (step: number): Session => ({
  flowId: 'main',
  flowVersion: 'abc',
  snapshot: { value: 'who', step, note: 'ünïcödé 🎉' },
});
const at = new Date('2026-11-26T10:00:30Z');

/** The behaviour every SessionStore must have; run against Redis and memory. */
export function sessionStoreContract(name: string, makeStore: () => SessionStore) {
  describe(`${name} (SessionStore contract)`, () => {
    let store: SessionStore;
    beforeAll(() => {
      store = makeStore();
    });

    it('begins a first text with no session, not opted out, version 0', async () => {
      const begun = await store.begin(someSender(), 'SM1a', at);
      expect(begun).toMatchObject({
        kind: 'fresh',
        state: { session: undefined, optedOut: false, version: 0 },
        textsThisMinute: 1,
      });
    });

    it('stores the session as given and bumps the version on commit', async () => {
      const sender = someSender();
      const begun = await store.begin(sender, 'SM2a', at);
      if (begun.kind !== 'fresh') throw new Error('expected fresh');
      const result = await store.commit(sender, {
        sid: 'SM2a',
        expected: begun.state,
        session: session(1),
        effect: 'none',
        replies: ['hello'],
      });
      expect(result).toEqual({ kind: 'committed', version: 1 });
      expect(await store.read(sender)).toMatchObject({ session: session(1), optedOut: false, version: 1 });
    });

    it('replays the saved reply when Twilio retries a MessageSid and changes nothing', async () => {
      const sender = someSender();
      const begun = await store.begin(sender, 'SM3a', at);
      if (begun.kind !== 'fresh') throw new Error('expected fresh');
      await store.commit(sender, {
        sid: 'SM3a',
        expected: begun.state,
        session: session(1),
        effect: 'none',
        replies: ['one', 'two ✓'],
      });
      expect(await store.begin(sender, 'SM3a', at)).toEqual({ kind: 'duplicate', replies: ['one', 'two ✓'] });
      expect((await store.read(sender)).version).toBe(1);
    });

    it('reports a MessageSid still being answered as in flight', async () => {
      const sender = someSender();
      await store.begin(sender, 'SM4a', at);
      expect(await store.begin(sender, 'SM4a', at)).toEqual({ kind: 'in_flight' });
    });

    it('does not deduplicate texts without a MessageSid', async () => {
      const sender = someSender();
      expect((await store.begin(sender, undefined, at)).kind).toBe('fresh');
      expect((await store.begin(sender, undefined, at)).kind).toBe('fresh');
    });

    it('refuses a commit computed from an old version and returns the current state', async () => {
      const sender = someSender();
      const first = await store.begin(sender, 'SM5a', at);
      const second = await store.begin(sender, 'SM5b', at);
      if (first.kind !== 'fresh' || second.kind !== 'fresh') throw new Error('expected fresh');
      expect(
        await store.commit(sender, {
          sid: 'SM5a',
          expected: first.state,
          session: session(1),
          effect: 'none',
          replies: [],
        }),
      ).toEqual({ kind: 'committed', version: 1 });
      const conflict = await store.commit(sender, {
        sid: 'SM5b',
        expected: second.state,
        session: session(9),
        effect: 'none',
        replies: [],
      });
      expect(conflict).toMatchObject({
        kind: 'conflict',
        current: { session: session(1), optedOut: false, version: 1 },
      });
      expect((await store.read(sender)).session).toEqual(session(1));
    });

    it('refuses a commit computed before an opt-out landed, even at the same version', async () => {
      const sender = someSender();
      const a = await store.begin(sender, 'SM6a', at);
      if (a.kind !== 'fresh') throw new Error('expected fresh');
      await store.setOptedOut(sender, true);
      const result = await store.commit(sender, {
        sid: 'SM6a',
        expected: a.state,
        session: session(1),
        effect: 'none',
        replies: ['hi'],
      });
      expect(result.kind).toBe('conflict');
    });

    it('records opt-out and opt-in effects, and the opt-out survives erase', async () => {
      const sender = someSender();
      let state = await store.read(sender);
      await store.commit(sender, { sid: 'SM7a', expected: state, session: session(1), effect: 'opt_out', replies: [] });
      state = await store.read(sender);
      expect(state.optedOut).toBe(true);
      await store.commit(sender, {
        sid: 'SM7b',
        expected: state,
        session: undefined,
        effect: 'erase',
        replies: ['erased'],
      });
      expect(await store.read(sender)).toMatchObject({ session: undefined, optedOut: true, version: 0 });
      state = await store.read(sender);
      await store.commit(sender, {
        sid: 'SM7c',
        expected: state,
        session: session(2),
        effect: 'opt_in',
        replies: ['back'],
      });
      expect((await store.read(sender)).optedOut).toBe(false);
    });

    it('gives out one rate-limit notice per sender per minute', async () => {
      const sender = someSender();
      const minute = new Date('2026-11-26T10:00:05Z');
      expect(await store.claimRateNotice(sender, minute)).toBe(true);
      expect(await store.claimRateNotice(sender, new Date('2026-11-26T10:00:59Z'))).toBe(false);
      expect(await store.claimRateNotice(someSender(), minute)).toBe(true);
      expect(await store.claimRateNotice(sender, new Date('2026-11-26T10:01:00Z'))).toBe(true);
    });

    it('remembers who recorded an opt-out (carrier words or the line) through begin, erase and opt-in', async () => {
      const sender = someSender();
      let state = await store.read(sender);
      expect(state.optOutBy).toBeUndefined();
      const effect = 'opt_out_line';
      await store.commit(sender, { sid: 'SM8a', expected: state, session: undefined, effect, replies: ['ok'] });
      const begun = await store.begin(sender, 'SM8b', new Date());
      expect(begun).toMatchObject({ kind: 'fresh', state: { optedOut: true, optOutBy: 'line' } });
      state = await store.read(sender);
      await store.commit(sender, { sid: 'SM8c', expected: state, session: undefined, effect: 'erase', replies: [] });
      expect(await store.read(sender)).toMatchObject({ optedOut: true, optOutBy: 'line' });
      state = await store.read(sender);
      await store.commit(sender, { sid: 'SM8d', expected: state, session: undefined, effect: 'opt_in', replies: [] });
      state = await store.read(sender);
      expect(state).toMatchObject({ optedOut: false });
      expect(state.optOutBy).toBeUndefined();
      await store.commit(sender, { sid: 'SM8e', expected: state, session: undefined, effect: 'opt_out', replies: [] });
      expect(await store.read(sender)).toMatchObject({ optedOut: true, optOutBy: 'carrier' });
    });

    it('erases the session and forgets earlier MessageSids', async () => {
      const sender = someSender();
      const begun = await store.begin(sender, 'SM8a', at);
      if (begun.kind !== 'fresh') throw new Error('expected fresh');
      await store.commit(sender, {
        sid: 'SM8a',
        expected: begun.state,
        session: session(1),
        effect: 'none',
        replies: ['x'],
      });
      const state = await store.read(sender);
      await store.commit(sender, {
        sid: 'SM8b',
        expected: state,
        session: undefined,
        effect: 'erase',
        replies: ['gone'],
      });
      expect(await store.read(sender)).toMatchObject({ session: undefined, optedOut: false, version: 0 });
      // The earlier text is no longer remembered: a retry of it is handled afresh.
      expect((await store.begin(sender, 'SM8a', at)).kind).toBe('fresh');
    });

    it('keeps the version counting when a step stores no session, so an old read cannot match again', async () => {
      const sender = someSender();
      const s0 = await store.read(sender);
      await store.commit(sender, { sid: undefined, expected: s0, session: session(1), effect: 'none', replies: [] });
      const s1 = await store.read(sender);
      await store.commit(sender, { sid: undefined, expected: s1, session: undefined, effect: 'none', replies: [] });
      const s2 = await store.read(sender);
      expect(s2).toMatchObject({ session: undefined, optedOut: false, version: 2 });
      expect(
        (await store.commit(sender, { sid: undefined, expected: s0, session: session(5), effect: 'none', replies: [] }))
          .kind,
      ).toBe('conflict');
    });

    it('never lets a step computed before an erase land after the conversation started again', async () => {
      const sender = someSender();
      const s0 = await store.read(sender);
      await store.commit(sender, { sid: undefined, expected: s0, session: session(1), effect: 'none', replies: [] });
      const stale = await store.read(sender); // an old text read this (version 1) and is still being answered
      await store.commit(sender, { sid: undefined, expected: stale, session: undefined, effect: 'erase', replies: [] });
      const fresh = await store.read(sender);
      await store.commit(sender, { sid: undefined, expected: fresh, session: session(7), effect: 'none', replies: [] });
      expect((await store.read(sender)).version).toBe(stale.version); // the same number again...
      const late = await store.commit(sender, {
        sid: undefined,
        expected: stale,
        session: session(1),
        effect: 'none',
        replies: [],
      });
      expect(late.kind).toBe('conflict'); // ...but not the same revision: erased data does not come back
      expect((await store.read(sender)).session).toEqual(session(7));
    });

    it('gives every commit a new revision', async () => {
      const sender = someSender();
      const seen = new Set<string>([(await store.read(sender)).revision]);
      for (let i = 0; i < 5; i++) {
        const state = await store.read(sender);
        await store.commit(sender, {
          sid: undefined,
          expected: state,
          session: i % 2 ? session(i) : undefined,
          effect: i === 2 ? 'erase' : 'none',
          replies: [],
        });
        seen.add((await store.read(sender)).revision);
      }
      expect(seen.size).toBeGreaterThanOrEqual(5);
    });

    it('counts texts per sender per minute and starts again in the next minute', async () => {
      const sender = someSender();
      const other = someSender();
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const b = await store.begin(sender, undefined, at);
        if (b.kind === 'fresh') counts.push(b.textsThisMinute);
      }
      expect(counts).toEqual([1, 2, 3]);
      const b2 = await store.begin(other, undefined, at);
      expect(b2.kind === 'fresh' && b2.textsThisMinute).toBe(1);
      const next = await store.begin(sender, undefined, new Date(at.getTime() + 60_000));
      expect(next.kind === 'fresh' && next.textsThisMinute).toBe(1);
    });

    it('does not count a replayed MessageSid against the rate limit', async () => {
      const sender = someSender();
      const b = await store.begin(sender, 'SM9a', at);
      if (b.kind !== 'fresh') throw new Error('expected fresh');
      await store.commit(sender, {
        sid: 'SM9a',
        expected: b.state,
        session: session(1),
        effect: 'none',
        replies: ['a'],
      });
      await store.begin(sender, 'SM9a', at);
      const after = await store.begin(sender, 'SM9b', at);
      expect(after.kind === 'fresh' && after.textsThisMinute).toBe(2);
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
