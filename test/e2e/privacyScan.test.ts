import request from 'supertest';
import twilio from 'twilio';
import { createApp } from '../../src/http/app';
import { SessionStoreError, type SessionStore } from '../../src/store/sessionStore';
import type { Config } from '../../src/config';
import type { Logger } from '../../src/log/logger';
import { RedisSessionStore } from '../../src/store/redisSessionStore';
import { RedisStatsStore } from '../../src/analytics/statsStore';
import { TextTally } from '../../src/analytics/textTally';
import { wireConversation, type Conversation } from '../../src/server';
import { capturingLogger } from '../support/appKit';
import { createFakeEngine } from '../support/fakeEngine';
import { keysUnder, suiteRedis, testConfig } from '../support/redisTestKit';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, signedPost, smsParams } from '../support/twilioPost';
import { wireConsole } from '../../src/console/wireConsole';
import { sessionCookie, signIn, VIA_HTTPS } from '../support/consoleKit';

const { prefix, redis } = suiteRedis('privacyScan');

const PHONES = ['+15557771234', '+15557779876', '+442079460958'];
const TO = '+15005550006';
const MARK = 'ZQXMARK';

/** Every form in which a number might leak: E.164, without +, national digits. */
function phoneForms(phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  return [phone, digits, digits.slice(-10), encodeURIComponent(phone)];
}

/** Every value stored under the prefix, whatever its type. */
async function everyValue(keys: string[]): Promise<string[]> {
  const values: string[] = [];
  for (const key of keys) {
    const type = await redis.type(key);
    if (type === 'string') values.push((await redis.get(key)) ?? '');
    else if (type === 'hash') values.push(...Object.entries(await redis.hgetall(key)).flat());
    else if (type === 'set') values.push(...(await redis.smembers(key)));
    else values.push(`unexpected type ${type}`);
  }
  return values;
}

const fakeConversation = async (): Promise<Conversation> => {
  const engine = createFakeEngine();
  return { engine: () => engine, close: async () => {} };
};

