import type { Redis } from 'ioredis';
import { loadConfig } from '../../src/config';
import { createRedis, describeRedis, STAFF_OPTIONS } from '../../src/store/redisClient';
import { TEST_REDIS_URL } from '../support/redisTestKit';

describe('createRedis', () => {
  it('builds a fail-fast client for REDIS_URL: 500 ms commands, one retry, no offline queue, endless reconnects', async () => {
    const client = createRedis(loadConfig({ REDIS_URL: TEST_REDIS_URL })) as Redis;
    try {
      expect(client.options).toMatchObject({ commandTimeout: 500, maxRetriesPerRequest: 1, enableOfflineQueue: false });
      const retry = client.options.retryStrategy!;
      expect([1, 5, 50, 10_000].map((n) => retry(n))).toEqual([100, 1_600, 2_000, 2_000]);
      await new Promise((resolve) => client.once('ready', resolve));
      expect(await client.ping()).toBe('PONG');
    } finally {
      client.disconnect();
    }
  });

  it('gives texters the command wait REDIS_COMMAND_TIMEOUT_MS sets (100 to 10000 ms), and staff their 5 s whatever it is', () => {
    const config = loadConfig({ REDIS_URL: TEST_REDIS_URL, REDIS_COMMAND_TIMEOUT_MS: '1500' });
    const texters = createRedis(config) as Redis;
    const staff = createRedis(config, STAFF_OPTIONS) as Redis;
    try {
      expect(texters.options).toMatchObject({ commandTimeout: 1_500, enableOfflineQueue: false });
      expect(staff.options.commandTimeout).toBe(5_000);
    } finally {
      texters.disconnect();
      staff.disconnect();
    }
    expect(() => loadConfig({ REDIS_COMMAND_TIMEOUT_MS: '50' })).toThrow(/REDIS_COMMAND_TIMEOUT_MS/);
    expect(() => loadConfig({ REDIS_COMMAND_TIMEOUT_MS: 'soon' })).toThrow(/REDIS_COMMAND_TIMEOUT_MS/);
  });

  it('builds nothing when no Redis is configured (memory sessions)', () => {
    expect(createRedis(loadConfig({}))).toBeUndefined();
  });
});

describe('describeRedis', () => {
  it('names where Redis is without user or password', () => {
    expect(describeRedis(loadConfig({ REDIS_URL: 'redis://user:p4ss@redis.internal:6380/2' }))).toBe(
      'redis://redis.internal:6380/2',
    );
    expect(describeRedis(loadConfig({ REDIS_URL: 'rediss://:p4ss@redis.internal' }))).toBe(
      'rediss://redis.internal:6379',
    );
    expect(describeRedis(loadConfig({ REDIS_URL: 'redis://:p4ss@x', REDIS_SENTINELS: 's1:26379,s2:26379' }))).toBe(
      'sentinel mymaster via s1:26379,s2:26379',
    );
    expect(describeRedis(loadConfig({ REDIS_CLUSTER_NODES: 'n1:7000,n2:7001' }))).toBe('cluster n1:7000,n2:7001');
    expect(describeRedis(loadConfig({}))).toBe('none');
  });
});
