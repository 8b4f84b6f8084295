import type { Cluster, Redis } from 'ioredis';
import type { DayCounts } from './textTally';

/** How long daily counters are kept: 90 days, plus one so the 90th is whole. */
export const STATS_KEEP_DAYS = 91;

/** One day's counters as read back. */
export interface DayStats {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
  counts: Record<string, number>;
}

/** Where the daily counters live: Redis in production, this process's memory otherwise. */
export interface StatsStore {
  /** Adds counts to their days, in one round trip. */
  add(days: Map<string, DayCounts>): Promise<void>;
  /** Every day from `from` to `to` (inclusive, `YYYY-MM-DD`), empty days included, oldest first. */
  read(from: string, to: string): Promise<DayStats[]>;
}

/**
 * Daily counters in Redis: one hash per UTC day (`<prefix>{stats}:day:YYYY-MM-DD`), fields such as `texts` or
 * `enter:who`, expiring 91 days after their last write. A flush is one pipeline of HINCRBY and EXPIRE.
 */
export class RedisStatsStore implements StatsStore {
  constructor(
    private readonly redis: Redis | Cluster,
    private readonly keyPrefix: string,
  ) {}

  /** The Redis key of one day's counters. */
  keyOf(date: string): string {
    // One hash tag, so a Redis Cluster keeps every day in one slot and a flush stays one pipeline.
    return `${this.keyPrefix}{stats}:day:${date}`;
  }

  async add(days: Map<string, DayCounts>): Promise<void> {
    if (days.size === 0) return;
    const pipeline = this.redis.pipeline();
    for (const [date, counts] of days) {
      const key = this.keyOf(date);
      for (const [field, n] of counts) pipeline.hincrby(key, field, n);
      pipeline.expire(key, STATS_KEEP_DAYS * 86_400);
    }
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([err]) => err);
    if (failed) throw failed[0];
  }

  async read(from: string, to: string): Promise<DayStats[]> {
    const dates = datesBetween(from, to);
    if (dates.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const date of dates) pipeline.hgetall(this.keyOf(date));
    const results = (await pipeline.exec()) ?? [];
    return dates.map((date, i) => ({ date, counts: numbers((results[i]?.[1] ?? {}) as Record<string, string>) }));
  }
}

/** Daily counters in this process (no REDIS_URL): lost on restart, for trying the line only. */
export class MemoryStatsStore implements StatsStore {
  private readonly days = new Map<string, Map<string, number>>();

  async add(days: Map<string, DayCounts>): Promise<void> {
    for (const [date, counts] of days) {
      const day = this.days.get(date) ?? new Map<string, number>();
      for (const [field, n] of counts) day.set(field, (day.get(field) ?? 0) + n);
      this.days.set(date, day);
    }
  }

  async read(from: string, to: string): Promise<DayStats[]> {
    return datesBetween(from, to).map((date) => ({ date, counts: Object.fromEntries(this.days.get(date) ?? []) }));
  }
}

/** Each `YYYY-MM-DD` from `from` to `to`, at most STATS_KEEP_DAYS of them (the newest). */
export function datesBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return [];
  const out: string[] = [];
  for (let t = Math.max(start, end - (STATS_KEEP_DAYS - 1) * 86_400_000); t <= end; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function numbers(hash: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(hash)) out[k] = Number(v) || 0;
  return out;
}
