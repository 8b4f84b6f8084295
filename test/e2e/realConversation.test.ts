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
let server: RunningServer;
// Registered before suiteRedis's clean-up, so it runs first: closing flushes the day's counts to
// Redis, and they would outlive a clean-up that ran before.
afterAll(async () => {
  await server?.close();
});
const { prefix } = suiteRedis('realConversation');

beforeAll(async () => {
  server = await startServer(testConfig({ REDIS_KEY_PREFIX: prefix, PORT: '0', DIRECTORY_REFRESH_MINUTES: '0' }));
}, 30_000);

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

describe('the hard moments of issue 12, as its Done-when asks, with other phrasings', () => {
  it('answers danger after a plain-language opt-out, then stays silent', async () => {
    const phone = '+15558880101';
    await text(phone, 'hello');
    expect(await text(phone, 'please dont message me again')).toMatch(/no more texts/);
    expect(await text(phone, 'i dont want to be alive anymore')).toMatch(/988/);
    expect(await text(phone, 'ok')).toBe('');
  });

  it('answers suicide mid-survey with no question, then checks in on "okay thank you"', async () => {
    const phone = '+15558880102';
    for (const answer of ['hi', '2', 'drugs']) await text(phone, answer);
    const crisis = await text(phone, 'honestly thinking about ending my life');
    expect(crisis).toMatch(/988/);
    expect(crisis).not.toMatch(/\?\n1 /);
    const checkIn = await text(phone, 'okay thank you');
    expect(checkIn).toMatch(/988/);
    expect(checkIn).toMatch(/MEETINGS/);
    expect(checkIn).not.toMatch(/\?\n1 /);
  });

  it('tells anyone who asks for a person, at any point, that the line is automated and how to reach one', async () => {
    const phone = '+15558880103';
    const asks = [
      'can i speak with an actual human',
      'me',
      'are you a real person??',
      'alcohol',
      'hablar con alguien por favor',
    ];
    const replies: string[] = [];
    for (const ask of asks) replies.push(await text(phone, ask));
    for (const i of [0, 2]) expect(replies[i]).toMatch(/automated.*988.*1-800-662-4357/s);
    expect(replies[4]).toMatch(/automatica.*988/s);
  });

  it('sends one notice for the 21st text in a minute, then nothing', async () => {
    const phone = '+15558880104';
    // The limit counts per clock minute: start early in one, so all 23 texts fall in it (half a minute for them, room
    // enough on a CI machine busy with other suites).
    const second = new Date().getUTCSeconds();
    if (second > 30) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    const replies: string[] = [];
    for (let i = 1; i <= 23; i++) replies.push(await text(phone, `just checking ${i}`));
    expect(replies[20]).toMatch(/Too many texts at once.*988/);
    expect(replies.slice(21)).toEqual(['', '']);
  }, 75_000);

  it('answers a signed call with spoken directions to 988', async () => {
    const res = await signedPost(server.url, '/voice', {
      CallSid: `CA${'3'.repeat(32)}`,
      From: '+15558880105',
      To: '+15005550006',
    });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<Say language="en-US">[^<]*988[^<]*<\/Say>/);
    expect(res.text).toMatch(/<Say language="es-MX">[^<]*988[^<]*<\/Say>/);
  });
});

describe('the real flows with Redis unreachable', () => {
  let downServer: RunningServer;
  beforeAll(async () => {
    // Nothing listens on this port: the server starts anyway (after a short wait) and answers without sessions.
    downServer = await startServer(
      testConfig({
        REDIS_URL: `redis://127.0.0.1:${await sparePort()}`,
        REDIS_KEY_PREFIX: prefix,
        PORT: '0',
        DIRECTORY_REFRESH_MINUTES: '0',
      }),
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

  it('still answers crisis words with 911/988, HELP, STOP, and anything else with the helpline, without waiting on the dead Redis', async () => {
    const crisis = await timedText('overdose');
    expect(crisis.text).toMatch(/988/);
    expect(crisis.text).toMatch(/911/);
    // With Redis down a text waits at most 1.2 s for it (REDIS_COMMAND_TIMEOUT_MS); ioredis's own retries would hold
    // it past Twilio's 15 s. 6 s tells the two apart even on a CI machine busy with other suites.
    expect(crisis.ms).toBeLessThan(6_000);
    const other = await timedText('where are meetings near 79101');
    expect(other.text).toMatch(/1-800-662-4357/);
    expect(other.ms).toBeLessThan(6_000);
    expect((await timedText('HELP')).text).not.toBe('');
    expect((await timedText('STOP')).text).toBe('');
    expect((await request(downServer.url).get('/readyz')).status).toBe(503);
  });
});
