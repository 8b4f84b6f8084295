import { StatsFlusher } from '../../src/analytics/statsFlusher';
import { RedisStatsStore, type StatsStore } from '../../src/analytics/statsStore';
import { TextTally } from '../../src/analytics/textTally';
import type { HandledText } from '../../src/inbox/textHandler';
import { createLogger } from '../../src/log/logger';
import { suiteRedis } from '../support/redisTestKit';

const { prefix, redis } = suiteRedis('statsFlusher');
const log = createLogger('silent');
const AT = new Date('2026-03-02T23:59:59Z');
const text = (kind = 'answer'): HandledText => ({ replies: [], kind, before: '-', after: '-', outcome: 'stored' });

describe('the numbers flusher', () => {
  it('writes a whole day of counts in one pipeline, keyed by UTC day, kept 91 days', async () => {
    const tally = new TextTally();
    const store = new RedisStatsStore(redis, prefix);
    for (let i = 0; i < 500; i++) tally.observe(text(), AT);
    tally.observe(text('crisis'), new Date('2026-03-03T00:00:01Z'));
    const calls: number[] = [];
    const counting: StatsStore = {
      add: async (days) => {
        calls.push(days.size);
        await store.add(days);
      },
      read: (from, to) => store.read(from, to),
    };
    await new StatsFlusher(tally, counting, log, 60).flush();
    expect(calls).toEqual([2]); // one call, one pipeline, for 501 texts over two days
    const days = await store.read('2026-03-02', '2026-03-03');
    expect(days).toEqual([
      { date: '2026-03-02', counts: { texts: 500 } },
      { date: '2026-03-03', counts: { texts: 1, crisis: 1 } },
    ]);
    const ttl = await redis.ttl(store.keyOf('2026-03-02'));
    expect(ttl).toBeGreaterThan(90 * 86_400);
    expect(ttl).toBeLessThanOrEqual(91 * 86_400);
  });

  it('keeps counts it could not write for the next flush', async () => {
    const tally = new TextTally();
    const store = new RedisStatsStore(redis, `${prefix}retry:`);
    let down = true;
    const flaky: StatsStore = {
      add: async (days) => (down ? Promise.reject(new Error('Redis down')) : store.add(days)),
      read: (from, to) => store.read(from, to),
    };
    const flusher = new StatsFlusher(tally, flaky, log, 60);
    tally.observe(text(), AT);
    await flusher.flush();
    tally.observe(text(), AT);
    down = false;
    await flusher.stop();
    expect((await store.read('2026-03-02', '2026-03-02'))[0].counts).toEqual({ texts: 2 });
  });
});
