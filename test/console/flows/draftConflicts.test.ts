import { join } from 'node:path';
import request from 'supertest';
import { listFlowTexts, setFlowText } from '../../../src/console/flows/flowTexts';
import { createFlowsSection } from '../../../src/console/flows/flowsSection';
import { DirectoryService } from '../../../src/directory/directoryService';
import { readFlowFolder } from '../../../src/flowStore/flowFolderFiles';
import { RedisFlowRevisionStore } from '../../../src/flowStore/redisFlowRevisionStore';
import { createLogger } from '../../../src/log/logger';
import { appWithSection, fakeConsoleHost } from '../../support/fakeConsoleHost';
import { suiteRedis } from '../../support/redisTestKit';

/**
 * Two people (or two tabs) editing at once: a publish over a newer revision, and overlapping saves. The report's
 * problems 1 and 3 (/tmp/findings/console-report.md): each used to say "Published" or "Saved" and lose work.
 */
const FLOWS = join(__dirname, '..', '..', '..', 'flows');
const { redis, prefix } = suiteRedis('draftconflicts');
const log = createLogger('silent');
const store = new RedisFlowRevisionStore(redis, prefix);
const { host, audited } = fakeConsoleHost();
const seedFiles = readFlowFolder(FLOWS);
const MARIA = 'st_maria:publisher';
const ADMIN = 'st_admin:admin';
const RESTART = ['keywords', 'restart', 'say'];
const RATE_LIMITED = ['keywords', 'rate_limited', 'say'];
let directory: DirectoryService;
let app: ReturnType<typeof appWithSection>;

beforeAll(async () => {
  directory = await DirectoryService.start({
    sources: [],
    refreshMinutes: 0,
    log,
    bundledDir: join(FLOWS, '..', 'directory'),
  });
  await store.seed(seedFiles, { errors: 0, warnings: 0, summary: [] });
  app = appWithSection(createFlowsSection(host, { store, log, directory: () => directory.current() }));
});
afterAll(() => directory.stop());

const as = (who: string) => ({
  get: (path: string) => request(app).get(`/console/flows${path}`).set('x-test-staff', who),
  put: (path: string, body: object) => request(app).put(`/console/flows${path}`).set('x-test-staff', who).send(body),
  post: (path: string, body: object = {}) =>
    request(app).post(`/console/flows${path}`).set('x-test-staff', who).send(body),
  delete: (path: string) => request(app).delete(`/console/flows${path}`).set('x-test-staff', who),
});

/** One wording of a draft's text, as the Texts page lists it. */
const textOf = (files: Record<string, string>, path: string[], lang = 'en') =>
  listFlowTexts(files).find((t) => t.id === `recovery.yaml#${path.join('.')}`)?.versions[lang]?.text;

