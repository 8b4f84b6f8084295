import request from 'supertest';
import { senderKeyFor } from '../../src/store/senderKey';
import { appOverRedis, capturingLogger } from '../support/appKit';
import { FAKE_REPLIES, type FakeSnapshot } from '../support/fakeEngine';
import { RedisSessionStore } from '../../src/store/redisSessionStore';
import type { SessionStore } from '../../src/store/sessionStore';
import { keysUnder, suiteRedis, testConfig } from '../support/redisTestKit';
import { messagesOf, signedPost, smsParams } from '../support/twilioPost';

const { prefix, redis } = suiteRedis('smsWebhook');
const config = testConfig({ REDIS_KEY_PREFIX: prefix, RATE_LIMIT_PER_MINUTE: '8' });
let phoneCounter = 0;
/** A fresh fake number per test, so tests never share a conversation. */
const newPhone = () =>
  `+1555${String(Date.now() % 1_000_000).padStart(6, '0')}${String(++phoneCounter).padStart(1, '0')}`.slice(0, 12);

describe('POST /sms', () => {
  it('walks a conversation and answers TwiML with one <Message> per reply', async () => {
    const { app } = appOverRedis(redis, config);
    const phone = newPhone();
    const first = await signedPost(app, '/sms', smsParams(phone, 'hi'));
    expect(first.status).toBe(200);
    // The headers Express' res.type('text/xml').send() gave, written by the route itself.
    expect(first.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(Number(first.headers['content-length'])).toBe(Buffer.byteLength(first.text));
    expect(messagesOf(first.text)).toEqual([FAKE_REPLIES.welcome, FAKE_REPLIES.who]);
    const second = await signedPost(app, '/sms', smsParams(phone, '1'));
    expect(messagesOf(second.text)).toEqual([FAKE_REPLIES.what]);
  });

  it('replays the saved reply when Twilio retries a MessageSid and advances once', async () => {
    const { app, store } = appOverRedis(redis, config);
    const phone = newPhone();
    await signedPost(app, '/sms', smsParams(phone, 'hi'));
    const params = smsParams(phone, 'me');
    const original = await signedPost(app, '/sms', params);
    const retry = await signedPost(app, '/sms', params);
    const retry2 = await signedPost(app, '/sms', params);
    expect(retry.text).toBe(original.text);
    expect(retry2.text).toBe(original.text);
    const state = await store.read(senderKeyFor(config.phoneHashSecret, phone));
    expect(state.version).toBe(2);
    expect((state.session?.snapshot as FakeSnapshot).count).toBe(2);
  });

  it('answers a retry that arrives while the original is still being handled with the same reply', async () => {
    const { app } = appOverRedis(redis, config);
    const phone = newPhone();
    const params = smsParams(phone, 'hi');
    const [a, b] = await Promise.all([signedPost(app, '/sms', params), signedPost(app, '/sms', params)]);
    expect(a.text).toBe(b.text);
    expect(messagesOf(a.text)).toEqual([FAKE_REPLIES.welcome, FAKE_REPLIES.who]);
  });

  it('loses and doubles nothing when ten texts from one number arrive at once', async () => {
    const redisStore = new RedisSessionStore(redis, { keyPrefix: prefix, sessionTtlSeconds: 3600 });
    let conflicts = 0;
    const countingStore: SessionStore = {
      ...bindAll(redisStore),
      commit: async (key, req) => {
        const result = await redisStore.commit(key, req);
        if (result.kind === 'conflict') conflicts += 1;
        return result;
      },
    };
    const { app, store } = appOverRedis(redis, testConfig({ REDIS_KEY_PREFIX: prefix, RATE_LIMIT_PER_MINUTE: '100' }), {
      store: countingStore,
    });
    const phone = newPhone();
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signedPost(app, '/sms', smsParams(phone, `text ${i}`))),
    );
    for (const r of responses) expect(r.status).toBe(200);
    const state = await store.read(senderKeyFor(config.phoneHashSecret, phone));
    expect(state.version).toBe(10);
    expect((state.session?.snapshot as FakeSnapshot).count).toBe(10);
    // Exactly one of the ten was the first text of the conversation.
    expect(responses.filter((r) => r.text.includes('Welcome')).length).toBe(1);
    // The texts really raced: some commits met a newer state and were recomputed.
    expect(conflicts).toBeGreaterThan(0);
  });

  it('gets the crisis reply first and carries on where the person was', async () => {
    const { app } = appOverRedis(redis, config);
    const phone = newPhone();
    await signedPost(app, '/sms', smsParams(phone, 'hi'));
    const crisis = await signedPost(app, '/sms', smsParams(phone, 'I think I might overdose'));
    expect(messagesOf(crisis.text)).toEqual([FAKE_REPLIES.crisis, FAKE_REPLIES.who]);
  });

  it('stays silent after STOP until START', async () => {
    const { app } = appOverRedis(redis, config);
    const phone = newPhone();
    await signedPost(app, '/sms', smsParams(phone, 'hi'));
    expect(messagesOf((await signedPost(app, '/sms', smsParams(phone, 'STOP'))).text)).toEqual([]);
    const silent = await signedPost(app, '/sms', smsParams(phone, 'hi'));
    expect(silent.status).toBe(200);
    expect(silent.text).toMatch(/<Response\s*\/>/);
    expect(messagesOf((await signedPost(app, '/sms', smsParams(phone, 'START'))).text)).toEqual([FAKE_REPLIES.optIn]);
  });

  it('erases everything on DELETE, leaving no key behind', async () => {
    const { app, store } = appOverRedis(redis, config);
    const phone = newPhone();
    const key = senderKeyFor(config.phoneHashSecret, phone);
    await signedPost(app, '/sms', smsParams(phone, 'hi'));
    await signedPost(app, '/sms', smsParams(phone, '1'));
    const erased = await signedPost(app, '/sms', smsParams(phone, 'FORGET ME'));
    expect(messagesOf(erased.text)).toEqual([FAKE_REPLIES.erased]);
    expect(await store.read(key)).toMatchObject({ session: undefined, optedOut: false, version: 0 });
    expect(await keysUnder(redis, `${prefix}{${key}}`)).toEqual([]);
  });

  it('passes empty text to the engine for a picture with no words', async () => {
    const { app } = appOverRedis(redis, config);
    const phone = newPhone();
    const params = smsParams(phone, '', {
      NumMedia: '1',
      MediaUrl0: 'https://api.twilio.com/x.jpg',
      MediaContentType0: 'image/jpeg',
    });
    delete (params as Record<string, string | undefined>).Body;
    const res = await signedPost(app, '/sms', params);
    expect(res.status).toBe(200);
    expect(messagesOf(res.text)).toEqual([FAKE_REPLIES.welcome, FAKE_REPLIES.who]);
  });

  it('takes a 1600-character body of four-byte emoji', async () => {
    const { app } = appOverRedis(redis, config);
    const res = await signedPost(app, '/sms', smsParams(newPhone(), '🙏🏽'.repeat(400)));
    expect(res.status).toBe(200);
    expect(messagesOf(res.text)).toEqual([FAKE_REPLIES.welcome, FAKE_REPLIES.who]);
  });

  it('answers 400 without From and changes nothing', async () => {
    const { lines, log } = capturingLogger();
    const { app } = appOverRedis(redis, config, { log });
    const params = smsParams('+15550000000', 'hi');
    delete (params as Record<string, string | undefined>).From;
    const res = await signedPost(app, '/sms', params);
    expect(res.status).toBe(400);
    expect(lines.filter((l) => JSON.parse(l).msg === 'text')).toEqual([]);
  });

  it('handles texts without a MessageSid, each one afresh', async () => {
    const { app, store } = appOverRedis(redis, config);
    const phone = newPhone();
    const params = smsParams(phone, 'hi');
    delete (params as Record<string, string | undefined>).MessageSid;
    await signedPost(app, '/sms', params);
    await signedPost(app, '/sms', params);
    expect((await store.read(senderKeyFor(config.phoneHashSecret, phone))).version).toBe(2);
  });

  it('only ever replies to From, never to a number written in the message', async () => {
    const { app } = appOverRedis(redis, config);
    const res = await signedPost(
      app,
      '/sms',
      smsParams(newPhone(), 'text +15551112222 instead', { To: '+15559998888' }),
    );
    expect(res.text).not.toMatch(/to=|<Redirect|<Dial/i);
    expect(res.text).not.toContain('15551112222');
  });

  it('writes one log line per text with sid, sender key, states, kind and ms', async () => {
    const { lines, log } = capturingLogger();
    const { app } = appOverRedis(redis, config, { log });
    const phone = newPhone();
    const params = smsParams(phone, 'hi');
    await signedPost(app, '/sms', params);
    const textLines = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'text');
    expect(textLines).toHaveLength(1);
    expect(textLines[0]).toMatchObject({
      sid: params.MessageSid,
      sender: senderKeyFor(config.phoneHashSecret, phone),
      before: 'start',
      after: 'who',
      kind: 'welcome',
    });
    expect(typeof textLines[0].ms).toBe('number');
  });
});

