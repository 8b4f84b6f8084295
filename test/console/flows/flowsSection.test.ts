import request from 'supertest';
import { listFlowTexts, setFlowText } from '../../../src/console/flows/flowTexts';
import { smsCost } from '../../../src/flow/smsCost';
import { RedisFlowRevisionStore } from '../../../src/flowStore/redisFlowRevisionStore';
import { fakeConsoleHost } from '../../support/fakeConsoleHost';
import { suiteRedis } from '../../support/redisTestKit';
import { flowsSectionFixture, seedFiles } from './flowsSectionFixture';

const { redis, prefix } = suiteRedis('flowsection');
const store = new RedisFlowRevisionStore(redis, prefix);
const { host, audited } = fakeConsoleHost();
const { as, app } = flowsSectionFixture(store, host);

/**
 * A publish runs every saved flow test of the draft (hundreds of cases, more each time staff pin a phrasing), so a
 * case that publishes gets room for the whole corpus on a busy CI machine; it is not a timing test.
 */
const FULL_CORPUS_MS = 180_000;
const EDITOR = 'st_ed:editor';
const PUBLISHER = 'st_pub:publisher';
const WELCOME_PATH = ['nodes', 'welcome', 'say'];
const CLEAN = { errors: 0, warnings: 0, summary: [] };

/** The working copy's version a save is made on, as the Texts page reads it before saving. */
const versionOf = async (who: string) => (await as(who).get('/draft').expect(200)).body.draftVersion as string;

