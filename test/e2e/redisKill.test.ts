import { startServer, type RunningServer } from '../../src/server';
import { capturingLogger } from '../support/appKit';
import { privateRedisLine } from '../support/privateRedis';
import type { RedisServerProcess } from '../support/redisServerProcess';
import { messagesOf, signedPost, smsParams } from '../support/twilioPost';

/**
 * redis-server is killed with SIGKILL in the middle of load, with the real engine, the real flows
 * and the bundled directory: every text still gets a 200 and an answer, crisis words the crisis
 * reply, and once Redis is back (from its append-only file, as production runs it) conversations
 * go on and a STOP sent during the outage is honoured.
 */
describe('redis-server killed mid-load', () => {
  let redisServer: RedisServerProcess;
  let server: RunningServer;

  beforeAll(async () => {
    const line = await privateRedisLine(
      'kill:',
      { RATE_LIMIT_PER_MINUTE: '1000', DIRECTORY_REFRESH_MINUTES: '0' },
      { persistent: true },
    );
    redisServer = line.redisServer;
    const config = line.config;
    server = await startServer(config, { log: capturingLogger('silent').log });
  });

  afterAll(async () => {
    await server?.close();
    await redisServer?.destroy();
  });

  const send = async (phone: string, body: string) => {
    const res = await signedPost(server.url, '/sms', smsParams(phone, body));
    return { status: res.status, replies: messagesOf(res.text) };
  };

  const waitForReady = async () => {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if ((await fetch(`${server.url}/readyz`)).status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('never became ready');
  };

  it('answers every text while Redis dies under load, then goes on from where people were', async () => {
    const texters = Array.from({ length: 12 }, (_, i) => `+1555888${String(i).padStart(4, '0')}`);
    for (const phone of texters) expect((await send(phone, 'hi')).replies.join(' ')).toMatch(/Who is the help for/);

    // Each texter keeps answering while, part-way through, Redis is killed without warning.
    const script = ['1', '1', 'no', '1', '79101', 'more', 'more', 'more'];
    let sent = 0;
    const killed = (async () => {
      while (sent < texters.length * 2) await new Promise((r) => setTimeout(r, 2));
      await redisServer.stop(); // SIGKILL
    })();
    const outcomes = await Promise.all(
      texters.map(async (phone) => {
        const seen: Array<{ status: number; replies: string[] }> = [];
        for (const body of script) {
          sent += 1;
          seen.push(await send(phone, body));
        }
        return seen;
      }),
    );
    await killed;
    for (const seen of outcomes) {
      for (const { status, replies } of seen) {
        expect(status).toBe(200);
        expect(replies.length).toBeGreaterThan(0);
      }
    }
    // Some texts were answered with the short "having trouble" reply that carries the helpline.
    expect(outcomes.flat().some(({ replies }) => replies.join(' ').includes('1-800-662-4357'))).toBe(true);

    const crisis = await send(texters[0], 'i took too many pills and cant wake him up, overdose');
    expect(crisis.replies.join(' ')).toMatch(/911/);
    expect((await send('+15558889999', 'STOP')).status).toBe(200);

    await redisServer.start();
    await waitForReady();
    // The STOP answered while Redis was dead was written once it came back.
    const deadline = Date.now() + 10_000;
    while ((await send('+15558889999', 'hi')).replies.length > 0) {
      if (Date.now() > deadline) throw new Error('the opt-out sent during the outage was lost');
      await new Promise((r) => setTimeout(r, 200));
    }
    // Conversations go on from the store again: answers come from the flow, not the outage reply.
    const again = await send(texters[1], 'more');
    expect(again.replies.length).toBeGreaterThan(0);
    expect(again.replies.join(' ')).not.toMatch(/having trouble/);
  });
});
