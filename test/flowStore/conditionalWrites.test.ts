import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cluster, Redis } from 'ioredis';
import { loadConfig } from '../../src/config';
import type { FlowDraft, FlowRevisionStore, NewRevision } from '../../src/flowStore/flowRevisionStore';
import { FolderFlowRevisionStore } from '../../src/flowStore/folderFlowRevisionStore';
import { RedisFlowRevisionStore } from '../../src/flowStore/redisFlowRevisionStore';
import { createRedis, STAFF_OPTIONS } from '../../src/store/redisClient';
import { RedisClusterProcess } from '../support/redisClusterProcess';
import { keysUnder, suiteRedis, testConfig, testRedis } from '../support/redisTestKit';

/**
 * saveDraftIf and publishIf: the compare-and-set that keeps two web processes from both winning a save or a publish
 * made on the same read. "Processes" here are separate store objects over the same data; for Redis each has its
 * own connection, so nothing in this process orders their commands.
 */
const { redis, prefix } = suiteRedis('flowcas');
const folders: string[] = [];
afterAll(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));

const check = { errors: 0, warnings: 0, summary: [] };
const files = { 'recovery.yaml': 'start: hello\n' };
const revisionBy = (author: string): NewRevision => ({
  files: { 'recovery.yaml': `by ${author}\n` },
  author,
  note: author,
  check,
});
const draftOf = (text: string, baseRevision = 1): FlowDraft => ({
  author: 'st_a',
  files: { 'recovery.yaml': text, 'tests/é.yaml': '- name: ünïcode ✓\n' },
  baseRevision,
  savedAt: new Date().toISOString(),
});

/** `count` stores over one set of data, as `count` web processes see it, and how to close them. */
type Processes = (count: number) => { stores: FlowRevisionStore[]; close: () => Promise<void> };
let n = 0;
const kinds: Array<[string, Processes]> = [
  [
    'redis',
    (count) => {
      const p = `${prefix}${++n}:`;
      const clients = Array.from({ length: count }, () => testRedis());
      return {
        stores: clients.map((c) => new RedisFlowRevisionStore(c, p)),
        close: async () => void (await Promise.all(clients.map((c) => c.quit()))),
      };
    },
  ],
  [
    'folder',
    (count) => {
      const dir = mkdtempSync(join(tmpdir(), 'rtl-flowcas-'));
      folders.push(dir);
      return {
        stores: Array.from({ length: count }, () => new FolderFlowRevisionStore(join(dir, 'flows'))),
        close: async () => undefined,
      };
    },
  ],
];

