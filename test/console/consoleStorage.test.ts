import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsoleStorage } from '../../src/console/consoleStorage';
import { FolderConsoleStorage } from '../../src/console/folderConsoleStorage';
import { RedisConsoleStorage } from '../../src/console/redisConsoleStorage';
import { suiteRedis } from '../support/redisTestKit';

const { redis, prefix } = suiteRedis('console-storage');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const kinds: Array<[string, () => ConsoleStorage]> = [
  ['Redis', () => new RedisConsoleStorage(redis, `${prefix}${Math.random().toString(36).slice(2)}:`)],
  [
    'a local folder',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'console-storage-'));
      dirs.push(dir);
      return new FolderConsoleStorage(dir);
    },
  ],
];

describe.each(kinds)('ConsoleStorage over %s', (_name, make) => {
  it('sets, gets and deletes values, and a value with a time to live expires', async () => {
    const s = make();
    await s.set('a', '1');
    await s.set('b', '2', 1);
    expect(await s.get('a')).toBe('1');
    expect(await s.ttl('b')).toBeGreaterThan(0);
    await s.del('a');
    expect(await s.get('a')).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1100));
    expect(await s.get('b')).toBeUndefined();
  });

  it('takes a value once: a second take finds nothing (one-time links)', async () => {
    const s = make();
    await s.set('link', 'x', 60);
    expect(await s.take('link')).toBe('x');
    expect(await s.take('link')).toBeUndefined();
  });

  it('counts within a window that starts at the first count', async () => {
    const s = make();
    expect(await s.incr('n', 60)).toBe(1);
    expect(await s.incr('n', 60)).toBe(2);
    expect(await s.ttl('n')).toBeGreaterThan(50);
  });

  it('keeps maps and capped lists, newest first', async () => {
    const s = make();
    await s.mapSet('m', 'x', '1');
    await s.mapSet('m', 'y', '2');
    await s.mapDel('m', 'x');
    expect(await s.mapAll('m')).toEqual({ y: '2' });
    expect(await s.mapGet('m', 'y')).toBe('2');
    for (const v of ['1', '2', '3', '4']) await s.push('l', v, 3);
    expect(await s.list('l', 10)).toEqual(['4', '3', '2']);
  });
});
