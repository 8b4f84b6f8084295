import { loadConfig, type Config } from '../../src/config';
import { RedisServerProcess, sparePort } from './redisServerProcess';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from './twilioPost';

/**
 * A private redis-server on a spare port, started, and the line's settings over it for a chaos test: keys under
 * `prefix`, the test Twilio token and address, a port picked at start, and any `env` beside. The test stops the
 * server with `redisServer.destroy()`.
 */
export async function privateRedisLine(
  prefix: string,
  env: Record<string, string> = {},
  options: { persistent?: boolean } = {},
): Promise<{ redisServer: RedisServerProcess; config: Config }> {
  const redisServer = new RedisServerProcess(await sparePort(), options);
  await redisServer.start();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    REDIS_URL: redisServer.url,
    REDIS_KEY_PREFIX: prefix,
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    PUBLIC_URL: TEST_PUBLIC_URL,
    PHONE_HASH_SECRET: `${prefix}-test-secret-0123456789`,
    ...env,
  });
  return { redisServer, config };
}
