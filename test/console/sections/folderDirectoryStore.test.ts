import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FolderDirectoryConsoleStore,
  RedisDirectoryConsoleStore,
  type DirectoryConsoleStore,
} from '../../../src/console/sections/directory/directoryConsoleStore';
import { suiteRedis } from '../../support/redisTestKit';

const { prefix, redis } = suiteRedis('directoryConsoleStore');
const dir = mkdtempSync(join(tmpdir(), 'console-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each<[string, () => DirectoryConsoleStore]>([
  ['Redis', () => new RedisDirectoryConsoleStore(redis, prefix)],
  ['a local folder (no REDIS_URL)', () => new FolderDirectoryConsoleStore(dir)],
])('the console directory store in %s', (_name, make) => {
  it('keeps sources, uploaded files and numbered revisions, and moves its version on each write', async () => {
    const store = make();
    const v0 = await store.version();
    const source = {
      id: 'src_0001',
      kind: 'file' as const,
      location: 'feed.json',
      program: 'aa',
      refreshMinutes: 0,
      addedBy: 'st_a',
      addedAt: new Date().toISOString(),
    };
    await store.addSource(source, '[]');
    expect(await store.sources()).toEqual([source]);
    expect(await store.fileBody('src_0001')).toBe('[]');
    const v1 = await store.version();
    expect(v1).not.toBe(v0);
    const meeting = { program: 'smart', slug: 's', name: 'S', day: 1, time: '19:00', conference_url: 'https://x.org' };
    const r1 = await store.appendRevision({ author: 'st_a', at: 'now', note: 'first', meetings: [meeting] });
    const r2 = await store.appendRevision({ author: 'st_b', at: 'later', note: 'second', meetings: [] });
    expect([r1.revision, r2.revision]).toEqual([1, 2]);
    expect((await store.revisions()).map((r) => [r.revision, r.author, r.meetings.length])).toEqual([
      [1, 'st_a', 1],
      [2, 'st_b', 0],
    ]);
    await store.removeSource('src_0001');
    expect(await store.sources()).toEqual([]);
    expect(await store.fileBody('src_0001')).toBeUndefined();
    expect(await store.version()).not.toBe(v1);
  });
});
