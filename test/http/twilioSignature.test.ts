import request from 'supertest';
import twilio from 'twilio';
import { senderKeyFor } from '../../src/store/senderKey';
import { appOverRedis, capturingLogger } from '../support/appKit';
import { keysUnder, suiteRedis, testConfig } from '../support/redisTestKit';
import { TEST_AUTH_TOKEN, messagesOf, signedPost, smsParams } from '../support/twilioPost';

const { prefix, redis } = suiteRedis('twilioSignature');
let n = 0;
const newPhone = () => `+1555300${String(Date.now() % 1000).padStart(3, '0')}${++n}`.slice(0, 12);

async function keysOfSender(phone: string, secret: string): Promise<string[]> {
  return keysUnder(redis, `${prefix}{${senderKeyFor(secret, phone)}}`);
}

describe('Twilio signature on POST /sms', () => {
  const config = testConfig({ REDIS_KEY_PREFIX: prefix });

  it('accepts a request signed by twilio for PUBLIC_URL + path', async () => {
    const { app } = appOverRedis(redis, config);
    const res = await signedPost(app, '/sms', smsParams(newPhone(), 'hi'));
    expect(res.status).toBe(200);
    expect(messagesOf(res.text).length).toBeGreaterThan(0);
  });

  it('answers 403 to a forged signature, changes no state, sends nothing, and logs no signature', async () => {
    const { log, lines } = capturingLogger();
    const { app } = appOverRedis(redis, config, { log });
    const phone = newPhone();
    const forged = await signedPost(app, '/sms', smsParams(phone, 'STOP'), { authToken: 'not-the-real-token' });
    expect(forged.status).toBe(403);
    expect(forged.text).not.toContain('<Message');
    expect(await keysOfSender(phone, config.phoneHashSecret)).toEqual([]);
    const signature = twilio.getExpectedTwilioSignature('not-the-real-token', 'https://line.example.org/sms', {});
    expect(lines.join('\n')).not.toContain(signature.slice(0, 10));
    expect(lines.some((l) => JSON.parse(l).msg.includes('signature'))).toBe(true);
  });

  it('answers 403 when parameters were changed after signing', async () => {
    const { app } = appOverRedis(redis, config);
    const params = smsParams(newPhone(), 'hi');
    const signature = twilio.getExpectedTwilioSignature(TEST_AUTH_TOKEN, 'https://line.example.org/sms', params);
    const res = await request(app)
      .post('/sms')
      .type('form')
      .set('X-Twilio-Signature', signature)
      .send({ ...params, Body: 'STOP' });
    expect(res.status).toBe(403);
  });

  it('answers 403 to a missing signature and changes no state', async () => {
    const { app } = appOverRedis(redis, config);
    const phone = newPhone();
    const res = await request(app).post('/sms').type('form').send(smsParams(phone, 'hi'));
    expect(res.status).toBe(403);
    expect(await keysOfSender(phone, config.phoneHashSecret)).toEqual([]);
  });

  it('validates the query string Twilio was given as part of the URL', async () => {
    const { app } = appOverRedis(redis, config);
    const params = smsParams(newPhone(), 'hi');
    const ok = await signedPost(app, '/sms?line=rural&x=1', params, {
      signedUrl: 'https://line.example.org/sms?line=rural&x=1',
    });
    expect(ok.status).toBe(200);
    const stripped = await signedPost(app, '/sms?line=rural&x=1', smsParams(newPhone(), 'hi'), {
      signedUrl: 'https://line.example.org/sms',
    });
    expect(stripped.status).toBe(403);
  });

  it('validates against a PUBLIC_URL with a port and a path prefix', async () => {
    const withPort = testConfig({ REDIS_KEY_PREFIX: prefix, PUBLIC_URL: 'https://line.example.org:8443/textline' });
    const { app } = appOverRedis(redis, withPort);
    const ok = await signedPost(app, '/sms', smsParams(newPhone(), 'hi'), {
      signedUrl: 'https://line.example.org:8443/textline/sms',
    });
    expect(ok.status).toBe(200);
    // twilio's validateRequest also tries the URL without its port, so that variant passes too.
    const withoutPort = await signedPost(app, '/sms', smsParams(newPhone(), 'hi'), {
      signedUrl: 'https://line.example.org/textline/sms',
    });
    expect(withoutPort.status).toBe(200);
    const withoutPrefix = await signedPost(app, '/sms', smsParams(newPhone(), 'hi'), {
      signedUrl: 'https://line.example.org:8443/sms',
    });
    expect(withoutPrefix.status).toBe(403);
    const otherHost = await signedPost(app, '/sms', smsParams(newPhone(), 'hi'), {
      signedUrl: 'https://other.example.org:8443/textline/sms',
    });
    expect(otherHost.status).toBe(403);
  });

  it('accepts the default port written or not, as twilio itself does', async () => {
    const { app } = appOverRedis(redis, config);
    const res = await signedPost(app, '/sms', smsParams(newPhone(), 'hi'), {
      signedUrl: 'https://line.example.org:443/sms',
    });
    expect(res.status).toBe(200);
  });

  it('ignores X-Forwarded-* headers behind a proxy: PUBLIC_URL decides what is validated', async () => {
    const { app } = appOverRedis(redis, config);
    const proxyHeaders = {
      'X-Forwarded-Host': 'evil.example.com',
      'X-Forwarded-Proto': 'http',
      'X-Forwarded-Port': '8080',
      'X-Forwarded-Prefix': '/other',
    };
    const signedForPublicUrl = await signedPost(app, '/sms', smsParams(newPhone(), 'hi'), { headers: proxyHeaders });
    expect(signedForPublicUrl.status).toBe(200);
    const phone = newPhone();
    const signedForForwardedUrl = await signedPost(app, '/sms', smsParams(phone, 'STOP'), {
      headers: proxyHeaders,
      signedUrl: 'http://evil.example.com:8080/sms',
    });
    expect(signedForForwardedUrl.status).toBe(403);
    expect(await keysOfSender(phone, config.phoneHashSecret)).toEqual([]);
  });

  it('accepts unsigned requests when no auth token is configured (local trying only)', async () => {
    const unsigned = testConfig({ REDIS_KEY_PREFIX: prefix, TWILIO_AUTH_TOKEN: undefined });
    expect(unsigned.twilioAuthToken).toBeUndefined();
    const { app } = appOverRedis(redis, unsigned);
    const res = await request(app).post('/sms').type('form').send(smsParams(newPhone(), 'hi'));
    expect(res.status).toBe(200);
    expect(messagesOf(res.text).length).toBeGreaterThan(0);
  });
});
