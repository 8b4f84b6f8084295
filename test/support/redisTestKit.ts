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

/**
 * The texters' Redis wait in tests, 5 s rather than production's 500 ms (and so a 12 s store budget, storeBudgetFor).
 * Jest runs every suite in one process, beside the servers and apps under test: a garbage collection of that
 * process's heap late in the run, or Playwright's work on the same event loop, can hold a reply past 500 ms, and the
 * text is answered "we are having trouble" as if Redis were down (a transcript test failed so in CI). What most tests
 * prove is the conversation or the console; the fail-fast wait is proved by the chaos tests, whose private Redis
 * runs on the production default (privateRedisLine).
 */
export const TEST_REDIS_WAIT = { REDIS_COMMAND_TIMEOUT_MS: '5000' };

/**
 * The settings a browser test's whole server runs on: keys under `prefix`, a port picked at start, no directory
 * refresh, `http://line.test` as its public address (the links `npm run staff` prints, which the test opens on
 * the real port), and the patient test wait of TEST_REDIS_WAIT.
 */
export function browserServerConfig(prefix: string): Config {
  return testConfig({
    REDIS_KEY_PREFIX: prefix,
    PUBLIC_URL: 'http://line.test',
    PORT: '0',
    DIRECTORY_REFRESH_MINUTES: '0',
  });
}

/** A Config for tests: signed requests required, a fixed hash secret, TEST_REDIS_WAIT, and `env` over them. */
export function testConfig(env: Record<string, string | undefined> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    REDIS_URL: TEST_REDIS_URL,
    TWILIO_AUTH_TOKEN: 'test-auth-token-0123456789abcdef',
    PUBLIC_URL: 'https://line.example.org',
    PHONE_HASH_SECRET: 'test-phone-hash-secret-0123456789',
    LOG_LEVEL: 'silent',
    ...TEST_REDIS_WAIT,
    ...env,
  });
}
