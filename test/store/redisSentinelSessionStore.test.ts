import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { loadConfig } from '../../src/config';
import { createRedis, STAFF_OPTIONS } from '../../src/store/redisClient';
import { RedisSessionStore } from '../../src/store/redisSessionStore';
import { RedisServerProcess, sparePort } from '../support/redisServerProcess';
import { someSender } from './sessionStoreContract';

/**
 * createRedis with REDIS_SENTINELS: a private master and one sentinel (redis-server --sentinel)
 * on spare ports; the store finds the master through the sentinel and works as usual.
 */
describe('RedisSessionStore through Redis Sentinel', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rtl-sentinel-'));
  let master: RedisServerProcess;
  let sentinel: ChildProcess;
  let client: Redis;
  let config: ReturnType<typeof loadConfig>;

  beforeAll(async () => {
    master = new RedisServerProcess(await sparePort());
    await master.start();
    const sentinelPort = await sparePort();
    const conf = path.join(dir, 'sentinel.conf');
    writeFileSync(
      conf,
      [
        `port ${sentinelPort}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor rtlmaster 127.0.0.1 ${master.port} 1`,
        '',
      ].join('\n'),
    );
    sentinel = spawn('redis-server', [conf, '--sentinel'], { stdio: 'ignore' });
    config = loadConfig({ REDIS_SENTINELS: `127.0.0.1:${sentinelPort}`, REDIS_SENTINEL_NAME: 'rtlmaster' });
    // The patient staff settings: this test is about finding the master, and the texters' 500 ms
    // fail-fast once timed out the first script on a busy CI machine (redisClient.test.ts checks it).
    client = createRedis(config, STAFF_OPTIONS) as Redis;
    client.on('error', () => undefined);
    await new Promise((resolve) => client.once('ready', resolve));
  }, 20_000);

  afterAll(async () => {
    await client?.quit().catch(() => client.disconnect());
    await new Promise((resolve) => {
      if (!sentinel || sentinel.exitCode !== null) return resolve(undefined);
      sentinel.once('exit', resolve);
      sentinel.kill('SIGKILL');
    });
    await master?.destroy();
    rmSync(dir, { recursive: true, force: true });
    // ioredis's failover detector closes its sentinel sockets with its own 2 s disconnect timer.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
  }, 10_000);

  it('claims, commits and replays through the master the sentinel names', async () => {
    const store = new RedisSessionStore(client, { keyPrefix: 'rtl:', sessionTtlSeconds: 3600 });
    const sender = someSender();
    const begun = await store.begin(sender, 'SMsent1', new Date());
    if (begun.kind !== 'fresh') throw new Error('expected fresh');
    await store.commit(sender, {
      sid: 'SMsent1',
      expected: begun.state,
      session: { flowId: 'f', flowVersion: 'v', snapshot: { ok: true } },
      effect: 'none',
      replies: ['hello'],
    });
    expect(await store.begin(sender, 'SMsent1', new Date())).toEqual({ kind: 'duplicate', replies: ['hello'] });
    expect((client.options as { sentinels?: unknown[] }).sentinels).toHaveLength(1);
  });

  it("gives the texters' client the same sentinel with the fail-fast settings", () => {
    const texters = createRedis(config) as Redis;
    texters.on('error', () => undefined);
    try {
      expect((texters.options as { sentinels?: unknown[] }).sentinels).toHaveLength(1);
      expect(texters.options).toMatchObject({ commandTimeout: 500, enableOfflineQueue: false });
    } finally {
      texters.disconnect();
    }
  });
});
