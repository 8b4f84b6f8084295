import type { Cluster, Redis } from 'ioredis';

/**
 * Deletes every key that starts with `prefix`, walking the keyspace with SCAN. Never KEYS: on a
 * shared Redis holding a million keys, KEYS blocked the server for longer than the line's 500 ms
 * command timeout, and failed the bench's own cleanup.
 */
export async function deleteByPrefix(client: Redis | Cluster, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await (client as Redis).scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length) await client.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
