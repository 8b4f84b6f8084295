import type { Redis } from 'ioredis';
import request from 'supertest';
import { startServer, type RunningServer } from '../../src/server';
import { sparePort } from '../support/redisServerProcess';
import { suiteRedis, testConfig } from '../support/redisTestKit';
import { messagesOf, signedPost, smsParams } from '../support/twilioPost';

/**
 * The whole path, as Twilio would drive it: signed POST /sms -> real flows and bundled meeting
 * data -> Redis sessions -> TwiML. Asserts only what the issue promises (a welcome with STOP and
 * 988, Amarillo AA meetings for 79101, crisis, STOP silence), not the flows' exact wording.
 */
const { prefix, redis } = suiteRedis('realConversation');
let server: RunningServer;

beforeAll(async () => {
  server = await startServer(testConfig({ REDIS_KEY_PREFIX: prefix, PORT: '0', DIRECTORY_REFRESH_MINUTES: '0' }));
}, 30_000);
afterAll(async () => {
  await server?.close();
});

async function text(phone: string, body: string): Promise<string> {
  const res = await signedPost(server.url, '/sms', smsParams(phone, body));
  expect(res.status).toBe(200);
  return messagesOf(res.text).join('\n');
}

describe('a real conversation through the webhook', () => {
  it('is ready with the real flows and Redis', async () => {
    expect((await request(server.url).get('/readyz')).status).toBe(200);
  });

  it('goes from hi to Amarillo AA meetings for 79101', async () => {
    const phone = '+15558880001';
    const welcome = await text(phone, 'hi');
    expect(welcome).toMatch(/STOP/);
    expect(welcome).toMatch(/988/);
    for (const answer of ['1', '1', 'no', '1']) expect(await text(phone, answer)).not.toBe('');
    const results = await text(phone, '79101');
    expect(results).toMatch(/\bAA\b/);
    expect(results).toMatch(/Amarillo/);
  });

  it('answers crisis words with 988 mid-conversation, and STOP with silence until START', async () => {
    const phone = '+15558880002';
    await text(phone, 'hi');
    expect(await text(phone, 'i think i might overdose')).toMatch(/988/);
    expect(await text(phone, 'STOP')).toBe('');
    expect(await text(phone, 'hi')).toBe('');
    await text(phone, 'START'); // Twilio confirms START itself; the flow may add nothing
    expect(await text(phone, 'hi')).not.toBe('');
  });
});

describe('the real flows with Redis unreachable', () => {
  let downServer: RunningServer;
  beforeAll(async () => {
    // Nothing listens on this port: the server starts anyway (after a short wait) and answers without sessions.
    downServer = await startServer(
      testConfig({ REDIS_URL: `redis://127.0.0.1:${await sparePort()}`, REDIS_KEY_PREFIX: prefix, PORT: '0', DIRECTORY_REFRESH_MINUTES: '0' }),
    );
  }, 30_000);
  afterAll(async () => {
    await downServer?.close();
  });

  async function timedText(body: string): Promise<{ text: string; ms: number }> {
    const started = Date.now();
    const res = await signedPost(downServer.url, '/sms', smsParams('+15558880003', body));
    expect(res.status).toBe(200);
    return { text: messagesOf(res.text).join('\n'), ms: Date.now() - started };
  }

  it('still answers crisis words with 911/988, HELP, STOP, and anything else with the helpline, each in under 2 s', async () => {
    const crisis = await timedText('overdose');
    expect(crisis.text).toMatch(/988/);
    expect(crisis.text).toMatch(/911/);
    expect(crisis.ms).toBeLessThan(2_000);
    const other = await timedText('where are meetings near 79101');
    expect(other.text).toMatch(/1-800-662-4357/);
    expect(other.ms).toBeLessThan(2_000);
    expect((await timedText('HELP')).text).not.toBe('');
    expect((await timedText('STOP')).text).toBe('');
    expect((await request(downServer.url).get('/readyz')).status).toBe(503);
  });
});
