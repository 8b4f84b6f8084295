import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DraftChangedError, FlowEditor, type PublishOutcome } from '../../../src/console/flows/flowEditor';
import { listFlowTexts, setFlowText } from '../../../src/console/flows/flowTexts';
import { emptyDirectory } from '../../../src/directory/emptyDirectory';
import { runtimeCheckOptions } from '../../../src/engine/runtimeCheck';
import { isFlowPath } from '../../../src/flowStore/flowFolderFiles';
import type { FlowRevisionStore } from '../../../src/flowStore/flowRevisionStore';
import { FolderFlowRevisionStore } from '../../../src/flowStore/folderFlowRevisionStore';
import { RedisFlowRevisionStore } from '../../../src/flowStore/redisFlowRevisionStore';
import { fakeConsoleHost } from '../../support/fakeConsoleHost';
import { suiteRedis, testRedis } from '../../support/redisTestKit';
import { flowsSectionFixture, seedFiles } from './flowsSectionFixture';

/**
 * Two people (or two tabs) editing at once: a publish over a newer revision, and overlapping saves. The report's
 * problems 1 and 3 (/tmp/findings/console-report.md): each used to say "Published" or "Saved" and lose work.
 */
const { redis, prefix } = suiteRedis('draftconflicts');
const store = new RedisFlowRevisionStore(redis, prefix);
const { host, audited } = fakeConsoleHost();
const { as } = flowsSectionFixture(store, host);
const MARIA = 'st_maria:publisher';
const ADMIN = 'st_admin:admin';
const RESTART = ['keywords', 'restart', 'say'];
const RATE_LIMITED = ['keywords', 'rate_limited', 'say'];

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
    // The version refused, so the page's "throw it away" names what the member chose on.
    expect(refused.body.draftVersion).toBe((await maria.get('/draft').expect(200)).body.draftVersion);
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

    // Thrown away only on the version the member chose on: a save made since (another tab) is kept, and said so.
    const chosenOn = (await admin.get('/draft').expect(200)).body.draftVersion;
    const otherTab = await admin
      .put('/texts', { file: 'recovery.yaml', path: RESTART, lang: 'en', text: 'Other tab.', draftVersion: chosenOn })
      .expect(200);
    const refused = await admin.delete('/draft', { draftVersion: chosenOn }).expect(409);
    expect(refused.body.error).toBe(
      'Not thrown away: your draft was changed in another tab or by someone else since you chose. It is kept: ' +
        'look at it on Texts or Flow, then choose again.',
    );
    expect(textOf((await store.draft('st_admin'))!.files, RESTART)).toBe('Other tab.');
    // Without a version it is refused too, never a blind delete.
    await admin.delete('/draft').expect(400);
    expect(await store.draft('st_admin')).toBeDefined();

    const fresh = (await admin.delete('/draft', { draftVersion: otherTab.body.draftVersion }).expect(200)).body;
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

/**
 * The same races with the two requests on two web processes: two FlowEditors, each with its own store object (for
 * Redis its own connection), so the in-process queues cannot order them and only the store's compare-and-set can.
 */
