import request from 'supertest';
import type { RunningServer } from '../../../src/server';
import { serverWithStaffSections } from '../../support/staffSectionsServer';
import { suiteRedis } from '../../support/redisTestKit';
import { runScripts } from '../../support/scriptedConversations';
import { signedPost } from '../../support/twilioPost';

const { prefix } = suiteRedis('numbersSection');
const TOKEN = 'metrics-token-0123456789';
let server: RunningServer;
let off: RunningServer;

beforeAll(async () => {
  ({ server } = await serverWithStaffSections(prefix, { METRICS_TOKEN: TOKEN }));
  ({ server: off } = await serverWithStaffSections(`${prefix}off:`));
});
afterAll(async () => {
  await server.close();
  await off.close();
});

describe('the numbers', () => {
  it('counts 20 scripted conversations exactly: totals, the funnel, results by state, programs, and the CSV', async () => {
    const sent = await runScripts(server.app);
    expect(sent).toBe(98);
    const res = await request(server.app).get('/console/numbers/api/days?days=7').set('x-test-staff', 'st_e:editor');
    expect(res.status).toBe(200);
    const { totals, funnel, states, programs } = res.body.summary;
    expect(totals).toEqual({
      texts: 98,
      conversations: 20,
      results: 15,
      crisis: 1,
      person: 0,
      opt_outs: 1,
      erasures: 0,
    });
    const node = (name: string) => funnel.find((f: { node: string }) => f.node === name);
    // "i want to kill myself" at "who" tells whom the help is for: kept, the conversation moves on to "what" unasked
    // while the questions wait after the crisis reply.
    expect(node('who')).toEqual({ node: 'who', entered: 20, left: 20, notUnderstood: 3 });
    expect(node('what')).toMatchObject({ entered: 19, left: 15 });
    expect(node('medication')).toMatchObject({ entered: 10, left: 10 });
    expect(node('teen')).toMatchObject({ entered: 5, left: 5 });
    expect(node('where')).toMatchObject({ entered: 10, left: 10 });
    expect(node('results')).toMatchObject({ entered: 15 });
    expect(states).toEqual(
      expect.arrayContaining([
        { state: 'TX', found: 10, nothingNearby: 0 },
        { state: 'online', found: 5, nothingNearby: 0 },
      ]),
    );
    expect(programs).toEqual(
      expect.arrayContaining([
        { program: 'aa', offered: 10 },
        { program: 'naranon', offered: 5 },
      ]),
    );

    const csv = await request(server.app).get('/console/numbers/numbers.csv?days=7').set('x-test-staff', 'st_e:editor');
    expect(csv.type).toBe('text/csv');
    const [head, ...rows] = csv.text.trim().split('\n');
    const today = rows.at(-1)!.split(',');
    expect(Number(today[head.split(',').indexOf('texts')])).toBe(98);
    expect(Number(today[head.split(',').indexOf('enter:who')])).toBe(20);
  });

  it('GET /metrics answers only with the token, and is off without METRICS_TOKEN', async () => {
    expect((await request(server.app).get('/metrics')).status).toBe(401);
    expect((await request(server.app).get('/metrics').set('authorization', 'Bearer wrong-token')).status).toBe(401);
    const ok = await request(server.app).get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(ok.text).toMatch(/textline_texts_total\{kind="start",outcome="stored"\} 20/);
    expect(ok.text).toMatch(/textline_reply_seconds_count 98/);
    expect(ok.text).toMatch(/textline_directory_meetings \d{3,}/);
    expect(ok.text).toMatch(/textline_directory_source_age_seconds\{source="directory\/feeds\/[^"]+"\} \d/);
    expect(ok.text).toMatch(/textline_flow_revision\{version="[0-9a-f]+"\} 0/);
    expect(ok.text).not.toMatch(/\+1555/);
    expect((await request(off.app).get('/metrics').set('authorization', `Bearer ${TOKEN}`)).status).toBe(404);
  });

  it('counts failed deliveries from the signed status callback by error code', async () => {
    const status = (code: string, state = 'undelivered') => ({
      MessageSid: 'SM0123456789abcdef0123456789abcdef',
      MessageStatus: state,
      ErrorCode: code,
      To: '+15550109999',
    });
    expect((await signedPost(server.app, '/sms/status', status('30003'))).status).toBe(204);
    expect((await signedPost(server.app, '/sms/status', status('30003', 'failed'))).status).toBe(204);
    expect((await signedPost(server.app, '/sms/status', status('21610'))).status).toBe(204);
    expect((await signedPost(server.app, '/sms/status', { ...status(''), MessageStatus: 'delivered' })).status).toBe(
      204,
    );
    const forged = await request(server.app).post('/sms/status').type('form').send(status('30005'));
    expect(forged.status).toBe(403);
    const metrics = await request(server.app).get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(metrics.text).toContain('textline_delivery_failures_total{error_code="30003"} 2');
    expect(metrics.text).toContain('textline_delivery_failures_total{error_code="21610"} 1');
    expect(metrics.text).not.toContain('error_code="30005"');
    expect(metrics.text).not.toContain('5550109999');
  });
});
