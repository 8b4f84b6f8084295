import { createApp } from '../../../src/http/app';
import { FIXED_REPLY, fixedReplyEngine, NullSessionStore } from '../../../tools/bench/stageDoubles';
import { createLogger } from '../../../src/log/logger';
import { RedisSessionStore } from '../../../src/store/redisSessionStore';
import type { SessionStore } from '../../../src/store/sessionStore';
import { keysUnder, suiteRedis, testConfig } from '../../support/redisTestKit';
import { messagesOf, signedPost, smsParams } from '../../support/twilioPost';

const { prefix, redis } = suiteRedis('stageDoubles');

/** The real webhook over the bench's stand-ins, as BENCH_STAGES runs it. */
function stagedApp(store: SessionStore) {
  const engine = fixedReplyEngine();
  return createApp({
    config: testConfig({ REDIS_KEY_PREFIX: prefix }),
    log: createLogger('silent'),
    engine: () => engine,
    store,
  });
}

describe('the stages BENCH_STAGES measures', () => {
  it('no-store: the whole webhook still runs and answers every signed text, and a forged one still gets 403', async () => {
    const app = stagedApp(new NullSessionStore());
    for (const body of ['hi', '1', '79101']) {
      const res = await signedPost(app, '/sms', smsParams('+15551239901', body));
      expect(res.status).toBe(200);
      expect(messagesOf(res.text)).toEqual([FIXED_REPLY]);
    }
    const forged = await signedPost(app, '/sms', smsParams('+15551239901', 'hi'), { authToken: 'not-the-token' });
    expect(forged.status).toBe(403);
  });

  it('no-conversation: each text does the real begin and commit in Redis, storing a session of the real shape', async () => {
    const store = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 600 });
    const app = stagedApp(store);
    for (const body of ['hi', '1']) {
      const res = await signedPost(app, '/sms', smsParams('+15551239902', body));
      expect(messagesOf(res.text)).toEqual([FIXED_REPLY]);
    }
    const sessionKeys = (await keysUnder(redis, prefix)).filter((k) => k.endsWith(':session'));
    expect(sessionKeys).toHaveLength(1);
    const [version, stored] = await redis.hmget(sessionKeys[0], 'v', 's');
    expect(version).toBe('2');
    expect(JSON.parse(stored!)).toMatchObject({
      flowId: 'recovery',
      snapshot: { status: 'active', context: { lang: 'en' } },
    });
    expect(stored!.length).toBeGreaterThan(200);
  });
});
