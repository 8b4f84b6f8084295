import { readFileSync } from 'node:fs';

/** Where a server's CPU went, by part of the stack: microseconds per text. */
export type CpuCategories = Record<CpuCategory, number>;

/** The parts a webhook's CPU is split into, in the order the table prints them. */
export const CPU_CATEGORIES = [
  'transport',
  'store',
  'engine (ours)',
  'engine (XState)',
  'log',
  'counting',
  'text handler',
  'garbage collection',
  'other',
] as const;

/** One of CPU_CATEGORIES. */
export type CpuCategory = (typeof CPU_CATEGORIES)[number];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** A V8 CPU profile (`.cpuprofile`, as the inspector's Profiler.stop returns it). */
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The category of a function by where its code lives. Node's built-ins and V8's own frames (no
 * script) are charged to the nearest caller that has one: JSON.stringify in the store is the
 * store's, a socket write from ioredis is the store's. Order matters: the line's modules first.
 */
function categoryOfUrl(url: string): CpuCategory | undefined {
  if (/node_modules\/xstate\//.test(url)) return 'engine (XState)';
  if (/\/(src|dist)\/(engine|flow|directory|text|understand|sms)\//.test(url)) return 'engine (ours)';
  if (/node_modules\/(ioredis|redis-parser|@ioredis)\/|\/(src|dist)\/store\//.test(url)) return 'store';
  if (/node_modules\/(pino|sonic-boom|pino-std-serializers)\/|\/(src|dist)\/log\//.test(url)) return 'log';
  if (/\/(src|dist)\/analytics\//.test(url)) return 'counting';
  if (/\/(src|dist)\/inbox\//.test(url)) return 'text handler';
  if (/node_modules\/(express|router|body-parser|twilio|xmlbuilder|scmp)\/|\/(src|dist)\/http\/|^node:/.test(url))
    return 'transport';
  if (/stackFloor/.test(url)) return 'transport';
  return undefined;
}

/**
 * Splits a profile's samples into CPU_CATEGORIES, in microseconds per text (`texts` handled while
 * it ran). Idle time is left out. Node's own modules (`node:`) and V8's built-ins count for the
 * nearest caller of the line's or a known package's (ioredis' socket writes are the store's); a
 * stack of Node's modules alone (the HTTP parser, the event loop) is transport.
 */
export function cpuCategories(profileFile: string, texts: number): CpuCategories {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const memo = new Map<number, CpuCategory | 'idle'>();
  const categoryOf = (id: number): CpuCategory | 'idle' => {
    const known = memo.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    const { functionName, url } = node.callFrame;
    let category: CpuCategory | 'idle';
    if (functionName === '(idle)') category = 'idle';
    else if (functionName === '(garbage collector)') category = 'garbage collection';
    else {
      const own = url && !url.startsWith('node:') ? categoryOfUrl(url) : undefined;
      const parent = parentOf.get(id);
      const above = parent === undefined ? undefined : categoryOf(parent);
      if (own) category = own;
      // Node's modules, V8's built-ins and unknown packages work for whoever called them.
      else if (above && above !== 'idle' && above !== 'other') category = above;
      else category = url.startsWith('node:') ? 'transport' : 'other';
    }
    memo.set(id, category);
    return category;
  };
  const totals = Object.fromEntries(CPU_CATEGORIES.map((c) => [c, 0])) as CpuCategories;
  for (let i = 0; i < profile.samples.length; i++) {
    const category = categoryOf(profile.samples[i]);
    if (category !== 'idle') totals[category] += profile.timeDeltas[i] ?? 0;
  }
  for (const c of CPU_CATEGORIES) totals[c] = Math.round((totals[c] / Math.max(1, texts)) * 10) / 10;
  return totals;
}