describe.each([
  ['the fake engine', fakeConversation],
  ['the real flows and directory', (config: Config, log: Logger) => wireConversation(config, log)],
])('privacy scan with %s', (_name, makeConversation) => {
  it('puts no phone number, message body or signature in any log line, Redis key or Redis value', async () => {
    const { log, lines } = capturingLogger('trace');
    const config = testConfig({
      REDIS_KEY_PREFIX: prefix,
      LOG_LEVEL: 'trace',
      DIRECTORY_REFRESH_MINUTES: '0',
      METRICS_TOKEN: 'privacy-scan-metrics-token',
    });
    const conversation = await makeConversation(config, log);
    const engine = conversation.engine();
    const store = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 3600 });
    // The staff's numbers and /metrics are scanned too: counts only, never a number or a body.
    const tally = new TextTally();
    const stats = new RedisStatsStore(redis, prefix);
    const app = createApp({
      config,
      log,
      engine: conversation.engine,
      store,
      observers: [(handled, _ms, at) => tally.observe(handled, at)],
    });
    lines.length = 0; // only what handling texts logs (flow and directory loading logs no person)
    const signatures: string[] = [];
    const bodies: string[] = [];
    let i = 0;
    const send = async (phone: string, words: string, options: { forge?: boolean } = {}) => {
      const body = `${words} ${MARK}${++i}`;
      bodies.push(`${MARK}${i}`);
      const params = smsParams(phone, body, { To: TO, FromCity: 'AMARILLO', FromZip: '79101' });
      signatures.push(twilio.getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/sms`, params));
      return signedPost(app, '/sms', params, options.forge ? { authToken: 'forged-token' } : {});
    };

    for (const phone of PHONES) {
      await send(phone, 'hi there');
      await send(phone, '1');
      await send(phone, '2');
      await send(phone, 'Amarillo TX');
      await send(phone, '79101');
      await send(phone, 'I might overdose tonight');
      await send(phone, `call me at ${phone}`);
      await send(phone, 'STOP');
      await send(phone, 'START');
      await send(phone, 'stop', { forge: true });
    }
    await send(PHONES[0], 'DELETE');
    // A request with the number but no valid shape: missing From is refused without logging params.
    await request(app)
      .post('/sms')
      .type('form')
      .send({ To: PHONES[1], Body: `${MARK}x` });
    bodies.push(`${MARK}x`);

    // The same through a store that is down (the chaos test covers a real dead Redis): the fallback path logs too.
    const deadApp = createApp({ config, log, engine: () => engine, store: new UnavailableStore() });
    const fallbackParams = smsParams(PHONES[2], `overdose ${MARK}fallback`, { To: TO });
    bodies.push(`${MARK}fallback`);
    signatures.push(twilio.getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/sms`, fallbackParams));
    const fallback = await signedPost(deadApp, '/sms', fallbackParams);
    expect(fallback.status).toBe(200);
    await request(deadApp).get('/readyz');

    // A failed delivery reported by Twilio's status callback names the number in To.
    const statusParams = {
      MessageSid: 'SM00000000000000000000000000000001',
      MessageStatus: 'undelivered',
      ErrorCode: '30003',
      To: PHONES[1],
      From: TO,
    };
    signatures.push(twilio.getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/sms/status`, statusParams));
    expect((await signedPost(app, '/sms/status', statusParams)).status).toBe(204);
    await stats.add(tally.drain());
    const metrics = await request(app).get('/metrics').set('authorization', 'Bearer privacy-scan-metrics-token');
    expect(metrics.text).toContain('textline_delivery_failures_total{error_code="30003"} 1');

    const keys = await keysUnder(redis, prefix);
    const values = await everyValue(keys);
    expect(keys.length).toBeGreaterThan(5); // there is something to scan
    expect(keys.some((k) => k.includes('{stats}:day:'))).toBe(true);
    expect(lines.length).toBeGreaterThan(20);

    const haystacks: Array<[string, string]> = [
      ...lines.map((l): [string, string] => ['log line', l]),
      ...keys.map((k): [string, string] => ['Redis key', k]),
      ...values.map((v): [string, string] => ['Redis value', v]),
      ['/metrics', metrics.text],
    ];
    const needles = [...PHONES.flatMap(phoneForms), ...phoneForms(TO), ...bodies, ...signatures, 'AMARILLO', MARK];
    const leaks = haystacks.flatMap(([where, text]) =>
      needles.filter((n) => text.includes(n)).map((n) => `${where} contains ${n}: ${text.slice(0, 200)}`),
    );
    expect(leaks).toEqual([]);
    await conversation.close();
  });
});

/** A store whose Redis is gone: every call fails the way RedisSessionStore does then. */
class UnavailableStore implements SessionStore {
  private fail(operation: SessionStoreError['operation']): never {
    throw new SessionStoreError(operation, new Error("Stream isn't writeable and enableOfflineQueue options is false"));
  }
  async begin(): Promise<never> {
    return this.fail('begin');
  }
  async commit(): Promise<never> {
    return this.fail('commit');
  }
  async read(): Promise<never> {
    return this.fail('read');
  }
  async setOptedOut(): Promise<never> {
    return this.fail('setOptedOut');
  }
  async claimRateNotice(): Promise<never> {
    return this.fail('claimRateNotice');
  }
  async ping(): Promise<never> {
    return this.fail('ping');
  }
  async close(): Promise<void> {}
}

describe('privacy scan of staff data', () => {
  it('puts no staff e-mail, password, sign-in link token, session id or cookie in any log line or Redis key', async () => {
    const { log, lines } = capturingLogger('trace');
    const staffPrefix = `${prefix}staff:`;
    const config = testConfig({ REDIS_KEY_PREFIX: staffPrefix, LOG_LEVEL: 'trace' });
    const staff = wireConsole(config, log, redis);
    const engine = createFakeEngine();
    const store = new RedisSessionStore(redis, { keyPrefix: staffPrefix, sessionTtlSeconds: 3600 });
    const app = createApp({ config, log, engine: () => engine, store, console: staff.router });
    const email = 'Private.Person@County-Health.example';
    const password = 'my very private passphrase';
    const account = await staff.accounts.add(email, 'admin');
    const token = await staff.accounts.issueLink(account.id);

    const page = await request(app).get(`/console/set-password?token=${token}`).set(VIA_HTTPS);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    const set = await request(app)
      .post('/console/set-password')
      .set(VIA_HTTPS)
      .set('Cookie', sessionCookie(page)!)
      .type('form')
      .send({ _csrf: csrf, token, password, confirm: password });
    expect(set.status).toBe(303);
    const cookies = [sessionCookie(page)!, sessionCookie(set)!];
    const wrong = await signIn(app, email, 'a wrong private guess');
    expect(wrong.res.status).toBe(401);
    const right = await signIn(app, email, password);
    expect(right.res.status).toBe(303);
    cookies.push(right.session.cookie);
    await request(app).get('/console/accounts').set('Cookie', right.session.cookie);
    await request(app).get('/console/audit').set('Cookie', right.session.cookie);

    const keys = await keysUnder(redis, staffPrefix);
    expect(keys.length).toBeGreaterThan(2);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const sids = cookies.map((c) => decodeURIComponent(c.split('=')[1]).replace(/^s:/, '').split('.')[0]);
    const needles = [
      email,
      email.toLowerCase(),
      'private.person',
      password,
      'a wrong private guess',
      token,
      ...cookies,
      ...sids,
    ];
    const haystacks: Array<[string, string]> = [
      ...lines.map((l): [string, string] => ['log line', l]),
      ...keys.map((k): [string, string] => ['Redis key', k]),
    ];
    const leaks = haystacks.flatMap(([where, text]) =>
      needles.filter((n) => text.toLowerCase().includes(n.toLowerCase())).map((n) => `${where} contains ${n}: ${text}`),
    );
    expect(leaks).toEqual([]);
    // The audit log names the account by id only.
    const audit = JSON.stringify(await staff.audit.recent());
    expect(audit).toContain(account.id);
    expect(audit.toLowerCase()).not.toContain('private.person');
  });
});
