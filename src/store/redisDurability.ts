import type { Cluster, Redis } from 'ioredis';

/**
 * What the Redis in use would do to opt-outs, read with `CONFIG GET` where the provider allows it:
 * no persistence (a restart forgets every opt-out) or an eviction policy (a full Redis drops keys).
 * An opt-out must never be forgotten, so the server says so at start and in /readyz.
 */

/** The settings that decide whether keys survive; strings as `CONFIG GET` returns them. */
export interface RedisDurabilitySettings {
  appendonly?: string;
  appendfsync?: string;
  save?: string;
  'maxmemory-policy'?: string;
  maxmemory?: string;
}

/** Warnings, in plain words, for settings that would lose or evict keys; empty when all is well. */
export function durabilityWarnings(settings: RedisDurabilitySettings): string[] {
  const warnings: string[] = [];
  if (settings.appendonly !== undefined && settings.appendonly !== 'yes') {
    const snapshots = settings.save
      ? `only snapshots (save "${settings.save}"), so the latest minutes of opt-outs are lost`
      : 'no snapshots either, so every opt-out is lost';
    warnings.push(
      `Redis persistence: appendonly is off and there are ${snapshots} on a restart. ` +
        'Set appendonly yes, appendfsync everysec.',
    );
  } else if (settings.appendfsync !== undefined && settings.appendfsync === 'no') {
    warnings.push('Redis persistence: appendfsync no leaves writes to the operating system; set appendfsync everysec.');
  }
  const policy = settings['maxmemory-policy'];
  if (policy !== undefined && policy !== 'noeviction') {
    warnings.push(
      `Redis eviction: maxmemory-policy ${policy} drops keys when memory is full` +
        `${policy.startsWith('allkeys') ? ', opt-outs included' : ''}. Set maxmemory-policy noeviction.`,
    );
  }
  return warnings;
}

/**
 * Reads the settings with `CONFIG GET` and returns the warnings; empty when the provider refuses
 * CONFIG (many managed services do) or Redis does not answer, since then nothing can be seen.
 */
export async function checkRedisDurability(redis: Redis | Cluster): Promise<string[]> {
  const settings: RedisDurabilitySettings = {};
  try {
    // One name per CONFIG GET (Redis before 7 takes one), sent together in one round trip.
    const names = ['appendonly', 'appendfsync', 'save', 'maxmemory-policy', 'maxmemory'] as const;
    const replies = await Promise.all(names.map((name) => (redis as Redis).config('GET', name) as Promise<unknown>));
    names.forEach((name, i) => {
      const reply = replies[i];
      if (Array.isArray(reply) && reply.length >= 2) settings[name] = String(reply[1]);
    });
  } catch {
    return [];
  }
  return durabilityWarnings(settings);
}
