import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { Redis } from 'ioredis';
import type { ConversationEngine } from '../../src/engine/types';
import { appOverRedis } from '../support/appKit';
import { createFakeEngine } from '../support/fakeEngine';
import { deleteKeysUnder, testConfig, testRedis, uniquePrefix } from '../support/redisTestKit';
import { messagesOf, signedPost } from '../support/twilioPost';

const prefix = uniquePrefix('smsProperty');
const config = testConfig({ REDIS_KEY_PREFIX: prefix, RATE_LIMIT_PER_MINUTE: '1000000' });
let redis: Redis;

/**
 * An engine that answers with what it was sent (twice, once doubled): only in this test, to put
 * any Unicode, markup and length into replies and prove the TwiML stays valid and short enough.
 */
function parrotEngine(): ConversationEngine {
  const fake = createFakeEngine();
  return {
    ...fake,
    step: (input) => ({ ...fake.step(input), replies: [input.text, input.text + input.text] }),
  };
}

// What a TwiML messaging response may look like: a declaration, then <Response/> or Messages of
// escaped text. `<Message>` with no attributes: no `to=`, so Twilio only ever answers From.
const TWIML = /^<\?xml version="1\.0" encoding="UTF-8"\?><Response(?:\/>|>(?:<Message>[^<]*<\/Message>)+<\/Response>)$/;
const BAD_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const emoji = fc.constantFrom('😀', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇺🇸', '❤️', '🙏🏽', '\u200d', '\ufe0f', 'é', 'ñ', '中', '\u202e');
const body = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 1600 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(emoji, { maxLength: 800 }).map((parts) => parts.join('')),
  fc.constantFrom(
    '',
    ' ',
    'STOP',
    'stop please',
    'overdose',
    'HELP',
    'DELETE',
    '<Message to="+15551234567">x</Message>',
    ']]>',
    '&amp;&',
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 1600 }),
);
const params = fc.record(
  {
    From: fc.integer({ min: 2_000_000, max: 2_000_050 }).map((n) => `+1555${n}`),
    Body: body,
    MessageSid: fc.option(fc.stringMatching(/^SM[0-9a-f]{32}$/), { nil: undefined }),
    NumMedia: fc.option(fc.oneof(fc.constantFrom('0', '1', '10', '-1', 'lots', ''), fc.nat().map(String)), {
      nil: undefined,
    }),
    extra: fc.dictionary(
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }).map((k) => `X${k}`),
      fc.string({ maxLength: 40 }),
      { maxKeys: 5 },
    ),
  },
  { requiredKeys: ['From', 'Body', 'extra'] },
);

function toForm(p: {
  From: string;
  Body: string;
  MessageSid?: string;
  NumMedia?: string;
  extra: Record<string, string>;
}): Record<string, string> {
  const form: Record<string, string> = { ...p.extra, From: p.From, To: '+15005550006', Body: p.Body };
  if (p.MessageSid !== undefined) form.MessageSid = p.MessageSid;
  if (p.NumMedia !== undefined) form.NumMedia = p.NumMedia;
  return form;
}

describe.each([
  ['the conversation engine contract (fake engine)', () => createFakeEngine()],
  ['an engine that puts the body into its replies', parrotEngine],
])('POST /sms with any body, through %s', (_name, makeEngine) => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    redis ??= testRedis();
    const { app } = appOverRedis(redis, config, { engine: makeEngine() as ReturnType<typeof createFakeEngine> });
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('never answers 5xx, always valid TwiML, every <Message> at most 1600 characters', async () => {
    await fc.assert(
      fc.asyncProperty(params, async (p) => {
        const res = await signedPost(url, '/sms', toForm(p));
        expect(res.status).toBe(200);
        expect(res.text).toMatch(TWIML);
        expect(res.text).not.toMatch(BAD_ENTITY);
        expect(res.text).not.toMatch(NOT_XML);
        for (const message of messagesOf(res.text)) expect(message.length).toBeLessThanOrEqual(1600);
      }),
      { numRuns: 1500 },
    );
  });
});

afterAll(async () => {
  await deleteKeysUnder(redis, prefix);
  await redis.quit();
});
