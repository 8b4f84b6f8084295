import type { Cluster, Redis } from 'ioredis';
import type { ConsoleStorage } from './consoleStorage';

/** ConsoleStorage over the app's ioredis client, every key under `<prefix>console:`. */
export class RedisConsoleStorage implements ConsoleStorage {
  readonly local = false;
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis | Cluster,
    keyPrefix: string,
  ) {
    // One hash tag for every console key, so the few multi-key habits stay legal on a Redis Cluster.
    this.prefix = `${keyPrefix}{console}:`;
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<void> {
    if (ttlSeconds) await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.ceil(ttlSeconds)));
    else await this.redis.set(this.prefix + key, value);
  }

  async take(key: string): Promise<string | undefined> {
    return (await this.redis.getdel(this.prefix + key)) ?? undefined;
  }

  async del(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async incr(key: string, ttlSeconds: number): Promise<number> {
    const count = await this.redis.incr(this.prefix + key);
    // The window starts at the first failure; later ones do not stretch it.
    if (count === 1) await this.redis.expire(this.prefix + key, Math.ceil(ttlSeconds));
    return count;
  }

  async ttl(key: string): Promise<number> {
    return Math.max(0, await this.redis.ttl(this.prefix + key));
  }

  async mapGet(key: string, field: string): Promise<string | undefined> {
    return (await this.redis.hget(this.prefix + key, field)) ?? undefined;
  }

  async mapSet(key: string, field: string, value: string): Promise<void> {
    await this.redis.hset(this.prefix + key, field, value);
  }

  async mapDel(key: string, field: string): Promise<void> {
    await this.redis.hdel(this.prefix + key, field);
  }

  async mapAll(key: string): Promise<Record<string, string>> {
    return this.redis.hgetall(this.prefix + key);
  }

  async push(key: string, value: string, cap: number): Promise<void> {
    await this.redis
      .multi()
      .lpush(this.prefix + key, value)
      .ltrim(this.prefix + key, 0, cap - 1)
      .exec();
  }

  async list(key: string, count: number): Promise<string[]> {
    return this.redis.lrange(this.prefix + key, 0, count - 1);
  }
}
