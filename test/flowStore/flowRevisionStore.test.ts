import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlowRevisionStore } from '../../src/flowStore/flowRevisionStore';
import { FolderFlowRevisionStore } from '../../src/flowStore/folderFlowRevisionStore';
import { RedisFlowRevisionStore } from '../../src/flowStore/redisFlowRevisionStore';
import { keysUnder, suiteRedis, testRedis } from '../support/redisTestKit';

const { redis, prefix } = suiteRedis('flowstore');
const folders: string[] = [];
afterAll(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));

const check = { errors: 0, warnings: 1, summary: ['recovery.yaml:3:1 some-rule'] };
const files = { 'recovery.yaml': 'start: hello\n', 'tests/a.yaml': '- name: a\n' };

let n = 0;
const makers: Array<[string, () => FlowRevisionStore]> = [
  ['redis', () => new RedisFlowRevisionStore(redis, `${prefix}${++n}:`)],
  [
    'folder',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'rtl-flowstore-'));
      folders.push(dir);
      return new FolderFlowRevisionStore(join(dir, 'flows'));
    },
  ],
];

describe.each(makers)('FlowRevisionStore contract (%s)', (kind, make) => {
  it('is empty until seeded, then holds revision 1 published by system', async () => {
    const store = make();
    expect(await store.publishedNumber()).toBeUndefined();
    expect(await store.published()).toBeUndefined();
    expect(await store.seed(files, check)).toBe(true);
    expect(await store.seed({ 'recovery.yaml': 'other' }, check)).toBe(false);
    const published = await store.published();
    expect(published).toMatchObject({ number: 1, files, author: 'system', check });
    expect(await store.revisions()).toEqual([expect.objectContaining({ number: 1, author: 'system' })]);
  });

  it('publishes new immutable revisions and moves the pointer; old ones stay readable', async () => {
    const store = make();
    await store.seed(files, check);
    const r2 = await store.publish({ files: { 'recovery.yaml': 'v2' }, author: 'st_a', note: 'new welcome', check });
    expect(r2.number).toBe(2);
    expect(await store.publishedNumber()).toBe(2);
    const r3 = await store.publish({
      files: (await store.revision(1))!.files,
      author: 'st_b',
      note: 'rollback',
      check,
    });
    expect(r3.number).toBe(3);
    expect((await store.published())!.files).toEqual(files);
    expect((await store.revision(2))!.files).toEqual({ 'recovery.yaml': 'v2' });
    expect((await store.revisions()).map((r) => [r.number, r.author, r.note])).toEqual([
      [3, 'st_b', 'rollback'],
      [2, 'st_a', 'new welcome'],
      [1, 'system', 'Seeded from the flows folder'],
    ]);
    expect((await store.revisions())[0]).not.toHaveProperty('files');
    expect(await store.revision(99)).toBeUndefined();
    expect(await store.revision(0)).toBeUndefined();
  });

  it('keeps one draft per author, apart from what is published', async () => {
    const store = make();
    await store.seed(files, check);
    expect(await store.draft('st_a')).toBeUndefined();
    const draft = { author: 'st_a', files: { 'recovery.yaml': 'draft' }, baseRevision: 1, savedAt: 'now' };
    await store.saveDraft(draft);
    expect(await store.draft('st_a')).toEqual(draft);
    expect(await store.draft('st_b')).toBeUndefined();
    expect((await store.published())!.files).toEqual(files);
    await store.deleteDraft('st_a');
    expect(await store.draft('st_a')).toBeUndefined();
  });

  it('seeds exactly once when many starts race', async () => {
    const store = make();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.seed({ 'recovery.yaml': `seed ${i}` }, check)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.revisions()).toHaveLength(1);
  });

  it('gives every concurrent publish its own number and ends on the highest', async () => {
    const store = make();
    await store.seed(files, check);
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) => store.publish({ files, author: `st_${i}`, note: '', check })),
    );
    expect(new Set(made.map((r) => r.number)).size).toBe(6);
    expect(await store.publishedNumber()).toBe(7);
    if (kind === 'redis') expect(await store.revisions()).toHaveLength(7);
  });
});

describe('RedisFlowRevisionStore', () => {
  it('seeds once across separate connections (separate processes) and keeps keys under the prefix', async () => {
    const clients = Array.from({ length: 4 }, () => testRedis());
    try {
      const p = `${prefix}race:`;
      const results = await Promise.all(
        clients.map((c, i) => new RedisFlowRevisionStore(c, p).seed({ 'recovery.yaml': `x${i}` }, check)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const keys = await keysUnder(redis, p);
      expect(keys.every((k) => k.startsWith(`${p}{flows}:`))).toBe(true);
    } finally {
      await Promise.all(clients.map((c) => c.quit()));
    }
  });

  it('tells subscribers of a publish made through another connection', async () => {
    const p = `${prefix}pubsub:`;
    const listener = new RedisFlowRevisionStore(redis, p);
    const heard: number[] = [];
    const stop = await listener.onPublish((n) => heard.push(n));
    const other = testRedis();
    try {
      const publisher = new RedisFlowRevisionStore(other, p);
      await publisher.seed(files, check);
      await publisher.publish({ files, author: 'st_a', note: '', check });
      for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual([2]);
    } finally {
      await stop();
      await other.quit();
    }
  });
});
