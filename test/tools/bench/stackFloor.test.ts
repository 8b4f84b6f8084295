import request from 'supertest';
import { BARE_TWIML } from '../../../tools/bench/bareReply';
import { createStackFloorApp } from '../../../tools/bench/stackFloor';
import { senderKeyFor } from '../../../src/store/senderKey';
import { keysUnder, suiteRedis, testConfig } from '../../support/redisTestKit';
import { signedPost, smsParams } from '../../support/twilioPost';

const { prefix, redis } = suiteRedis('stackFloor');
const config = testConfig({ REDIS_KEY_PREFIX: prefix });
const app = createStackFloorApp({ config, redis });

/** The stack floor is only a fair floor if it really does each piece of work it is named for. */
describe('the stack floor BENCH_STAGES measures', () => {
  it('answers a signed text with the bare TwiML and moves one machine on by one step per text, stored under the HMAC key', async () => {
    const phone = '+15551239911';
    const seen: Array<{ value: string; texts: number }> = [];
    for (const body of ['hi', '1', '2']) {
      const res = await signedPost(app, '/sms', smsParams(phone, body));
      expect(res.status).toBe(200);
      expect(res.text).toBe(BARE_TWIML);
      const stored = await redis.get(`${prefix}{${senderKeyFor(config.phoneHashSecret, phone)}}:floor`);
      const snapshot = JSON.parse(stored!) as { value: string; context: { texts: number } };
      seen.push({ value: snapshot.value, texts: snapshot.context.texts });
    }
    expect(seen).toEqual([
      { value: 'answered', texts: 1 },
      { value: 'asking', texts: 2 },
      { value: 'answered', texts: 3 },
    ]);
    const keys = await keysUnder(redis, prefix);
    expect(keys.join(' ')).not.toContain('5551239911');
    expect(await redis.ttl(keys[0])).toBeGreaterThan(0);
  });

  it('refuses a forged signature with 403 and an unsigned request with 403, writing nothing', async () => {
    const before = (await keysUnder(redis, prefix)).length;
    const forged = await signedPost(app, '/sms', smsParams('+15551239912', 'hi'), { authToken: 'not-the-token' });
    expect(forged.status).toBe(403);
    const unsigned = await request(app).post('/sms').type('form').send(smsParams('+15551239912', 'hi'));
    expect(unsigned.status).toBe(403);
    expect((await keysUnder(redis, prefix)).length).toBe(before);
  });

  it('says 400 to a signed request without From, and /readyz is ready while Redis answers', async () => {
    const { From: _from, ...withoutFrom } = smsParams('+15551239913', 'hi');
    expect((await signedPost(app, '/sms', withoutFrom)).status).toBe(400);
    expect((await request(app).get('/readyz')).status).toBe(200);
  });
});
