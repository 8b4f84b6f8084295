import type { Server } from 'node:http';
import request from 'supertest';
import type { RunningServer } from '../../../src/server';
import { serverWithStaffSections } from '../../support/staffSectionsServer';
import { suiteRedis } from '../../support/redisTestKit';
import { FEED_WITH_BAD_RECORDS, feedServer } from '../../support/feedServer';

const { prefix } = suiteRedis('directorySources');
const PUBLISHER = { 'x-test-staff': 'st_pub1:publisher' };
let server: RunningServer;
let strict: RunningServer;
let feed: { url: string; server: Server };

beforeAll(async () => {
  feed = await feedServer();
  ({ server } = await serverWithStaffSections(prefix, { DIRECTORY_ALLOW_PRIVATE_URLS: 'true' }));
  ({ server: strict } = await serverWithStaffSections(`${prefix}strict:`));
});
afterAll(async () => {
  await server.close();
  await strict.close();
  await new Promise((resolve) => feed.server.close(resolve));
});

describe('meeting sources in the console', () => {
  it('lists the bundled sources with their last import', async () => {
    const res = await request(server.app).get('/console/directory/api/sources').set(PUBLISHER);
    expect(res.status).toBe(200);
    const bundled = res.body.sources.filter(
      (s: { origin: string; note?: string }) => s.origin === 'bundled' && !s.note,
    );
    expect(bundled.length).toBeGreaterThan(3);
    for (const s of bundled) expect(s.lastOkAt).toEqual(expect.any(String));
    expect(bundled.some((s: { report?: { imported: number } }) => (s.report?.imported ?? 0) > 100)).toBe(true);
  });

  it('adds a feed URL and reports every rejected record with its reason', async () => {
    const added = await request(server.app)
      .post('/console/directory/api/sources')
      .set(PUBLISHER)
      .send({ kind: 'url', url: feed.url, program: 'aa', refreshMinutes: 60 });
    expect(added.status).toBe(201);
    const report = added.body.source.report;
    expect(report.imported).toBe(1);
    const reasons = Object.fromEntries(
      report.rejected.map((r: { slug: string; reason: string }) => [r.slug, r.reason]),
    );
    expect(Object.keys(reasons).sort()).toEqual(['bad-time', 'no-day-given', 'nowhere-at-all']);
    for (const reason of Object.values(reasons)) expect(reason).toEqual(expect.stringMatching(/\w{4,}/));

    const check = await request(server.app)
      .post('/console/directory/api/check')
      .set(PUBLISHER)
      .send({ key: added.body.source.id });
    expect(check.status).toBe(200);
    expect(check.body.report.rejected).toHaveLength(3);
  });

  it('takes an uploaded feed file, and reports it the same way', async () => {
    const added = await request(server.app)
      .post('/console/directory/api/sources')
      .set(PUBLISHER)
      .send({ kind: 'file', fileName: 'county-aa.json', body: JSON.stringify(FEED_WITH_BAD_RECORDS), program: 'aa' });
    expect(added.status).toBe(201);
    expect(added.body.source).toMatchObject({ kind: 'file', location: 'county-aa.json', program: 'aa' });
    // Its good meeting is the URL feed's twin: merged into the one already listed, not offered twice.
    const { imported, merged = 0, rejected } = added.body.source.report;
    expect(imported + merged).toBe(1);
    expect(rejected).toHaveLength(3);
    const empty = await request(server.app)
      .post('/console/directory/api/sources')
      .set(PUBLISHER)
      .send({ kind: 'file', fileName: 'x.json', body: '', program: 'aa' });
    expect(empty.status).toBe(400);
    const removed = await request(server.app)
      .delete(`/console/directory/api/sources/${added.body.source.id}`)
      .set(PUBLISHER);
    expect(removed.status).toBe(200);
  });

  it('refuses a private address unless DIRECTORY_ALLOW_PRIVATE_URLS, and a non-http URL', async () => {
    const added = await request(strict.app)
      .post('/console/directory/api/sources')
      .set(PUBLISHER)
      .send({ kind: 'url', url: feed.url, program: 'aa' });
    expect(added.status).toBe(201);
    expect(added.body.source.report.error).toMatch(/private, loopback or link-local/);
    const ftp = await request(strict.app)
      .post('/console/directory/api/sources')
      .set(PUBLISHER)
      .send({ kind: 'url', url: 'file:///etc/passwd', program: 'aa' });
    expect(ftp.status).toBe(400);
  });

  it('"Check now" on a bundled source reads it again without swapping anything in', async () => {
    const list = await request(server.app).get('/console/directory/api/sources').set(PUBLISHER);
    const first = list.body.sources[0];
    const check = await request(server.app)
      .post('/console/directory/api/check')
      .set(PUBLISHER)
      .send({ key: first.key });
    expect(check.status).toBe(200);
    expect(check.body.report.imported).toBeGreaterThan(0);
    const unknown = await request(server.app)
      .post('/console/directory/api/check')
      .set(PUBLISHER)
      .send({ key: '/etc/passwd' });
    expect(unknown.status).toBe(404);
  });
});