describe('rate limit per sender', () => {
  it('sends one notice for the first text over the limit, then empty TwiML; never limits crisis or STOP', async () => {
    const { app } = appOverRedis(redis, config); // 8 per minute
    const phone = newPhone();
    const answered: number[] = [];
    const notices: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await signedPost(app, '/sms', smsParams(phone, `message ${i}`));
      expect(res.status).toBe(200);
      answered.push(messagesOf(res.text).length);
      if (i === 8) notices.push(...messagesOf(res.text));
    }
    expect(answered.slice(0, 8).every((n) => n > 0)).toBe(true);
    expect(answered.slice(8)).toEqual([1, 0, 0, 0]);
    expect(notices[0]).toBe(FAKE_REPLIES.rateLimited);
    const crisis = await signedPost(app, '/sms', smsParams(phone, 'overdose'));
    expect(messagesOf(crisis.text)[0]).toBe(FAKE_REPLIES.crisis);
    await signedPost(app, '/sms', smsParams(phone, 'STOP'));
    await signedPost(app, '/sms', smsParams(phone, 'START'));
    // Still limited for ordinary texts this minute.
    const again = await signedPost(app, '/sms', smsParams(phone, 'anything'));
    expect(messagesOf(again.text)).toEqual([]);
  });

  it('sends the notice to the first limited text even when the first text over the limit was a crisis', async () => {
    const { app } = appOverRedis(redis, config); // 8 per minute
    const phone = newPhone();
    for (let i = 0; i < 8; i++) await signedPost(app, '/sms', smsParams(phone, `message ${i}`));
    const crisis = messagesOf((await signedPost(app, '/sms', smsParams(phone, 'overdose'))).text);
    expect(crisis[0]).toBe(FAKE_REPLIES.crisis);
    const notice = messagesOf((await signedPost(app, '/sms', smsParams(phone, 'ten'))).text);
    expect(notice).toEqual([FAKE_REPLIES.rateLimited]);
    expect(messagesOf((await signedPost(app, '/sms', smsParams(phone, 'eleven'))).text)).toEqual([]);
  });

  it('answers ordinary texts again in the next minute', async () => {
    let now = new Date('2026-11-26T10:00:05Z');
    const { app } = appOverRedis(redis, config, { clock: () => now });
    const phone = newPhone();
    for (let i = 0; i < 10; i++) await signedPost(app, '/sms', smsParams(phone, `x ${i}`));
    expect(messagesOf((await signedPost(app, '/sms', smsParams(phone, 'x'))).text)).toEqual([]);
    now = new Date('2026-11-26T10:01:05Z');
    expect(messagesOf((await signedPost(app, '/sms', smsParams(phone, 'x'))).text).length).toBeGreaterThan(0);
  });

  it('records STOP even when the sender is over the limit', async () => {
    const { app, store } = appOverRedis(redis, config);
    const phone = newPhone();
    for (let i = 0; i < 10; i++) await signedPost(app, '/sms', smsParams(phone, `spam ${i}`));
    await signedPost(app, '/sms', smsParams(phone, 'stop'));
    expect((await store.read(senderKeyFor(config.phoneHashSecret, phone))).optedOut).toBe(true);
  });

  it('stops answering another bot that auto-replies to every text', async () => {
    const { app } = appOverRedis(redis, config);
    const bot = newPhone();
    let lastReply = 'hi';
    let exchanges = 0;
    // The other bot answers each of our replies; the loop ends when we stop replying.
    for (let turn = 0; turn < 100; turn++) {
      const res = await signedPost(
        app,
        '/sms',
        smsParams(bot, `Auto-reply: thanks for your message "${lastReply.slice(0, 20)}"`),
      );
      const replies = messagesOf(res.text);
      if (replies.length === 0) break;
      exchanges += 1;
      lastReply = replies[0];
    }
    // Eight answers and the one notice, then silence for the rest of the minute.
    expect(exchanges).toBeLessThanOrEqual(9);
  });

  it('counts each sender on its own: one busy number does not limit another', async () => {
    const { app } = appOverRedis(redis, config);
    const busy = newPhone();
    for (let i = 0; i < 12; i++) await signedPost(app, '/sms', smsParams(busy, `x ${i}`));
    const other = await signedPost(app, '/sms', smsParams(newPhone(), 'hi'));
    expect(messagesOf(other.text).length).toBeGreaterThan(0);
  });
});

