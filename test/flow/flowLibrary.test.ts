import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { FlowLibrary, FlowLoadError } from '../../src/flow/flowLibrary';
import { createLogger } from '../../src/log/logger';
import { runtimeCheckOptions } from '../../src/engine/runtimeCheck';
import { countEventLoopTurns } from '../support/eventLoopTurns';

const fixture = (name: string) => join(__dirname, 'fixtures', `${name}.yaml`);

/** A logger whose JSON lines land in an array, to see what was logged. */
function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger('debug', stream), lines };
}

/** Waits until `predicate` holds, polling; fails after `ms`. */
async function eventually(predicate: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('FlowLibrary', () => {
  let dir: string;
  let library: FlowLibrary | undefined;
  const welcome = 'Welcome to the meeting finder.';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'flows-'));
    copyFileSync(fixture('valid'), join(dir, 'recovery.yaml'));
  });
  afterEach(() => {
    library?.close();
    library = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const edit = (from: string, to: string) => {
    const file = join(dir, 'recovery.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  };
  const welcomeOf = (lib: FlowLibrary) => JSON.stringify(lib.entry().flow.nodes.welcome.say);

  it('loads the folder and serves recovery as the entry flow', async () => {
    copyFileSync(fixture('valid'), join(dir, 'another.yaml'));
    library = await FlowLibrary.open({ check: runtimeCheckOptions, dir, log: capturingLogger().log });
    expect(library.isReady()).toBe(true);
    expect(library.entry().id).toBe('recovery');
    expect(library.flows().map((f) => f.id)).toEqual(['another', 'recovery']);
    expect(library.get('recovery', library.entry().version)).toBe(library.entry());
  });

  it('skips the tests and diagrams subfolders', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'tests'));
    writeFileSync(join(dir, 'tests', 'cases.yaml'), '- name: not a flow\n');
    library = await FlowLibrary.open({ check: runtimeCheckOptions, dir, log: capturingLogger().log });
    expect(library.flows().map((f) => f.id)).toEqual(['recovery']);
  });

  it('refuses to open a folder whose flows are broken, with the findings', async () => {
    copyFileSync(fixture('unknown-node'), join(dir, 'recovery.yaml'));
    const opening = FlowLibrary.open({ check: runtimeCheckOptions, dir, log: capturingLogger().log });
    await expect(opening).rejects.toBeInstanceOf(FlowLoadError);
    await expect(opening).rejects.toMatchObject({
      findings: [expect.objectContaining({ rule: 'unknown-node', line: 49 })],
    });
  });

  it('refuses to open an empty folder', async () => {
    rmSync(join(dir, 'recovery.yaml'));
    await expect(
      FlowLibrary.open({ check: runtimeCheckOptions, dir, log: capturingLogger().log }),
    ).rejects.toMatchObject({ findings: [expect.objectContaining({ rule: 'no-flows' })] });
  });

  it('puts a valid edit live and keeps the old version for people mid-conversation', async () => {
    library = await FlowLibrary.open({ check: runtimeCheckOptions, dir, log: capturingLogger().log });
    const before = library.entry();
    edit(welcome, 'Welcome! We find meetings.');
    expect(library.reload().ok).toBe(true);
    expect(library.entry().version).not.toBe(before.version);
    expect(welcomeOf(library)).toContain('We find meetings');
    expect(library.get('recovery', before.version)).toBe(before);
  });

  it('refuses a broken edit, logs file:line and rule, and keeps serving the last good flows', async () => {
    const { log, lines } = capturingLogger();
    library = await FlowLibrary.open({ check: runtimeCheckOptions, dir, log });
    const good = library.entry();
    edit('goto: fallback', 'goto: fallbak');
    const result = library.reload();
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({ rule: 'unknown-node', severity: 'error' });
    expect(library.entry()).toBe(good);
    expect(library.isReady()).toBe(true);
    const refused = lines.find((l) => l.msg === 'flow refused');
    expect(refused).toMatchObject({
      file: join(dir, 'recovery.yaml'),
      rule: 'unknown-node',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(String(refused?.message)).toContain('did you mean `fallback`?');
  });

  it('loads a stored revision in steps, letting the event loop run between them, as loadFiles would', async () => {
    library = await FlowLibrary.open({ check: runtimeCheckOptions, dir, log: capturingLogger().log });
    const good = library.entry();
    const source = readFileSync(join(dir, 'recovery.yaml'), 'utf8');
    // Turns of the event loop taken while the load runs: the texts in flight on a web process are answered there.
    const count = countEventLoopTurns();
    const broken = await library.loadFilesInSteps({
      'recovery.yaml': source.replace('goto: fallback', 'goto: fallbak'),
    });
    expect(broken.ok).toBe(false);
    expect(broken.findings[0]).toMatchObject({ rule: 'unknown-node', severity: 'error' });
    expect(library.entry()).toBe(good);
    expect(count.turns).toBeGreaterThanOrEqual(1);

    count.reset();
    const files = { 'recovery.yaml': source.replace(welcome, 'Welcome, a stored revision.'), 'tests/a.yaml': 'x' };
    const result = await library.loadFilesInSteps(files);
    expect(count.stop()).toBeGreaterThanOrEqual(2);
    expect(result.ok).toBe(true);
    expect(welcomeOf(library)).toContain('Welcome, a stored revision.');
    expect(library.get('recovery', good.version)).toBe(good);
    // The same set loaded in one go finds the same.
    const atOnce = FlowLibrary.openFilesSync({ check: runtimeCheckOptions, dir, log: capturingLogger().log }, files);
    expect(atOnce).toBeInstanceOf(FlowLibrary);
    expect((atOnce as FlowLibrary).entry().version).toBe(library.entry().version);
    expect(result.findings).toEqual((atOnce as FlowLibrary).loadFiles(files).findings);
    (atOnce as FlowLibrary).close();
    expect(await library.loadFilesInSteps({ 'tests/a.yaml': 'x' })).toMatchObject({ ok: false });
  });

  it('refuses a set the engine cannot build (verify throws)', async () => {
    let refuseNext = false;
    library = await FlowLibrary.open({
      check: runtimeCheckOptions,
      dir,
      log: capturingLogger().log,
      verify: () => {
        if (refuseNext) throw new Error('compile failed');
      },
    });
    const good = library.entry();
    refuseNext = true;
    edit(welcome, 'Hello.');
    const result = library.reload();
    expect(result).toMatchObject({ ok: false, findings: [expect.objectContaining({ rule: 'compile' })] });
    expect(library.entry()).toBe(good);
  });

  it('keeps only the last keepVersions versions, never the one serving', async () => {
    library = await FlowLibrary.open({ check: runtimeCheckOptions, dir, log: capturingLogger().log, keepVersions: 2 });
    const versions = [library.entry().version];
    for (const n of [1, 2, 3]) {
      edit(JSON.parse(welcomeOf(library)).en, `Welcome, edit ${n}.`);
      library.reload();
      versions.push(library.entry().version);
    }
    expect(new Set(versions).size).toBe(4);
    expect(versions.map((v) => library!.get('recovery', v) !== undefined)).toEqual([false, false, true, true]);
  });

  it('reloads by itself within seconds of an edit on disk (watch)', async () => {
    library = await FlowLibrary.open({ check: runtimeCheckOptions, dir, log: capturingLogger().log, debounceMs: 50 });
    library.watch();
    edit(welcome, 'Welcome, watched edit.');
    await eventually(() => welcomeOf(library!).includes('watched edit'));
  });

  it('reloads on SIGHUP once reloadOnSignal is on, and stops after close', async () => {
    const listenersBefore = process.listenerCount('SIGHUP');
    library = await FlowLibrary.open({ check: runtimeCheckOptions, dir, log: capturingLogger().log });
    library.reloadOnSignal();
    expect(process.listenerCount('SIGHUP')).toBe(listenersBefore + 1);
    edit(welcome, 'Welcome, signalled edit.');
    process.emit('SIGHUP', 'SIGHUP');
    expect(welcomeOf(library)).toContain('signalled edit');
    library.close();
    expect(process.listenerCount('SIGHUP')).toBe(listenersBefore);
  });
});