describe.each(['redis', 'folder'] as const)('two web processes over one %s store', (kind) => {
  // The shipped flows without their tests and crisis corpora: the gate then passes whatever else is being edited.
  const flowFiles = Object.fromEntries(Object.entries(seedFiles).filter(([path]) => isFlowPath(path)));
  const clients: Array<ReturnType<typeof testRedis>> = [];
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
    folders.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });
  let stores = 0;
  /** Two stores over fresh, seeded data: one per process. */
  const twoStores = async (): Promise<[FlowRevisionStore, FlowRevisionStore]> => {
    const p = `${prefix}procs${++stores}:`;
    const dir = kind === 'folder' ? mkdtempSync(join(tmpdir(), 'rtl-twoprocs-')) : '';
    if (dir) folders.push(dir);
    const make = (): FlowRevisionStore => {
      if (kind === 'folder') return new FolderFlowRevisionStore(join(dir, 'flows'));
      const client = testRedis();
      clients.push(client);
      return new RedisFlowRevisionStore(client, p);
    };
    const pair: [FlowRevisionStore, FlowRevisionStore] = [make(), make()];
    await pair[0].seed(flowFiles, { errors: 0, warnings: 0, summary: [] });
    return pair;
  };
  /** A process's editor; `duringGate` runs while its publish gate runs (after the stale check, before the write). */
  const editorOn = (store: FlowRevisionStore, duringGate?: () => Promise<unknown>) =>
    new FlowEditor(store, {
      directory: () => emptyDirectory,
      testDirectory: async () => {
        await duringGate?.();
        return emptyDirectory;
      },
      check: runtimeCheckOptions,
    });
  /** An edit that adds a comment line to recovery.yaml. */
  const addLine = (line: string) => (copy: { files: Record<string, string>; baseRevision: number }) => ({
    files: { ...copy.files, 'recovery.yaml': `${copy.files['recovery.yaml']}# ${line}\n` },
    baseRevision: copy.baseRevision,
  });
  const stale = (outcome: PublishOutcome | undefined) => (outcome && !outcome.ok ? outcome.stale : undefined);

  it('lets exactly one of two saves on one version through; the other is DraftChangedError', async () => {
    const [one, two] = await twoStores();
    const [a, b] = [editorOn(one), editorOn(two)];
    // First with no draft yet (the version is the live revision's), then on a saved draft.
    for (const round of [1, 2]) {
      const { version } = (await a.workingCopy('st_pair'))!;
      const results = await Promise.allSettled([
        a.editDraft('st_pair', version, addLine(`a${round}`)),
        b.editDraft('st_pair', version, addLine(`b${round}`)),
      ]);
      const saved = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter((r) => r.status === 'rejected');
      expect(saved).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(DraftChangedError);
      // The draft is the one that was told "saved".
      const winner = (saved[0] as PromiseFulfilledResult<{ version: string }>).value;
      expect((await b.workingCopy('st_pair'))!.version).toBe(winner.version);
    }
  });

  it('lets exactly one of two publishes on the same live revision through; the other is refused as stale', async () => {
    const [one, two] = await twoStores();
    const [a, b] = [editorOn(one), editorOn(two)];
    const live = await a.workingCopy('st_pa');
    await a.editDraft('st_pa', live!.version, addLine('from a'));
    await b.editDraft('st_pb', live!.version, addLine('from b'));
    const outcomes = await Promise.all([a.publish('st_pa', 'a'), b.publish('st_pb', 'b')]);
    expect(outcomes.filter((o) => o?.ok)).toHaveLength(1);
    expect(outcomes.map(stale).filter(Boolean)).toEqual([{ baseRevision: 1, live: 2 }]);
    expect(await one.publishedNumber()).toBe(2);
    expect((await one.revisions()).map((r) => r.number)).toEqual([2, 1]);
    // The refused member keeps the draft, to bring up to date.
    const loser = outcomes[0]?.ok ? 'st_pb' : 'st_pa';
    expect((await one.draft(loser))?.baseRevision).toBe(1);
  });

  it('refuses a publish when another process publishes while its gate runs', async () => {
    const [one, two] = await twoStores();
    const b = editorOn(two);
    const a = editorOn(one, async () => b.publish('st_pb', 'b'));
    const live = await a.workingCopy('st_pa');
    await a.editDraft('st_pa', live!.version, addLine('from a'));
    await b.editDraft('st_pb', live!.version, addLine('from b'));
    const outcome = await a.publish('st_pa', 'a');
    expect(stale(outcome)).toEqual({ baseRevision: 1, live: 2 });
    expect(outcome!.ok ? [] : outcome!.gate.reasons).toEqual([
      expect.stringMatching(/^Revision #2 was published after you started this draft \(from #1\)/),
    ]);
    expect((await one.published())!.author).toBe('st_pb');
  });

  it("keeps a save made in another process while the same member's publish runs", async () => {
    const [one, two] = await twoStores();
    const b = editorOn(two);
    let newer = '';
    const a = editorOn(one, async () => {
      newer = (await b.editDraft('st_both', (await b.workingCopy('st_both'))!.version, addLine('newer'))).version;
    });
    await a.editDraft('st_both', (await a.workingCopy('st_both'))!.version, addLine('published'));
    const outcome = await a.publish('st_both', 'first part');
    expect(outcome?.ok).toBe(true);
    expect((await one.published())!.files['recovery.yaml']).toMatch(/# published\n$/);
    // The save made during the publish is still the member's draft (it will need bringing up to date).
    const copy = (await a.workingCopy('st_both'))!;
    expect(copy).toMatchObject({ isDraft: true, baseRevision: 1, version: newer });
    expect(copy.files['recovery.yaml']).toMatch(/# published\n# newer\n$/);
  });
});
