import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startServer } from '../../src/server';
import { capturingLogger } from '../support/appKit';
import { FAKE_REPLIES, createFakeEngine } from '../support/fakeEngine';
import { sparePort } from '../support/redisServerProcess';
import { messagesOf, smsParams } from '../support/twilioPost';

const fakeConversation = () => {
  const engine = createFakeEngine();
  return { engine: () => engine, close: async () => {} };
};

describe('startServer', () => {
  it('runs on in-memory sessions without REDIS_URL and says loudly that it is not for production', async () => {
    const { log, lines } = capturingLogger('info');
    const server = await startServer(loadConfig({ PORT: '0' }), { log, conversation: fakeConversation() });
    try {
      const warnings = lines
        .map((l) => JSON.parse(l))
        .filter((l) => l.level === 40)
        .map((l) => l.msg);
      expect(warnings.join('\n')).toMatch(/REDIS_URL is not set.*NOT FOR PRODUCTION/);
      expect(warnings.join('\n')).toMatch(/TWILIO_AUTH_TOKEN is not set.*UNSIGNED/);
      expect(warnings.join('\n')).toMatch(/PHONE_HASH_SECRET is the development default/);
      // Unsigned requests are accepted for local trying, and the conversation keeps its place in memory.
      const first = await request(server.url).post('/sms').type('form').send(smsParams('+15551230001', 'hi'));
      expect(messagesOf(first.text)).toEqual([FAKE_REPLIES.welcome, FAKE_REPLIES.who]);
      const second = await request(server.url).post('/sms').type('form').send(smsParams('+15551230001', '1'));
      expect(messagesOf(second.text)).toEqual([FAKE_REPLIES.what]);
      const ready = await request(server.url).get('/readyz');
      expect(ready.status).toBe(200);
      // Still ready, but /readyz says what a restart would forget.
      expect(ready.body.reasons).toEqual([expect.stringMatching(/opt-outs are kept in this process memory/)]);
    } finally {
      await server.close();
    }
  });

  it('starts while Redis is unreachable, and never logs the Redis URL with its password', async () => {
    const { log, lines } = capturingLogger('info');
    const port = await sparePort();
    const server = await startServer(
      loadConfig({
        PORT: '0',
        REDIS_URL: `redis://:s3cretPassw0rd@127.0.0.1:${port}/0`,
        TWILIO_AUTH_TOKEN: 'tok-0123456789',
        PUBLIC_URL: 'https://line.example.org',
        PHONE_HASH_SECRET: 'a-real-secret-0123456789',
      }),
      { log, conversation: fakeConversation() },
    );
    try {
      expect(lines.join('\n')).not.toContain('s3cretPassw0rd');
      expect(lines.join('\n')).not.toContain('tok-0123456789');
      expect(lines.join('\n')).toContain(`redis://127.0.0.1:${port}`);
      expect(lines.join('\n')).toMatch(/Redis unavailable/);
      expect((await request(server.url).get('/readyz')).status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it('refuses to start in production without the secrets (config enforces it)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TWILIO_AUTH_TOKEN.*required/s);
  });
});
