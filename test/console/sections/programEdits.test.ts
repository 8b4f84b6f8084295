import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleDirectoryFeed } from '../../../src/console/sections/directory/consoleDirectoryFeed';
import {
  FolderDirectoryConsoleStore,
  RedisDirectoryConsoleStore,
  type DirectoryConsoleStore,
} from '../../../src/console/sections/directory/directoryConsoleStore';
import {
  applyProgramForm,
  checkProgramsText,
  ProgramEditError,
  programForms,
} from '../../../src/console/sections/directory/programEdits';
import { checkSource } from '../../../src/directory/sourceCheck';
import { createLogger } from '../../../src/log/logger';
import { suiteRedis } from '../../support/redisTestKit';

const BUNDLED = readFileSync(join(__dirname, '..', '..', '..', 'directory', 'programs.yaml'), 'utf8');

describe('a program changed from its form', () => {
  const smart = programForms(BUNDLED).find((p) => p.id === 'smart')!;

  it('changes only that program, keeping the file guide and the rules', () => {
    const changed = applyProgramForm(BUNDLED, 'smart', { ...smart, descriptionEs: 'Reuniones gratis.', phone: '' });
    expect(programForms(changed).find((p) => p.id === 'smart')?.descriptionEs).toBe('Reuniones gratis.');
    expect(changed).toContain('# HOW TO EDIT (no programming needed)');
    expect(programForms(changed).filter((p) => p.id !== 'smart')).toEqual(
      programForms(BUNDLED).filter((p) => p.id !== 'smart'),
    );
    expect(changed.replace(/\s+/g, '')).toContain('rules:');
  });

  it('keeps one name for every language unless Spanish has its own, and drops a note left empty', () => {
    const ga = programForms(BUNDLED).find((p) => p.id === 'ga')!;
    const same = applyProgramForm(BUNDLED, 'ga', { ...ga, nameEs: ga.nameEn });
    expect(same).toMatch(/- id: ga\n {4}name: Gamblers Anonymous\n/);
    const mara = programForms(BUNDLED).find((p) => p.id === 'mara')!;
    expect(mara.noteEn).not.toBe('');
    const noNote = applyProgramForm(BUNDLED, 'mara', { ...mara, noteEn: '', noteEs: '' });
    expect(programForms(noNote).find((p) => p.id === 'mara')?.noteEn).toBe('');
    checkProgramsText(noNote);
  });

  it('refuses what would break the list, in plain words, before touching the file', () => {
    const refused = (form: Partial<Record<string, unknown>>, id = 'smart') => {
      try {
        applyProgramForm(BUNDLED, id, form);
      } catch (err) {
        return err instanceof ProgramEditError ? err.problems : ['another error'];
      }
      return [];
    };
    expect(refused({ ...smart, nameEn: ' ' })).toEqual(['give the name texters know, e.g. AA']);
    expect(refused({ ...smart, finderUrl: 'smartrecovery.org' })).toEqual([
      'The meeting finder must be a web address (https://...)',
    ]);
    expect(refused({ ...smart, phone: 'call us' })).toEqual(['the phone must be a number, e.g. 1-800-662-4357']);
    expect(refused({ ...smart }, 'nope')).toEqual(['there is no program "nope" (reload the page)']);
  });

  it('checks a whole file as the server does, naming the line of each problem', () => {
    const broken = BUNDLED.replace('programs: [aa, smart]', 'programs: [aaa, smart]');
    expect(() => checkProgramsText(broken)).toThrow(ProgramEditError);
    try {
      checkProgramsText(broken);
    } catch (err) {
      expect((err as ProgramEditError).problems.join('\n')).toMatch(/line \d+.*"aaa"/);
    }
  });
});

const { prefix, redis } = suiteRedis('programRevisions');
const dir = mkdtempSync(join(tmpdir(), 'console-programs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each<[string, () => DirectoryConsoleStore]>([
  ['Redis', () => new RedisDirectoryConsoleStore(redis, prefix)],
  ['a local folder (no REDIS_URL)', () => new FolderDirectoryConsoleStore(dir)],
])('program list revisions in %s', (_name, make) => {
  it('numbers them, keeps each text, and refuses one made on an older list', async () => {
    const store = make();
    const v0 = await store.version();
    const first = await store.appendProgramRevision({ author: 'st_a', at: 't1', note: 'one', text: BUNDLED }, 0);
    expect(first?.revision).toBe(1);
    expect(await store.version()).not.toBe(v0);
    // Two staff members both started from revision 1: the first to save wins, the other is told.
    const second = await store.appendProgramRevision({ author: 'st_b', at: 't2', note: 'two', text: 'b' }, 1);
    const late = await store.appendProgramRevision({ author: 'st_c', at: 't3', note: 'three', text: 'c' }, 1);
    expect(second?.revision).toBe(2);
    expect(late).toBeUndefined();
    expect(await store.programRevisions()).toEqual([
      { revision: 1, author: 'st_a', at: 't1', note: 'one' },
      { revision: 2, author: 'st_b', at: 't2', note: 'two' },
    ]);
    expect((await store.programRevision())?.text).toBe('b');
    expect((await store.programRevision(1))?.text).toBe(BUNDLED);
  });

  it('is served when it passes the check, and the bundled file when it does not', async () => {
    const store = make();
    const feed = new ConsoleDirectoryFeed({ store, log: createLogger('silent'), allowPrivateUrls: false });
    // The newest (revision 2, "b") is no catalogue at all: the line keeps serving directory/programs.yaml.
    expect((await feed.extraSources()).programsText).toBeUndefined();
    const good = BUNDLED.replace('stop drinking.', 'stop drinking, today.');
    expect(await store.appendProgramRevision({ author: 'st_a', at: 't4', note: 'ok', text: good }, 2)).toBeDefined();
    expect((await feed.extraSources()).programsText).toBe(good);
  });
});

describe('a program added in the console', () => {
  const added = BUNDLED.replace(
    /\nrules:/,
    `
  - id: celebrate
    name: Celebrate Recovery
    description:
      en: Celebrate Recovery. Free Christian recovery groups.
    for: { audience: [self], concerns: [alcohol, drugs, unsure] }
    feed_prefixes: [celebrate]

rules:`,
  );
  const meeting = {
    meetings: [
      {
        program: 'celebrate',
        slug: 'cr-1',
        name: 'CR',
        day: 2,
        time: '19:00',
        address: '1 Main St',
        city: 'Amarillo',
        state: 'TX',
        postal_code: '79101',
      },
    ],
  };

  it('is known to the checks of local meetings and sources once saved', async () => {
    checkProgramsText(added);
    const body = JSON.stringify(meeting);
    const without = await checkSource('console/local-meetings.json', { body });
    expect(without.error ?? without.rejected[0]?.reason).toMatch(/unknown program "celebrate"/);
    const report = await checkSource('console/local-meetings.json', { body, programsText: added });
    expect([report.imported, report.rejected, report.error]).toEqual([1, [], undefined]);
  });
});
