import request from 'supertest';
import { appOverRedis } from '../support/appKit';
import { createApp } from '../../src/http/app';
import { FAKE_REPLIES, createFakeEngine } from '../support/fakeEngine';
import { createLogger } from '../../src/log/logger';
import { RedisSessionStore } from '../../src/store/redisSessionStore';
import { suiteRedis, testConfig } from '../support/redisTestKit';
import { signedPost } from '../support/twilioPost';

const { prefix, redis } = suiteRedis('voiceAndReadiness');
const config = testConfig({ REDIS_KEY_PREFIX: prefix });
const call = {
  CallSid: `CA${'1'.repeat(32)}`,
  AccountSid: `AC${'0'.repeat(32)}`,
  From: '+15550001111',
  To: '+15005550006',
};

describe('POST /voice', () => {
  it('answers a signed call with spoken TwiML from the flow, then hangs up', async () => {
    const { app } = appOverRedis(redis, config);
    const res = await signedPost(app, '/voice', call);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/xml/);
    expect(res.text).toContain(`<Say language="en-US">${FAKE_REPLIES.voice}</Say>`);
    expect(res.text).toMatch(/<Hangup\/><\/Response>$/);
  });

  it('refuses an unsigned call or one signed for another URL with 403', async () => {
    const { app } = appOverRedis(redis, config);
    expect((await request(app).post('/voice').type('form').send(call)).status).toBe(403);
    expect((await signedPost(app, '/voice', call, { signedUrl: 'https://line.example.org/sms' })).status).toBe(403);
  });
});

describe("GET /readyz with the store's own warnings", () => {
  it('names settings that would lose opt-outs while staying ready', async () => {
    const engine = createFakeEngine();
    const store = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 60 });
    const storeWarnings = async () => ['Redis persistence: appendonly is off'];
    const app = createApp({ config, log: createLogger('silent'), engine: () => engine, store, storeWarnings });
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', reasons: ['warning: Redis persistence: appendonly is off'] });
    engine.ready = false;
    const notReady = await request(app).get('/readyz');
    expect(notReady.status).toBe(503);
    expect(notReady.body.reasons).toEqual(['flows are not loaded', 'warning: Redis persistence: appendonly is off']);
  });
});
