import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../src/engine/engine';
import type { Session } from '../../src/engine/types';
import { compileFlow } from '../../src/engine/flowCompiler';
import { FlowLibrary } from '../../src/flow/flowLibrary';
import { createLogger } from '../../src/log/logger';
import { emptyDirectory as noDirectory } from '../../src/directory/emptyDirectory';
import { runtimeCheckOptions } from '../../src/engine/runtimeCheck';

// What issue 3 asks of a staff edit, end to end on the shipped flow: a valid edit reaches the next
// texter within seconds, a broken one is refused while the old flow keeps serving, and someone
// mid-conversation keeps their version (or, if their step is gone, starts again with an apology).

const now = new Date('2026-11-26T19:00:00-06:00');

async function eventually(predicate: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('a staff edit of the shipped flow, live', () => {
  let dir: string;
  let library: FlowLibrary;
  const file = () => join(dir, 'recovery.yaml');
  const edit = (change: (text: string) => string) => writeFileSync(file(), change(readFileSync(file(), 'utf8')));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'live-'));
    copyFileSync(join(__dirname, '..', '..', 'flows', 'recovery.yaml'), file());
  });
  afterEach(() => {
    library?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (keepVersions?: number) =>
    FlowLibrary.open({
      check: runtimeCheckOptions,
      dir,
      log: createLogger('silent'),
      keepVersions,
      debounceMs: 50,
      verify: (l) => void compileFlow(l, { directory: () => noDirectory }),
    });

  it('serves an edited welcome to the next texter, refuses a broken goto, and keeps people on their version', async () => {
    library = await open();
    library.watch();
    const engine = createEngine({ flows: library, directory: () => noDirectory });
    const first = (text: string, session?: Session) => engine.step({ session, optedOut: false, text, now });

    const midway = first('hi').session; // someone who started before the edit
    edit((t) =>
      t.replace(
        'Recovery Textline: free, confidential help finding support groups.',
        'Recovery Textline (edited): free help finding groups.',
      ),
    );
    await eventually(() => first('hi').replies.join('\n').includes('(edited)'));

    // The one who started before still answers on the version they began with.
    const next = first('1', midway);
    expect(next.replies.join('\n')).toContain('What is it about?');
    expect(next.session?.flowVersion).toBe(midway?.flowVersion);

    const good = library.entry().version;
    edit((t) => t.replace('then: stuck_start', 'then: stuk_start'));
    await new Promise((r) => setTimeout(r, 400));
    expect(library.entry().version).toBe(good);
    expect(first('hi').replies.join('\n')).toContain('(edited)');
    expect(library.reload()).toMatchObject({
      ok: false,
      findings: expect.arrayContaining([expect.objectContaining({ rule: 'unknown-node', file: file() })]),
    });
  });

  it('restarts with the short apology when the step someone was at is gone and their version was dropped', async () => {
    library = await open(1);
    const engine = createEngine({ flows: library, directory: () => noDirectory });
    const atWhat = engine.step({ session: undefined, optedOut: false, text: 'hi', now }).session;
    const second = engine.step({ session: atWhat, optedOut: false, text: '1', now });
    expect(second.stateAfter).toBe('what');
    // Rename the node `what` (and every goto to it) to `topic`.
    edit((t) => t.replace(/\bwhat\b/g, 'topic'));
    expect(library.reload().ok).toBe(true);
    const after = engine.step({ session: second.session, optedOut: false, text: '1', now });
    expect(after.replies.join('\n')).toContain("Sorry, we changed this service a little, so let's start again.");
    expect(after.stateAfter).toBe('who');
  });
});