describe('the flows section of the console', () => {
  it('serves the published revision as the working copy until the member saves a draft', async () => {
    const res = await as(EDITOR).get('/draft').expect(200);
    expect(res.body).toMatchObject({ store: 'redis', published: 1, baseRevision: 1, isDraft: false });
    expect(res.body.files['recovery.yaml']).toBe(seedFiles['recovery.yaml']);
    expect(Object.keys(res.body.files)).toContain('tests/safety.yaml');
  });

  it('lists every text in both languages with its SMS cost', async () => {
    const { body } = await as(EDITOR).get('/texts').expect(200);
    const welcome = body.texts.find((t: { id: string }) => t.id === 'recovery.yaml#nodes.welcome.say');
    expect(welcome.versions.en.cost).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(welcome.versions.es.cost).toMatchObject({ encoding: 'GSM-7' }); // ¿ is GSM-7
    expect(welcome.line).toBeGreaterThan(1);
  });

  it('changes one text in the draft, leaving every other line and comment as it was', async () => {
    const text =
      'Recovery Textline: free help finding groups. Automated. Reply STOP to opt out. Danger? Call 911. Crisis? Call or text 988.';
    const res = await as(EDITOR)
      .put('/texts', {
        file: 'recovery.yaml',
        path: WELCOME_PATH,
        lang: 'en',
        text,
        draftVersion: await versionOf(EDITOR),
      })
      .expect(200);
    expect(res.body.version.cost).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    const draft = (await as(EDITOR).get('/draft').expect(200)).body;
    expect(draft.isDraft).toBe(true);
    const before = seedFiles['recovery.yaml'].split('\n');
    const after = draft.files['recovery.yaml'].split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line: string, i: number) => line !== before[i])).toEqual([
      `      en: ${JSON.stringify(text)}`,
    ]);
    expect(audited.at(-1)).toMatchObject({ action: 'flow.draft.save', actor: 'st_ed', detail: { baseRevision: 1 } });
    // Never served: the published revision is untouched.
    expect((await store.published())!.files['recovery.yaml']).toBe(seedFiles['recovery.yaml']);
  });

  it('simulates the draft through the text handler: replies, parts and what was understood', async () => {
    const { body } = await as(EDITOR)
      .post('/simulate', { texts: ['hi', 'my husband drinks too much'], language: 'en' })
      .expect(200);
    expect(body.turns[0].replies[0].text).toMatch(/^Recovery Textline: free help finding groups/);
    expect(body.turns[0].replies[0].cost).toEqual(smsCost(body.turns[0].replies[0].text));
    expect(body.turns[1].understood).toBeDefined();
    expect(body.turns[1].kind).toBeTruthy();
  });

  it('refuses an editor who tries to publish or roll back', async () => {
    await as(EDITOR).post('/publish', { note: 'x' }).expect(403);
    await as(EDITOR).post('/rollback', { revision: 1 }).expect(403);
  });

  it(
    'refuses to publish while a flow test fails on wording, shows the difference, and accepts the new wording',
    async () => {
      await as(PUBLISHER)
        .put('/texts', {
          file: 'recovery.yaml',
          path: WELCOME_PATH,
          lang: 'en',
          text: 'Welcome to the Recovery Textline (new). Automated. Reply STOP to opt out. Danger? Call 911. Crisis? Call or text 988.',
          draftVersion: await versionOf(PUBLISHER),
        })
        .expect(200);
      const refused = await as(PUBLISHER).post('/publish', { note: 'new welcome' }).expect(409);
      expect(refused.body.reasons.join(' ')).toMatch(/flow test\(s\) fail/);

      const tests = (await as(PUBLISHER).post('/test').expect(200)).body;
      const diff = tests.failed.flatMap((f: { differences: unknown[] }) => f.differences)[0];
      expect(diff.expected.join(' ')).toMatch(/Recovery Textline/);
      expect(diff.actual.join(' ')).toMatch(/Welcome to the Recovery Textline \(new\)/);

      const accepted = (await as(PUBLISHER).post('/accept-wording').expect(200)).body;
      expect(accepted.changed).toBeGreaterThan(0);
      expect(accepted.tests.failed).toEqual([]);

      const published = await as(PUBLISHER).post('/publish', { note: 'new welcome' }).expect(201);
      expect(published.body.revision).toBe(2);
      expect(await store.publishedNumber()).toBe(2);
      expect(await store.draft('st_pub')).toBeUndefined();
      expect(audited.at(-1)).toMatchObject({ action: 'flow.publish', actor: 'st_pub', detail: { revision: 2 } });
      const revisions = (await as(EDITOR).get('/revisions').expect(200)).body;
      expect(revisions.revisions.map((r: { number: number; note: string }) => [r.number, r.note])[0]).toEqual([
        2,
        'new welcome',
      ]);
    },
    FULL_CORPUS_MS,
  );

  it('rolls back by publishing a copy of an earlier revision', async () => {
    const res = await as(PUBLISHER).post('/rollback', { revision: 1, note: 'back' }).expect(201);
    expect(res.body.revision).toBe(3);
    expect((await store.published())!.files).toEqual(seedFiles);
    expect(audited.at(-1)).toMatchObject({ action: 'flow.rollback', detail: { revision: 3, from: 1 } });
    await as(PUBLISHER).post('/rollback', { revision: 99 }).expect(404);
  });

  it('refuses a draft the checker finds an error in, with file:line:col', async () => {
    const files = {
      ...seedFiles,
      'recovery.yaml': seedFiles['recovery.yaml'].replace(
        '  crisis_suicide:\n    contains:\n',
        '  crisis_suicide:\n    words:\n      en: [only english]\n    contains:\n',
      ),
    };
    expect(files['recovery.yaml']).not.toBe(seedFiles['recovery.yaml']);
    await as(PUBLISHER)
      .put('/draft', { files, draftVersion: await versionOf(PUBLISHER) })
      .expect(200);
    const findings = (await as(PUBLISHER).post('/check').expect(200)).body.findings;
    expect(
      findings.some(
        (f: { severity: string; file: string; line: number }) =>
          f.severity === 'error' && f.file === 'recovery.yaml' && f.line > 0,
      ),
    ).toBe(true);
    const refused = await as(PUBLISHER).post('/publish', {}).expect(409);
    expect(refused.body.reasons.length).toBeGreaterThan(0);
    expect(await store.publishedNumber()).toBe(3);
  });

  it('names who published each revision as the viewer may see them, never by account id', async () => {
    // Published through the store, so this needs no flow test of the draft to pass.
    const mine = await store.publish({ files: seedFiles, author: 'st_pub', note: 'by the publisher', check: CLEAN });
    const byOf = async (who: string) =>
      new Map(
        (await as(who).get('/revisions').expect(200)).body.revisions.map((r: { number: number; by: string }) => [
          r.number,
          r.by,
        ]),
      );
    // The test host has no accounts to read: colleagues get their stable label, the viewer "you".
    const asPublisher = await byOf(PUBLISHER);
    expect(asPublisher.get(mine.number)).toBe('you');
    expect(asPublisher.get(1)).toBe('the line (from the flow files)');
    expect((await byOf(EDITOR)).get(mine.number)).toBe('Staff #pub');
  });

  it('tells what a revision changed since the one before it, and that there is no revision it was not', async () => {
    const files = setFlowText((await store.published())!.files, {
      file: 'recovery.yaml',
      path: WELCOME_PATH,
      lang: 'en',
      text: 'Hello from the changes test. Reply STOP to opt out.',
    });
    const revision = await store.publish({ files, author: 'st_pub', note: 'changes test', check: CLEAN });
    const before = (await store.revision(revision.number - 1))!;
    const changes = (await as(EDITOR).get(`/revisions/${revision.number}/changes`).expect(200)).body;
    expect(changes).toMatchObject({
      revision: revision.number,
      previous: before.number,
      note: 'changes test',
      otherFlowChanges: [],
      testFiles: [],
      wordLists: [],
    });
    expect(changes.texts).toEqual([
      {
        id: 'recovery.yaml#nodes.welcome.say',
        file: 'recovery.yaml',
        path: WELCOME_PATH,
        languages: {
          en: {
            before: listFlowTexts(before.files).find((t) => t.id === 'recovery.yaml#nodes.welcome.say')!.versions.en
              .text,
            after: 'Hello from the changes test. Reply STOP to opt out.',
          },
        },
      },
    ]);
    expect((await as(EDITOR).get('/revisions/1/changes').expect(200)).body.previous).toBeUndefined();
    expect((await as(EDITOR).get('/revisions/9999/changes').expect(404)).body.error).toBe(
      'There is no revision #9999.',
    );
  });

  it('downloads any revision as YAML', async () => {
    const res = await as(EDITOR).get('/revisions/1/download').expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename=r1-recovery.yaml');
    // The seed as read at the start (the folder may be edited while the suite runs).
    expect(res.text).toBe(seedFiles['recovery.yaml']);
    const test = await as(EDITOR).get('/revisions/1/download?path=tests/safety.yaml').expect(200);
    expect(test.text).toBe(seedFiles['tests/safety.yaml']);
    await as(EDITOR).get('/revisions/42/download').expect(404);
  });

  it('gives the Mermaid diagram of the working copy', async () => {
    const { body } = await as(EDITOR).get('/diagram').expect(200);
    expect(body.diagrams.recovery).toMatch(/^flowchart TD/);
  });

  it('answers bad input with a 400, never a 5xx', async () => {
    await as(EDITOR)
      .put('/draft', { files: { '../etc/passwd': 'x' } })
      .expect(400);
    await as(EDITOR).put('/draft', { files: {} }).expect(400);
    await as(EDITOR)
      .put('/texts', { file: 'recovery.yaml', path: ['nodes', 'nope'], lang: 'en', text: 'x' })
      .expect(400);
    await as(EDITOR)
      .put('/texts', { file: 'nope.yaml', path: ['a'], lang: 'en', text: 'x' })
      .expect(400);
    await as(EDITOR).post('/simulate', { texts: [] }).expect(400);
    await as(EDITOR)
      .post('/simulate', { texts: ['hi'], zip: 'abc' })
      .expect(400);
    await as(PUBLISHER).post('/rollback', { revision: 'one' }).expect(400);
    await request(app())
      .put('/console/flows/draft')
      .set('x-test-staff', EDITOR)
      .type('json')
      .send('{not json')
      .expect(400);
  });
});