describe.each(kinds)('conditional writes (%s)', (_kind, processes) => {
  it('saves a draft only while the stored draft is still the one read', async () => {
    const { stores, close } = processes(1);
    const [store] = stores;
    try {
      await store.seed(files, check);
      expect(await store.saveDraftIf(draftOf('one'), undefined)).toBe(true);
      // "No draft" is a condition too: a draft saved meanwhile is not overwritten.
      expect(await store.saveDraftIf(draftOf('other'), undefined)).toBe(false);
      const read = (await store.draft('st_a'))!;
      expect(read.files['recovery.yaml']).toBe('one');
      expect(await store.saveDraftIf(draftOf('two'), read)).toBe(true);
      expect(await store.saveDraftIf(draftOf('three'), read)).toBe(false);
      expect((await store.draft('st_a'))!.files['recovery.yaml']).toBe('two');
      // A throw-away made on the older read keeps the newer draft; on the newest read it goes.
      expect(await store.deleteDraftIf('st_a', read)).toBe(false);
      expect(await store.deleteDraftIf('st_a', (await store.draft('st_a'))!)).toBe(true);
      expect(await store.draft('st_a')).toBeUndefined();
    } finally {
      await close();
    }
  });

  it('lets exactly one of many saves made on the same read through, in each round', async () => {
    const { stores, close } = processes(6);
    try {
      await stores[0].seed(files, check);
      let expected: FlowDraft | undefined;
      for (const round of [1, 2, 3]) {
        const saved = await Promise.all(stores.map((s, i) => s.saveDraftIf(draftOf(`r${round} p${i}`), expected)));
        expect(saved.filter(Boolean)).toHaveLength(1);
        expected = await stores[0].draft('st_a');
        expect(expected!.files['recovery.yaml']).toBe(`r${round} p${saved.indexOf(true)}`);
      }
    } finally {
      await close();
    }
  });

  it('publishes only on the expected live revision and forgets the draft only while it is unchanged', async () => {
    const { stores, close } = processes(1);
    const [store] = stores;
    try {
      await store.seed(files, check);
      await store.saveDraftIf(draftOf('mine'), undefined);
      const mine = (await store.draft('st_a'))!;
      const r2 = await store.publishIf({ ...revisionBy('st_a'), files: mine.files }, 1, mine);
      expect(r2).toMatchObject({ number: 2, author: 'st_a', files: mine.files });
      expect(await store.revision(2)).toEqual(r2);
      expect(await store.publishedNumber()).toBe(2);
      expect(await store.draft('st_a')).toBeUndefined();

      // On a revision no longer live: nothing is written.
      expect(await store.publishIf(revisionBy('st_b'), 1)).toBeUndefined();
      expect(await store.publishedNumber()).toBe(2);
      expect((await store.revisions()).map((r) => r.number)).toEqual([2, 1]);

      // A draft saved after the publisher read it stays.
      await store.saveDraftIf(draftOf('first', 2), undefined);
      const read = (await store.draft('st_a'))!;
      await store.saveDraftIf(draftOf('saved meanwhile', 2), read);
      expect(await store.publishIf(revisionBy('st_a'), 2, read)).toMatchObject({ number: 3 });
      expect((await store.draft('st_a'))!.files['recovery.yaml']).toBe('saved meanwhile');
      const summary = { number: 3, createdAt: expect.any(String), author: 'st_a', note: 'st_a', check };
      expect((await store.revisions())[0]).toEqual(summary);
    } finally {
      await close();
    }
  });

  it('lets exactly one of many publishes made on the same live revision through', async () => {
    const { stores, close } = processes(6);
    try {
      await stores[0].seed(files, check);
      const made = await Promise.all(stores.map((s, i) => s.publishIf(revisionBy(`st_${i}`), 1)));
      const won = made.filter((r) => r !== undefined);
      expect(won).toHaveLength(1);
      expect(won[0]!.number).toBe(2);
      expect(await stores[0].publishedNumber()).toBe(2);
      expect((await stores[0].published())!.files).toEqual(won[0]!.files);
      expect(await stores[0].revisions()).toHaveLength(2);
    } finally {
      await close();
    }
  });
});