describe('a publish over a revision published since the draft began', () => {
  it('is refused in plain words, audited, and the draft can be brought up to date keeping both changes', async () => {
    const maria = as(MARIA);
    const { draftVersion } = (await maria.get('/texts').expect(200)).body;
    await maria
      .put('/texts', { file: 'recovery.yaml', path: RESTART, lang: 'en', text: 'OK, from the top.', draftVersion })
      .expect(200);
    // Meanwhile the admin publishes revision #2 with another text changed.
    const theirs = setFlowText(seedFiles, {
      file: 'recovery.yaml',
      path: RATE_LIMITED,
      lang: 'en',
      text: 'Slow down a little; try again in a minute. Crisis? Call or text 988.',
    });
    await store.publish({
      files: theirs,
      author: 'st_admin',
      note: 'calmer',
      check: { errors: 0, warnings: 0, summary: [] },
    });

    const refused = await maria.post('/publish', { note: 'restart' }).expect(409);
    expect(refused.body.error).toBe(
      'Revision #2 was published after you started this draft (from #1); publishing it now would undo that change. ' +
        'Bring your draft up to date with #2 first, or throw it away and start a fresh draft from the live version.',
    );
    expect(refused.body.stale).toEqual({ baseRevision: 1, live: 2 });
    expect(await store.publishedNumber()).toBe(2);
    expect(audited.at(-1)).toMatchObject({
      action: 'flow.publish.refused',
      actor: 'st_maria',
      detail: { baseRevision: 1, live: 2 },
    });

    const updated = (await maria.post('/draft/update').expect(200)).body;
    expect(updated).toMatchObject({ baseRevision: 2, changed: true });
    const draft = (await maria.get('/draft').expect(200)).body;
    expect(draft.baseRevision).toBe(2);
    expect(draft.draftVersion).toBe(updated.draftVersion);
    expect(textOf(draft.files, RESTART)).toBe('OK, from the top.');
    expect(textOf(draft.files, RATE_LIMITED)).toBe(
      'Slow down a little; try again in a minute. Crisis? Call or text 988.',
    );
    // Everything else is the live revision's, character for character.
    const expected = setFlowText(theirs, {
      file: 'recovery.yaml',
      path: RESTART,
      lang: 'en',
      text: 'OK, from the top.',
    });
    expect(draft.files).toEqual(expected);
  });

  it('names the conflict when both changed the same text, and a fresh draft can start from the live version', async () => {
    const admin = as(ADMIN);
    const { draftVersion } = (await admin.get('/texts').expect(200)).body;
    await admin
      .put('/texts', { file: 'recovery.yaml', path: RATE_LIMITED, lang: 'en', text: 'Wait a minute.', draftVersion })
      .expect(200);
    const theirs = setFlowText((await store.published())!.files, {
      file: 'recovery.yaml',
      path: RATE_LIMITED,
      lang: 'en',
      text: 'Please wait one minute.',
    });
    await store.publish({ files: theirs, author: 'st_x', note: 'x', check: { errors: 0, warnings: 0, summary: [] } });
    const conflict = await admin.post('/draft/update').expect(409);
    expect(conflict.body.error).toMatch(/^Your draft and revision #3 changed the same parts/);
    expect(conflict.body.conflicts).toEqual(['The en text at keywords · rate_limited · say was changed in both.']);

    const fresh = (await admin.delete('/draft').expect(200)).body;
    expect(fresh.baseRevision).toBe(3);
    expect(await store.draft('st_admin')).toBeUndefined();
    expect(audited.at(-1)).toMatchObject({ action: 'flow.draft.discard', actor: 'st_admin' });
    const copy = (await admin.get('/draft').expect(200)).body;
    expect(copy).toMatchObject({ isDraft: false, baseRevision: 3, draftVersion: fresh.draftVersion });
  });
});

describe('two saves made on the same version of a draft', () => {
  it('keeps the first and refuses the second with 409 and a plain message, never a silent overwrite', async () => {
    const editor = as('st_twotabs:editor');
    const { draftVersion } = (await editor.get('/texts').expect(200)).body;
    // The Texts tab saves first...
    const first = await editor
      .put('/texts', { file: 'recovery.yaml', path: RESTART, lang: 'en', text: 'Starting over.', draftVersion })
      .expect(200);
    // ...then the Flow tab, which loaded the same version, saves the whole file it holds.
    const flowTab = (await editor.get('/draft').expect(200)).body;
    expect(flowTab.draftVersion).not.toBe(draftVersion);
    const stale = await editor.put('/draft', { files: (await store.published())!.files, draftVersion }).expect(409);
    expect(stale.body.error).toBe(
      'Not saved: this draft was changed in another tab or by someone else. Reload to see it.',
    );
    const kept = (await editor.get('/draft').expect(200)).body;
    expect(textOf(kept.files, RESTART)).toBe('Starting over.');
    // A save on the version the first save returned goes through.
    await editor
      .put('/texts', {
        file: 'recovery.yaml',
        path: RESTART,
        lang: 'es',
        text: 'Empezamos de nuevo.',
        draftVersion: first.body.draftVersion,
      })
      .expect(200);
  });

  it('lets exactly one of two simultaneous saves on one version through (English and Spanish at once)', async () => {
    const editor = as('st_pair:editor');
    const { draftVersion } = (await editor.get('/texts').expect(200)).body;
    const [en, es] = await Promise.all([
      editor.put('/texts', { file: 'recovery.yaml', path: RESTART, lang: 'en', text: 'Again.', draftVersion }),
      editor.put('/texts', { file: 'recovery.yaml', path: RESTART, lang: 'es', text: 'Otra vez.', draftVersion }),
    ]);
    expect([en.status, es.status].sort()).toEqual([200, 409]);
    const saved = (await editor.get('/draft').expect(200)).body.files;
    // Whichever was told "saved" is in the draft.
    if (en.status === 200) expect(textOf(saved, RESTART)).toBe('Again.');
    else expect(textOf(saved, RESTART, 'es')).toBe('Otra vez.');
  });

  it('refuses a save that names no version (400), so an old page cannot overwrite blindly', async () => {
    await as('st_old:editor')
      .put('/texts', { file: 'recovery.yaml', path: RESTART, lang: 'en', text: 'x' })
      .expect(400);
  });
});
