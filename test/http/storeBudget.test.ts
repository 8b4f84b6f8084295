import { storeBudgetFor } from '../../src/config';
import { RedisSessionStore } from '../../src/store/redisSessionStore';
import type { SessionStore } from '../../src/store/sessionStore';
import { appOverRedis } from '../support/appKit';
import { FAKE_REPLIES } from '../support/fakeEngine';
import { suiteRedis, testConfig } from '../support/redisTestKit';
import { messagesOf, signedPost, smsParams } from '../support/twilioPost';

const { prefix, redis } = suiteRedis('storeBudget');

/** The real store, its every read held back `ms` first: a Redis far away. */
function slowStore(config: ReturnType<typeof testConfig>, ms: number): SessionStore {
  const store = new RedisSessionStore(redis, { keyPrefix: config.redisKeyPrefix, sessionTtlSeconds: 3600 });
  const begin = store.begin.bind(store);
  store.begin = async (...args) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return begin(...args);
  };
  return store;
}

describe('the store budget follows REDIS_COMMAND_TIMEOUT_MS', () => {
  it('is 2.4 command waits, never under the 1200 ms it always was nor over 12 s', () => {
    expect([100, 500, 1_500, 5_000, 10_000].map(storeBudgetFor)).toEqual([1_200, 1_200, 3_600, 12_000, 12_000]);
    expect(testConfig({ REDIS_COMMAND_TIMEOUT_MS: '500' }).storeBudgetMs).toBe(1_200);
  });

  it('lets a text wait out a slow Redis it was told to wait for, and still cuts off a slower one', async () => {
    const patient = testConfig({ REDIS_KEY_PREFIX: `${prefix}a:`, REDIS_COMMAND_TIMEOUT_MS: '1000' });
    const { app } = appOverRedis(redis, patient, { store: slowStore(patient, 1_500) });
    const answered = messagesOf((await signedPost(app, '/sms', smsParams('+15550100001', 'hi'))).text);
    expect(answered).not.toContain(FAKE_REPLIES.trouble);

    const hasty = testConfig({ REDIS_KEY_PREFIX: `${prefix}b:`, REDIS_COMMAND_TIMEOUT_MS: '500' });
    const { app: cut } = appOverRedis(redis, hasty, { store: slowStore(hasty, 1_500) });
    const cutOff = messagesOf((await signedPost(cut, '/sms', smsParams('+15550100002', 'hi'))).text);
    expect(cutOff).toEqual([FAKE_REPLIES.trouble]);
    // The cut-off text's held-back read still reaches Redis after the reply: waited out here, so its key lands before
    // the suite's keys are deleted (a key was left behind in Redis after a full run).
    await new Promise((resolve) => setTimeout(resolve, 1_700));
  });
});