describe('RedisFlowRevisionStore conditional writes', () => {
  it('announces a conditional publish to other processes, and stays silent when it is refused', async () => {
    const p = `${prefix}announce:`;
    const listener = new RedisFlowRevisionStore(redis, p);
    const heard: number[] = [];
    const stop = await listener.onPublish((m) => heard.push(m));
    const other = testRedis();
    try {
      const publisher = new RedisFlowRevisionStore(other, p);
      await publisher.seed(files, check);
      await publisher.publishIf(revisionBy('st_a'), 1);
      await publisher.publishIf(revisionBy('st_b'), 1);
      await publisher.publish(revisionBy('st_c'));
      for (let i = 0; i < 50 && heard.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 50));
      expect(heard).toEqual([2, 3]);
      const keys = await keysUnder(redis, p);
      expect(keys.every((k) => k.startsWith(`${p}{flows}:`))).toBe(true);
    } finally {
      await stop();
      await other.quit();
    }
  });

  it("announces publishes over the app's own client, which queues nothing while connecting", async () => {
    const p = `${prefix}appclient:`;
    const client = createRedis(testConfig()) as Redis;
    client.on('error', () => undefined);
    await new Promise((ready) => client.once('ready', ready));
    const heard: number[] = [];
    const stop = await new RedisFlowRevisionStore(client, p).onPublish((m) => heard.push(m));
    try {
      const publisher = new RedisFlowRevisionStore(redis, p);
      await publisher.seed(files, check);
      await publisher.publishIf(revisionBy('st_a'), 1);
      for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual([2]);
    } finally {
      await stop();
      await client.quit();
    }
  });

  it('publishes in two round trips (the number read, then the script) and saves a draft in one, as EVALSHA', async () => {
    const client = testRedis();
    const sent: string[] = [];
    const send = client.sendCommand.bind(client);
    client.sendCommand = ((command: { name: string }) => {
      sent.push(command.name);
      return send(command as Parameters<Redis['sendCommand']>[0]);
    }) as Redis['sendCommand'];
    try {
      const store = new RedisFlowRevisionStore(client, `${prefix}trips:`);
      await store.seed(files, check);
      // Once, so the scripts are cached on the server whatever ran before.
      await store.saveDraftIf(draftOf('warm'), undefined);
      await store.publishIf(revisionBy('st_a'), 1, await store.draft('st_a'));
      sent.length = 0;
      expect(await store.saveDraftIf(draftOf('x', 2), undefined)).toBe(true);
      expect(sent).toEqual(['evalsha']);
      sent.length = 0;
      expect(await store.publishIf(revisionBy('st_a'), 2, draftOf('x', 2))).toBeDefined();
      expect(sent).toEqual(['get', 'evalsha']);
      sent.length = 0;
      expect(await store.publish(revisionBy('st_b'))).toMatchObject({ number: 4 });
      expect(sent).toEqual(['get', 'evalsha']);
    } finally {
      await client.quit();
    }
  });

  it('sends a script whole when the server has forgotten it (NOSCRIPT after SCRIPT FLUSH or a restart)', async () => {
    const store = new RedisFlowRevisionStore(redis, `${prefix}noscript:`);
    await store.seed(files, check);
    await redis.script('FLUSH');
    expect(await store.saveDraftIf(draftOf('after flush'), undefined)).toBe(true);
    await redis.script('FLUSH');
    expect(await store.publishIf(revisionBy('st_a'), 1)).toMatchObject({ number: 2 });
  });
});

describe('RedisFlowRevisionStore on Redis Cluster', () => {
  // Every key the publish script writes is named to it (the new revision's too), all under the `{flows}` hash tag.
  const cluster = new RedisClusterProcess();
  let client: Cluster;
  beforeAll(async () => {
    await cluster.start();
    const nodes = cluster.ports.map((p) => `127.0.0.1:${p}`).join(',');
    // The staff settings: the flow store is written by the console, through the staff connection.
    client = createRedis(loadConfig({ REDIS_CLUSTER_NODES: nodes }), STAFF_OPTIONS) as Cluster;
    client.on('error', () => undefined);
    await new Promise<void>((ready) => (client.status === 'ready' ? ready() : client.once('ready', () => ready())));
  }, 30_000);
  afterAll(async () => {
    await client?.quit().catch(() => client.disconnect());
    await cluster.destroy();
  });

  it('saves drafts and publishes conditionally, and announces the publish', async () => {
    const store = new RedisFlowRevisionStore(client, 'rtl:');
    const heard: number[] = [];
    const stop = await store.onPublish((m) => heard.push(m));
    try {
      await store.seed(files, check);
      expect(await store.saveDraftIf(draftOf('on cluster'), undefined)).toBe(true);
      expect(await store.saveDraftIf(draftOf('stale'), undefined)).toBe(false);
      const read = await store.draft('st_a');
      expect(await store.publishIf({ ...revisionBy('st_a'), files: read!.files }, 1, read)).toMatchObject({
        number: 2,
      });
      expect(await store.publishIf(revisionBy('st_b'), 1)).toBeUndefined();
      expect((await store.revision(2))!.files).toEqual(read!.files);
      expect(await store.draft('st_a')).toBeUndefined();
      expect(await store.publish(revisionBy('st_c'))).toMatchObject({ number: 3 });
      for (let i = 0; i < 50 && heard.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual([2, 3]);
    } finally {
      await stop();
    }
  });
});
