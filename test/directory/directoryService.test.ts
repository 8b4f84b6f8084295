import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogueError } from '../../src/directory/errors';
import { DirectoryService } from '../../src/directory/directoryService';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/http/app';
import { createLogger } from '../../src/log/logger';
import { MemorySessionStore } from '../../src/store/memorySessionStore';
import { createFakeEngine } from '../support/fakeEngine';
import { FEEDS, FIXTURES } from './realFeeds';

const REPO = join(__dirname, '..', '..');

/** A throwaway bundled folder: the real programs.yaml and feeds, and optionally a local.yaml. */
function bundledDir(local?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rtl-directory-'));
  mkdirSync(join(dir, 'feeds'));
  copyFileSync(join(REPO, 'directory', 'programs.yaml'), join(dir, 'programs.yaml'));
  for (const f of [...Object.values(FEEDS), 'na-formats.bmlt.json'])
    copyFileSync(join(FIXTURES, f), join(dir, 'feeds', f));
  if (local) writeFileSync(join(dir, 'local.yaml'), local);
  return dir;
}

function captureLog() {
  const lines: string[] = [];
  return { log: createLogger('info', { write: (s: string) => void lines.push(s) }), lines };
}

/** A real HTTP server whose answer the test changes between refreshes. */
async function feedServer() {
  const state = { status: 200, body: '[]', hang: false };
  const server: Server = createServer((_req, res) => {
    if (state.hang) return; // never answers: the fetch must time out
    res.writeHead(state.status, { 'content-type': 'application/json' });
    res.end(state.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
  return {
    state,
    url,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const feedRow = (slug: string) => ({
  slug,
  name: `Online ${slug}`,
  day: 1,
  time: '19:00',
  timezone: 'America/Chicago',
  conference_url: `https://zoom.us/j/${slug}`,
  attendance_option: 'online',
});

describe('DirectoryService', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('loads the repo bundle: the four real feeds, and local.yaml whose examples are never offered', async () => {
    const { log, lines } = captureLog();
    const service = await DirectoryService.start({
      sources: [],
      refreshMinutes: 0,
      log,
      bundledDir: join(REPO, 'directory'),
    });
    service.stop();
    expect(service.current().size()).toBe(594 + 45 + 309 + 52);
    expect(
      service.reports().map((r) => [r.source.split('/').pop(), r.imported, r.rejected.length, r.merged ?? 0]),
    ).toEqual([
      ['aa-amarillo-tx.meeting-guide.json', 594, 1, 18],
      ['aa-quinte-ontario.meeting-guide.json', 45, 0, 0],
      ['al-anon-massachusetts.meeting-guide.json', 309, 51, 0],
      ['na-finger-lakes-ny.bmlt.json', 52, 0, 1],
      ['local.yaml', 0, 3, 0],
    ]);
    // The import report is logged, slugs and reasons only: no dial-in numbers or links from the feeds.
    const logged = lines.join('');
    expect(logged).toContain('"imported":309');
    expect(logged).toContain('63680-just-for-today-afg');
    expect(logged).not.toMatch(/\+1929|zoom\.us/);
  });

  it('offers local.yaml entries like any feed once staff remove example: true', async () => {
    const dir = bundledDir(`meetings:
  - program: group_therapy
    slug: county-group
    name: County Health Recovery Group
    day: [2, 4]
    time: "18:00"
    address: 100 S Polk St
    postal_code: "79101"
    city: Amarillo
    state: TX
`);
    dirs.push(dir);
    const { log } = captureLog();
    const service = await DirectoryService.start({ sources: [], refreshMinutes: 0, log, bundledDir: dir });
    const d = service.current();
    const place = d.lookupPlace('79101');
    if (place.kind !== 'found') throw new Error('79101');
    const programs = d.programsFor({ audience: 'self', concern: 'unsure' }).map((p) => p.id);
    const page = d.search({
      programs: ['group_therapy'],
      modes: ['in_person'],
      place: place.place,
      now: new Date('2026-11-24T12:00:00Z'),
      offset: 0,
      limit: 5,
    });
    expect(programs).toContain('group_therapy');
    expect(page.matches.map((m) => [m.meeting.name, m.meeting.day])).toEqual([
      ['County Health Recovery Group', 2],
      ['County Health Recovery Group', 4],
    ]);
  });

  it('adds URL sources, keeps their last good meetings when they fail, and swaps in new data after a good load', async () => {
    const server = await feedServer();
    const dir = bundledDir();
    dirs.push(dir);
    try {
      server.state.body = JSON.stringify([feedRow('a1'), feedRow('a2')]);
      const { log, lines } = captureLog();
      const service = await DirectoryService.start({
        sources: [`program=aa:${server.url}`],
        refreshMinutes: 0,
        log,
        bundledDir: dir,
        fetchTimeoutMs: 10_000,
      });
      const first = service.current();
      expect(first.size()).toBe(1000 + 2);

      server.state.status = 500;
      expect(await service.refreshNow()).toBe(true);
      expect(service.current().size()).toBe(1000 + 2);
      const failed = service.reports().find((r) => r.source.startsWith('program=aa:'))!;
      expect(failed).toMatchObject({ imported: 2, error: expect.stringContaining('HTTP 500') });
      expect(lines.join('')).toContain('"keptLastGood":true');

      server.state.status = 200;
      server.state.body = JSON.stringify([feedRow('a1'), feedRow('a2'), feedRow('a3')]);
      await service.refreshNow();
      expect(service.current().size()).toBe(1000 + 3);
      expect(service.current()).not.toBe(first);
      // The old directory still answers for whoever holds it.
      expect(first.size()).toBe(1000 + 2);
      service.stop();
    } finally {
      await server.close();
    }
  });

  it('reads DIRECTORY_SOURCES URLs named either way, na=URL and program=aa:URL, each as its program', async () => {
    const [na, aa] = [await feedServer(), await feedServer()];
    const dir = bundledDir();
    dirs.push(dir);
    try {
      na.state.body = JSON.stringify([feedRow('n1'), feedRow('n2')]);
      aa.state.body = JSON.stringify([feedRow('a1')]);
      const config = loadConfig({ DIRECTORY_SOURCES: ` na=${na.url} , program=aa:${aa.url}` });
      const service = await DirectoryService.start({
        sources: config.directorySources,
        refreshMinutes: 0,
        log: captureLog().log,
        bundledDir: dir,
        fetchTimeoutMs: 10_000,
      });
      service.stop();
      const ours = service.reports().filter((r) => r.source.includes('127.0.0.1'));
      expect(ours.map((r) => [r.source.split(':')[0], r.program, r.imported, r.error])).toEqual([
        [`na=http`, 'na', 2, undefined],
        [`program=aa`, 'aa', 1, undefined],
      ]);
      expect(service.current().size()).toBe(1000 + 3);
    } finally {
      await Promise.all([na.close(), aa.close()]);
    }
  });

  it('starts with the bundled data when a URL source times out or a file cannot be read', async () => {
    const server = await feedServer();
    const dir = bundledDir();
    dirs.push(dir);
    try {
      server.state.hang = true;
      const { log } = captureLog();
      const service = await DirectoryService.start({
        sources: [`program=na:${server.url}`, join(dir, 'missing.json')],
        refreshMinutes: 0,
        log,
        bundledDir: dir,
        fetchTimeoutMs: 200,
      });
      service.stop();
      expect(service.current().size()).toBe(1000);
      const errors = service
        .reports()
        .filter((r) => r.error)
        .map((r) => r.error);
      expect(errors).toEqual([
        expect.stringMatching(/no answer within 200 ms/),
        expect.stringMatching(/cannot read the file \(ENOENT\)/),
      ]);
    } finally {
      await server.close();
    }
  });

  it('refuses to start on a broken programs.yaml, and keeps the last good directory when it breaks later', async () => {
    const dir = bundledDir();
    dirs.push(dir);
    const good = readFileSync(join(dir, 'programs.yaml'), 'utf8');
    writeFileSync(join(dir, 'programs.yaml'), good.replace('id: na\n', 'id: NA!\n'));
    const { log } = captureLog();
    await expect(DirectoryService.start({ sources: [], refreshMinutes: 0, log, bundledDir: dir })).rejects.toThrow(
      CatalogueError,
    );

    writeFileSync(join(dir, 'programs.yaml'), good);
    const service = await DirectoryService.start({ sources: [], refreshMinutes: 0, log, bundledDir: dir });
    const before = service.current();
    writeFileSync(join(dir, 'programs.yaml'), good.replace('id: na\n', 'id: NA!\n'));
    expect(await service.refreshNow()).toBe(false);
    expect(service.current()).toBe(before);
    service.stop();
  });

  it('refreshes on its own every refreshMinutes', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'performance', 'Date'] });
    const dir = bundledDir();
    dirs.push(dir);
    try {
      const { log } = captureLog();
      const service = await DirectoryService.start({ sources: [], refreshMinutes: 5, log, bundledDir: dir });
      const before = service.current();
      writeFileSync(
        join(dir, 'local.yaml'),
        `meetings:\n  - { program: smart, slug: s1, name: SMART by phone, day: 1, time: "19:00", timezone: America/Chicago, conference_phone: "+15555550100,,1#" }\n`,
      );
      jest.advanceTimersByTime(5 * 60_000);
      jest.useRealTimers();
      for (let i = 0; i < 500 && service.current() === before; i++) await new Promise((r) => setTimeout(r, 20));
      expect(service.current().size()).toBe(1000 + 1);
      service.stop();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('stale meeting data', () => {
  it('names a source failing to refresh for longer than staleHours, in warnings() and the logs, and /readyz stays 200', async () => {
    const server = await feedServer();
    const dir = bundledDir();
    try {
      server.state.body = JSON.stringify([feedRow('s1')]);
      let now = Date.parse('2026-12-01T00:00:00Z');
      const { log, lines } = captureLog();
      const service = await DirectoryService.start({
        sources: [`aa=${server.url}`],
        refreshMinutes: 0,
        log,
        bundledDir: dir,
        staleHours: 48,
        now: () => now,
      });
      server.state.status = 503;
      now += 47 * 3_600_000;
      await service.refreshNow();
      expect(service.warnings()).toEqual([]);
      now += 2 * 3_600_000;
      await service.refreshNow();
      expect(service.warnings()).toEqual([
        `stale meeting data: aa=${server.url} last loaded 49 h ago (aa=${server.url}: the server answered HTTP 503)`,
      ]);
      expect(lines.join('')).toContain('"msg":"directory source is stale"');
      // Its last good meetings are still offered meanwhile.
      expect(service.current().size()).toBe(1000 + 1);

      const app = createApp({
        config: loadConfig({}),
        log,
        engine: () => createFakeEngine(),
        store: new MemorySessionStore({ sessionTtlSeconds: 60 }),
        readinessWarnings: () => service.warnings(),
      });
      const ready = await request(app).get('/readyz');
      expect(ready.status).toBe(200);
      expect(ready.body.reasons).toEqual([expect.stringMatching(/^warning: stale meeting data: aa=http/)]);

      server.state.status = 200;
      await service.refreshNow();
      expect(service.warnings()).toEqual([]);
      service.stop();
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loading in a worker thread', () => {
  it("loads the same directory off the main thread as in process, and keeps a failing source's last good meetings", async () => {
    const server = await feedServer();
    const dir = bundledDir();
    try {
      server.state.body = JSON.stringify([feedRow('w1'), feedRow('w2')]);
      const { log, lines } = captureLog();
      const opts = { sources: [`aa=${server.url}`], refreshMinutes: 0, log, bundledDir: dir };
      const inWorker = await DirectoryService.start({ ...opts, useWorker: true });
      const inProcess = await DirectoryService.start({ ...opts, useWorker: false });
      expect(inWorker.current().size()).toBe(1000 + 2);
      expect(inWorker.reports()).toEqual(inProcess.reports());
      inProcess.stop();

      server.state.status = 500;
      expect(await inWorker.refreshNow()).toBe(true);
      expect(inWorker.current().size()).toBe(1000 + 2);
      expect(lines.join('')).toContain('"keptLastGood":true');
      inWorker.stop();
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('starting while the caller starts too', () => {
  it('begin() resolves once the load runs in its worker; `loaded` then gives the service, or its CatalogueError', async () => {
    const dir = bundledDir();
    try {
      const { log } = captureLog();
      const opts = { sources: [], refreshMinutes: 0, log, bundledDir: dir, useWorker: true };
      let loadedYet = false;
      const { loaded } = await DirectoryService.begin(opts);
      void loaded.then(() => (loadedYet = true));
      // The worker reads and builds while this thread goes on (the server loads its flows here).
      expect(loadedYet).toBe(false);
      const service = await loaded;
      expect(service.current().size()).toBe(1000);
      expect(service.current().program('aa')?.name).toBe('AA');
      service.stop();

      writeFileSync(
        join(dir, 'programs.yaml'),
        readFileSync(join(dir, 'programs.yaml'), 'utf8').replace('id: na\n', 'id: NA!\n'),
      );
      const broken = await DirectoryService.begin(opts);
      await expect(broken.loaded).rejects.toThrow(CatalogueError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a refresh where nothing changed', () => {
  it('keeps the directory being served (no import, no new index) until a source or programs.yaml changes', async () => {
    const server = await feedServer();
    const dir = bundledDir();
    try {
      server.state.body = JSON.stringify([feedRow('u1')]);
      const { log, lines } = captureLog();
      const service = await DirectoryService.start({
        sources: [`aa=${server.url}`],
        refreshMinutes: 0,
        log,
        bundledDir: dir,
      });
      const first = service.current();
      expect(await service.refreshNow()).toBe(true);
      expect(service.current()).toBe(first);
      expect(lines.join('')).toContain('"msg":"directory unchanged"');

      server.state.body = JSON.stringify([feedRow('u1'), feedRow('u2')]);
      await service.refreshNow();
      expect(service.current()).not.toBe(first);
      expect(service.current().size()).toBe(1000 + 2);

      const second = service.current();
      writeFileSync(join(dir, 'programs.yaml'), `${readFileSync(join(dir, 'programs.yaml'), 'utf8')}\n# edited\n`);
      await service.refreshNow();
      expect(service.current()).not.toBe(second);
      service.stop();
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
