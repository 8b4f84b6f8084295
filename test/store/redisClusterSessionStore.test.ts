import type { Cluster } from 'ioredis';
import { loadConfig } from '../../src/config';
import { createRedis, STAFF_OPTIONS } from '../../src/store/redisClient';
import { RedisSessionStore } from '../../src/store/redisSessionStore';
import { RedisClusterProcess } from '../support/redisClusterProcess';
import { sessionStoreContract, someSender } from './sessionStoreContract';

/**
 * The same contract on a real three-node Redis Cluster built by createRedis from
 * REDIS_CLUSTER_NODES: every key of a sender shares the `{senderKey}` hash tag, so both scripts
 * (including erase, which deletes the sender's MessageSid records) run on one node.
 */
const cluster = new RedisClusterProcess();
let client: Cluster;

beforeAll(async () => {
  await cluster.start();
  client = createRedis(
    loadConfig({ REDIS_CLUSTER_NODES: cluster.ports.map((p) => `127.0.0.1:${p}`).join(',') }),
    // Patient settings: the contract is about slots and scripts, not the texters' 500 ms fail-fast,
    // which a busy CI machine can outlast on a first script (redisClient.test.ts checks the setting).
    STAFF_OPTIONS,
  ) as Cluster;
  client.on('error', () => undefined);
  await new Promise<void>((resolve) => (client.status === 'ready' ? resolve() : client.once('ready', () => resolve())));
}, 30_000);

afterAll(async () => {
  await client?.quit().catch(() => client.disconnect());
  await cluster.destroy();
});

sessionStoreContract(
  'RedisSessionStore on Redis Cluster',
  () => new RedisSessionStore(client, { keyPrefix: 'rtl:', sessionTtlSeconds: 3600 }),
);

describe('RedisSessionStore on Redis Cluster', () => {
  it('spreads senders over the nodes while each sender stays on one', async () => {
    const store = new RedisSessionStore(client, { keyPrefix: 'rtl:', sessionTtlSeconds: 3600 });
    const slots = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const sender = someSender();
      const state = await store.read(sender);
      await store.commit(sender, {
        sid: `SMz${i}`,
        expected: state,
        session: { flowId: 'f', flowVersion: 'v', snapshot: { i } },
        effect: 'opt_out',
        replies: ['r'],
      });
      const k = store.keysOf(sender, `SMz${i}`);
      const keySlots = await Promise.all(
        [k.session, k.optout, k.msg].map((key) => client.cluster('KEYSLOT', key) as Promise<number>),
      );
      expect(new Set(keySlots).size).toBe(1);
      slots.add(keySlots[0]);
    }
    expect(slots.size).toBeGreaterThan(1);
  });
});
