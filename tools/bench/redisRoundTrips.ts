import type { Redis } from 'ioredis';
import { deleteByPrefix } from './deleteByPrefix';
import IORedis from 'ioredis';
import twilio from 'twilio';
import type { Config } from '../../src/config';
import { createLogger } from '../../src/log/logger';
import { startServer } from '../../src/server';
import { FAIL_FAST_OPTIONS } from '../../src/store/redisClient';
import { RedisSessionStore } from '../../src/store/redisSessionStore';
import { CONVERSATION } from './webhookLoad';

/** Redis round trips the webhook made, per inbound text, over whole conversations. */
export interface RoundTripResult {
  texts: number;
  roundTrips: number;
  perText: number;
}

/**
 * Counts every command the client sends to Redis. ioredis routes each command (a script call
 * included) through `sendCommand`, and the store uses neither pipelines nor MULTI, so one call is
 * one round trip. The EVAL fallback after a NOSCRIPT would count as a second, as it should.
 */
function countCommands(client: Redis): { count: () => number } {
  let calls = 0;
  const original = client.sendCommand.bind(client);
  client.sendCommand = ((...args: Parameters<Redis['sendCommand']>) => {
    calls += 1;
    return original(...args);
  }) as Redis['sendCommand'];
  return { count: () => calls };
}

/**
 * Runs `conversations` whole conversations (welcome → answers → ZIP → results → MORE) through
 * the real webhook, in process, on a Redis store whose client counts its commands.
 */
export async function measureRoundTrips(config: Config, conversations = 20): Promise<RoundTripResult> {
  const client = new IORedis(config.redisUrl ?? 'redis://127.0.0.1:6379', FAIL_FAST_OPTIONS);
  // No offline queue (fail fast, as in production): wait for the connection before the first command.
  await new Promise<void>((resolve, reject) => {
    client.once('ready', resolve);
    client.once('error', reject);
  });
  const store = new RedisSessionStore(client, {
    keyPrefix: config.redisKeyPrefix,
    sessionTtlSeconds: config.sessionTtlSeconds,
  });
  const server = await startServer({ ...config, port: 0 }, { store, log: createLogger('silent') });
  try {
    // The first text loads the Lua scripts (EVALSHA miss → EVAL); count a warm server, as production runs.
    await sendText(server.port, config, '+15559990000', 'hi', 'SMwarmup0');
    const counter = countCommands(client);
    let texts = 0;
    for (let c = 0; c < conversations; c++) {
      const phone = `+1555888${String(c).padStart(4, '0')}`;
      for (const [step, body] of CONVERSATION.entries()) {
        await sendText(server.port, config, phone, body, `SMrt${c}x${step}`);
        texts += 1;
      }
    }
    return { texts, roundTrips: counter.count(), perText: counter.count() / texts };
  } finally {
    await server.close();
    await deleteByPrefix(client, config.redisKeyPrefix);
    client.disconnect();
  }
}

async function sendText(port: number, config: Config, from: string, body: string, sid: string): Promise<void> {
  const url = `${config.publicUrl}/sms`;
  const params = { MessageSid: sid, AccountSid: 'ACbench', From: from, To: '+15550000000', Body: body, NumMedia: '0' };
  const res = await fetch(`http://127.0.0.1:${port}/sms`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(config.twilioAuthToken ?? '', url, params),
    },
    body: new URLSearchParams(params).toString(),
  });
  if (res.status !== 200) throw new Error(`the webhook answered ${res.status} during the round-trip count`);
  await res.text();
}
