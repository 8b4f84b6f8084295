import { randomBytes } from 'node:crypto';
import IORedis, { type Redis } from 'ioredis';
import { loadConfig, type Config } from '../../src/config';

/** The shared test Redis (REDIS_URL, default 127.0.0.1:6379). */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix nobody else uses, so tests never touch other suites' keys. */
export function uniquePrefix(name: string): string {
  return `rtltest:${name}:${randomBytes(4).toString('hex')}:`;
}

/** A plain client to the shared test Redis (tests close it). */
export function testRedis(): Redis {
  return new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
}

/**
 * A suite's own client to the shared test Redis and a key prefix nobody else uses; after the
 * suite, its keys are deleted and the client closed. Call it at the top of a test file.
 */
export function suiteRedis(name: string): { prefix: string; redis: Redis } {
  const prefix = uniquePrefix(name);
  const redis = testRedis();
  afterAll(async () => {
    await deleteKeysUnder(redis, prefix);
    await redis.quit();
  });
  return { prefix, redis };
}

/** Every key under `prefix` (SCAN, never KEYS). */
export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

/** Deletes only this suite's keys. */
export async function deleteKeysUnder(redis: Redis, prefix: string): Promise<void> {
  const keys = await keysUnder(redis, prefix);
  for (let i = 0; i < keys.length; i += 200) await redis.del(...keys.slice(i, i + 200));
}

/** A Config for tests: signed requests required, a fixed hash secret, the given prefix. */
export function testConfig(env: Record<string, string | undefined> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    REDIS_URL: TEST_REDIS_URL,
    TWILIO_AUTH_TOKEN: 'test-auth-token-0123456789abcdef',
    PUBLIC_URL: 'https://line.example.org',
    PHONE_HASH_SECRET: 'test-phone-hash-secret-0123456789',
    LOG_LEVEL: 'silent',
    ...env,
  });
}
