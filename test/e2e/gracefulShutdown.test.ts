import http from 'node:http';
import twilio from 'twilio';
import { startChildServer } from '../support/childServer';
import { suiteRedis, TEST_REDIS_URL } from '../support/redisTestKit';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, messagesOf, smsParams } from '../support/twilioPost';

const { prefix } = suiteRedis('gracefulShutdown');

/** Sends the headers and half the body of a signed POST /sms; returns how to send the rest and the response. */
function startSlowPost(url: string, params: Record<string, string>) {
  const body = new URLSearchParams(params).toString();
  const signature = twilio.getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/sms`, params);
  const req = http.request(`${url}/sms`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(body),
      'x-twilio-signature': signature,
    },
  });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { finish: () => req.end(body.slice(half)), response };
}

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the request in flight, refuses new ones, closes Redis and exits 0', async () => {
    const server = await startChildServer('test/support/fakeEngineServer.ts', {
      NODE_ENV: 'test',
      PORT: '0',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
      PUBLIC_URL: TEST_PUBLIC_URL,
      PHONE_HASH_SECRET: 'shutdown-test-secret-0123456789',
      LOG_LEVEL: 'info',
    });
    const inFlight = startSlowPost(server.url, smsParams('+15554440001', 'hi'));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the server has the headers and is waiting for the body
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // New connections are refused while the old request is still open.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    inFlight.finish();
    const res = await inFlight.response;
    expect(res.status).toBe(200);
    expect(messagesOf(res.text).length).toBeGreaterThan(0);
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    const logged = server.stdout.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l).msg);
    expect(logged).toEqual(expect.arrayContaining(['shutting down: finishing requests in flight', 'text', 'stopped']));
  });

  it('exits 0 at once on SIGTERM when idle', async () => {
    const server = await startChildServer('test/support/fakeEngineServer.ts', {
      NODE_ENV: 'test',
      PORT: '0',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
      PUBLIC_URL: TEST_PUBLIC_URL,
      PHONE_HASH_SECRET: 'shutdown-test-secret-0123456789',
      LOG_LEVEL: 'silent',
    });
    // A keep-alive connection left open must not hold the shutdown.
    const agent = new http.Agent({ keepAlive: true });
    await new Promise((resolve) =>
      http.get(`${server.url}/healthz`, { agent }, (res) => res.resume().on('end', resolve)),
    );
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(3_000);
    agent.destroy();
  });

  it('does the same for the real entry, src/server.ts with the real flows and directory', async () => {
    const server = await startChildServer('src/server.ts', {
      NODE_ENV: 'test',
      PORT: '0',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
      PUBLIC_URL: TEST_PUBLIC_URL,
      PHONE_HASH_SECRET: 'shutdown-test-secret-0123456789',
      LOG_LEVEL: 'info',
      DIRECTORY_REFRESH_MINUTES: '0',
    });
    const inFlight = startSlowPost(server.url, smsParams('+15554440002', 'hi'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    inFlight.finish();
    const res = await inFlight.response;
    expect(res.status).toBe(200);
    expect(messagesOf(res.text).join('\n')).toMatch(/988/);
    expect(await server.exited).toBe(0);
  });
});
