import request from 'supertest';
import type { RunningServer } from '../../../src/server';
import { serverWithStaffSections } from '../../support/staffSectionsServer';
import { suiteRedis } from '../../support/redisTestKit';
import { messagesOf, signedPost, smsParams } from '../../support/twilioPost';
import type { AuditEvent } from '../../../src/console/consoleHost';

let server: RunningServer;
/** A second web process on the same Redis. */
let other: RunningServer;
// Registered before suiteRedis's clean-up, so it runs first: closing flushes the day's counts to
// Redis, and they would outlive a clean-up that ran before.
afterAll(async () => {
  await server?.close();
  await other?.close();
});
const { prefix } = suiteRedis('localMeetings');
let audited: Array<AuditEvent & { actor: string }>;
const PUBLISHER = { 'x-test-staff': 'st_pub1:publisher' };
const EDITOR = { 'x-test-staff': 'st_ed1:editor' };

beforeAll(async () => {
  ({ server, audited } = await serverWithStaffSections(prefix));
  ({ server: other } = await serverWithStaffSections(prefix));
});

const meeting = {
  program: 'group_therapy',
  name: 'Lakeside Counseling Recovery Group',
  days: [1, 2, 3, 4, 5],
  time: '18:30',
  address: '12 Church Street',
  city: 'Burlington',
  state: 'VT',
  postalCode: '05401',
  notes: 'Free. Call ahead.',
};

async function converse(from: string, texts: string[], target: RunningServer = server): Promise<string[]> {
  let last: string[] = [];
  for (const text of texts) {
    const res = await signedPost(target.app, '/sms', smsParams(from, text));
    expect(res.status).toBe(200);
    last = messagesOf(res.text);
  }
  return last;
}

describe('local meetings in the console', () => {
  it('refuses an editor, and a meeting the importer would reject, with its reason', async () => {
    const asEditor = await request(server.app).post('/console/directory/api/local').set(EDITOR).send({ meeting });
    expect(asEditor.status).toBe(403);
    const noPlace = await request(server.app)
      .post('/console/directory/api/local')
      .set(PUBLISHER)
      .send({ meeting: { ...meeting, address: '', city: '', state: '', postalCode: '' } });
    expect(noPlace.status).toBe(400);
    expect(noPlace.body.error).toMatch(/address|place|online|phone|link/i);
    // In the form's words, not the importer's ("in the feed").
    expect(noPlace.body.error).not.toMatch(/feed/);
    // Each refusal names the form field it is about, so the page can say it beside that field.
    expect(noPlace.body.field).toBe('address');
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ state: 'Texs' }, 'state'],
      [{ days: [] }, 'days'],
      [{ name: ' ' }, 'name'],
    ];
    for (const [change, field] of refusals) {
      const refused = await request(server.app)
        .post('/console/directory/api/local')
        .set(PUBLISHER)
        .send({ meeting: { ...meeting, ...change } });
      expect([field, refused.status, refused.body.field]).toEqual([field, 400, field]);
    }
  });

  it('saves a group therapy meeting as a revision that a texter in that ZIP gets, and the preview shows', async () => {
    const saved = await request(server.app)
      .post('/console/directory/api/local')
      .set(PUBLISHER)
      .send({ meeting, note: 'new provider' });
    expect(saved.status).toBe(201);
    expect(saved.body.revision).toBe(1);
    expect(audited.at(-1)).toMatchObject({ action: 'directory.local.save', actor: 'st_pub1' });

    const local = await request(server.app).get('/console/directory/api/local').set(EDITOR);
    expect(local.body.fromFile).toBe(false);
    expect(local.body.revisions[0]).toMatchObject({ revision: 1, author: 'st_pub1', note: 'new provider' });

    const replies = await converse('+15550001111', ['hi', '1', '4', '2', '1', '05401']);
    expect(replies.join('\n')).toContain('Lakeside Counseling');

    // The other web process loads it at its next poll (every 2 s), with no restart. The test gives it 12 s, so a CI
    // machine busy with other suites cannot fail it; a meeting never loaded there still does.
    const started = Date.now();
    let elsewhere: string[] = [];
    for (let i = 0; Date.now() - started < 12_000 && !elsewhere.join('\n').includes('Lakeside Counseling'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      elsewhere = await converse(`+1555000120${i % 10}${i}`, ['hi', '1', '4', '2', '1', '05401'], other);
    }
    expect(elsewhere.join('\n')).toContain('Lakeside Counseling');

    const preview = await request(server.app)
      .post('/console/directory/api/preview')
      .set(EDITOR)
      .send({ place: '05401', audience: 'self', concern: 'unsure', medication: 'no', mode: 'in_person' });
    expect(preview.status).toBe(200);
    const last = preview.body.turns.at(-1);
    expect(last.replies.join('\n')).toContain('Lakeside Counseling');
    // Exactly what the texter got.
    expect(last.replies).toEqual(replies);
  }, 45_000);

  it('restores an earlier revision as a new one, and the meeting is gone for texters', async () => {
    const removed = await request(server.app)
      .post('/console/directory/api/local/remove')
      .set(PUBLISHER)
      .send({ slug: 'lakeside-counseling-recovery-group' });
    expect(removed.body.revision).toBe(2);
    const gone = await converse('+15550002222', ['hi', '1', '4', '2', '1', '05401']);
    expect(gone.join('\n')).not.toContain('Lakeside Counseling');
    const back = await request(server.app)
      .post('/console/directory/api/local/revert')
      .set(PUBLISHER)
      .send({ revision: 1 });
    expect(back.body.revision).toBe(3);
    const again = await converse('+15550003333', ['hi', '1', '4', '2', '1', '05401']);
    expect(again.join('\n')).toContain('Lakeside Counseling');
  });
});
