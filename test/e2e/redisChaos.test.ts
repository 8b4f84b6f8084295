import request from 'supertest';
import { startServer, type RunningServer } from '../../src/server';
import { capturingLogger } from '../support/appKit';
import { FAKE_REPLIES, createFakeEngine } from '../support/fakeEngine';
import { privateRedisLine } from '../support/privateRedis';
import type { RedisServerProcess } from '../support/redisServerProcess';
import { messagesOf, signedPost, smsParams } from '../support/twilioPost';

/**
 * Redis goes away mid-conversation and comes back: texts are still answered in under 2 s (the
 * bound is generous and each call is timed once), crisis words still get the crisis reply, STOP
 * is honoured once Redis is back, /readyz follows Redis, and the service recovers by itself.
 */
describe('Redis outage', () => {
  let redisServer: RedisServerProcess;
  let server: RunningServer;

  beforeAll(async () => {
    const line = await privateRedisLine('chaos:');
    redisServer = line.redisServer;
    const engine = createFakeEngine();
    server = await startServer(line.config, {
      log: capturingLogger('warn').log,
      conversation: { engine: () => engine, close: async () => {} },
    });
  });

  afterAll(async () => {
    await server?.close();
    await redisServer?.destroy();
  });

  /** Sends one signed text and returns the replies and how long the answer took. */
  async function text(phone: string, body: string): Promise<{ replies: string[]; ms: number; status: number }> {
    const started = Date.now();
    const res = await signedPost(server.url, '/sms', smsParams(phone, body));
    return { replies: messagesOf(res.text), ms: Date.now() - started, status: res.status };
  }

  async function waitForReady(): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 15_000) {
      if ((await request(server.url).get('/readyz')).status === 200) return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('never became ready');
  }

  it('answers without Redis, honours STOP afterwards, and goes on when Redis returns', async () => {
    const person = '+15556660001';
    const stopper = '+15556660002';
    expect((await text(person, 'hi')).replies).toEqual([FAKE_REPLIES.welcome, FAKE_REPLIES.who]);
    expect((await text(person, '1')).replies).toEqual([FAKE_REPLIES.what]);
    expect((await request(server.url).get('/readyz')).status).toBe(200);

    await redisServer.stop({ save: true });

    const crisis = await text(person, 'I took too much, overdose');
    expect(crisis.status).toBe(200);
    expect(crisis.replies).toEqual([FAKE_REPLIES.crisis]);
    expect(crisis.ms).toBeLessThan(2_000);

    const ordinary = await text(person, '2');
    expect(ordinary.replies).toEqual([FAKE_REPLIES.trouble]);
    expect(ordinary.ms).toBeLessThan(2_000);

    expect((await text(person, 'HELP')).replies).toEqual([FAKE_REPLIES.help]);
    const stop = await text(stopper, 'STOP');
    expect(stop.status).toBe(200);
    expect(stop.replies).toEqual([]);
    expect(stop.ms).toBeLessThan(2_000);

    const notReady = await request(server.url).get('/readyz');
    expect(notReady.status).toBe(503);
    expect(notReady.body.reasons).toEqual(['session store does not answer']);
    expect(JSON.stringify(notReady.body)).not.toMatch(/redis:\/\/|password|127\.0\.0\.1/);

    await redisServer.start();
    await waitForReady();

    // The conversation goes on where it was before the outage.
    expect((await text(person, '2')).replies).toEqual([FAKE_REPLIES.done]);
    // The STOP answered during the outage was recorded once Redis was back: silence now.
    expect((await text(stopper, 'hi')).replies).toEqual([]);
    expect((await text(stopper, 'START')).replies).toEqual([FAKE_REPLIES.optIn]);
  });

  it('answers within 2 s while Redis hangs, and is ready again when it wakes', async () => {
    const person = '+15556660003';
    await waitForReady();
    expect((await text(person, 'hi')).replies).toEqual([FAKE_REPLIES.welcome, FAKE_REPLIES.who]);
    redisServer.pause();
    try {
      const crisis = await text(person, 'thinking about suicide');
      expect(crisis.replies).toEqual([FAKE_REPLIES.crisis]);
      expect(crisis.ms).toBeLessThan(2_000);
      const ordinary = await text(person, 'me');
      expect(ordinary.replies).toEqual([FAKE_REPLIES.trouble]);
      expect(ordinary.ms).toBeLessThan(2_000);
      expect((await request(server.url).get('/readyz')).status).toBe(503);
    } finally {
      redisServer.resume();
    }
    await waitForReady();
    expect((await text(person, 'me')).replies).toEqual([FAKE_REPLIES.what]);
  });
});