describe('health and readiness', () => {
  it('answers /healthz 200 and /readyz 200 when the store answers and flows are loaded', async () => {
    const { app } = appOverRedis(redis, config);
    expect((await request(app).get('/healthz')).status).toBe(200);
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(200);
  });

  it('answers /readyz 503 with a reason while flows are not loaded', async () => {
    const { app, engine } = appOverRedis(redis, config);
    engine.ready = false;
    const res = await request(app).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.reasons).toEqual(['flows are not loaded']);
  });

  it('answers unknown paths with 404 and malformed bodies with 4xx, never 5xx', async () => {
    const { app } = appOverRedis(redis, config);
    expect((await request(app).get('/nope')).status).toBe(404);
    const bad = await request(app).post('/sms').type('form').set('X-Twilio-Signature', 'x').send('%E0%A4%A=broken');
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
  });
});

/** The store's methods bound to it, so a test can wrap one of them. */
function bindAll(store: SessionStore): SessionStore {
  return {
    begin: store.begin.bind(store),
    commit: store.commit.bind(store),
    read: store.read.bind(store),
    setOptedOut: store.setOptedOut.bind(store),
    ping: store.ping.bind(store),
    close: store.close.bind(store),
    claimRateNotice: store.claimRateNotice.bind(store),
  };
}
