import IORedis from 'ioredis';
import { checkRedisDurability, durabilityWarnings } from '../../src/store/redisDurability';
import { RedisServerProcess, sparePort } from '../support/redisServerProcess';

describe('durabilityWarnings', () => {
  it('says nothing for the production settings: AOF every second, no eviction', () => {
    expect(
      durabilityWarnings({ appendonly: 'yes', appendfsync: 'everysec', save: '', 'maxmemory-policy': 'noeviction' }),
    ).toEqual([]);
  });

  it('warns that a Redis without AOF or snapshots forgets every opt-out on a restart', () => {
    const [warning] = durabilityWarnings({ appendonly: 'no', save: '', 'maxmemory-policy': 'noeviction' });
    expect(warning).toMatch(/appendonly is off .*every opt-out is lost.*appendonly yes, appendfsync everysec/);
  });

  it('warns that snapshots alone lose the latest minutes', () => {
    expect(durabilityWarnings({ appendonly: 'no', save: '3600 1' })[0]).toContain('latest minutes of opt-outs');
  });

  it('warns about eviction policies, naming opt-outs for the allkeys ones', () => {
    expect(durabilityWarnings({ appendonly: 'yes', 'maxmemory-policy': 'allkeys-lru' })[0]).toMatch(
      /allkeys-lru .*opt-outs included.*noeviction/,
    );
    expect(durabilityWarnings({ appendonly: 'yes', 'maxmemory-policy': 'volatile-lru' })[0]).not.toContain(
      'opt-outs included',
    );
  });

  it('says nothing about settings it could not read', () => {
    expect(durabilityWarnings({})).toEqual([]);
  });
});

describe('checkRedisDurability against real servers', () => {
  jest.setTimeout(20_000);

  async function warningsOf(persistent: boolean, extra: string[] = []): Promise<string[]> {
    const server = new RedisServerProcess(await sparePort(), { persistent });
    await server.start();
    const client = new IORedis(server.url, { maxRetriesPerRequest: 1 });
    try {
      for (let i = 0; i < extra.length; i += 2) await client.config('SET', extra[i], extra[i + 1]);
      return await checkRedisDurability(client);
    } finally {
      client.disconnect();
      await server.stop();
    }
  }

  it('sees a Redis started as the README asks as safe', async () => {
    expect(await warningsOf(true)).toEqual([]);
  });

  it('sees persistence off and an eviction policy', async () => {
    const warnings = await warningsOf(false, ['maxmemory-policy', 'allkeys-lru']);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('appendonly is off');
    expect(warnings[1]).toContain('allkeys-lru');
  });

  it('says nothing when Redis does not answer', async () => {
    const client = new IORedis({
      port: await sparePort(),
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    expect(await checkRedisDurability(client)).toEqual([]);
    client.disconnect();
  });
});
