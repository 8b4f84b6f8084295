import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseChatArgs, ChatUsageError } from '../../tools/chat';

/** `npm run chat` scripted through a pipe, as the lead and staff use it. */

const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');

function chat(args: string[], input: string) {
  const run = spawnSync(tsx, ['tools/chat.ts', '--now', '2026-11-24T18:00:00-06:00', ...args], {
    input,
    encoding: 'utf8',
    cwd: join(__dirname, '..', '..'),
    env: { ...process.env, FLOWS_DIR: 'flows' },
    timeout: 60_000,
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run chat', () => {
  it('runs a piped conversation to real Amarillo meetings, showing SMS parts', () => {
    const { status, out } = chat([], 'hi\n1\n1\nno\n1\n79101\n');
    expect(status).toBe(0);
    expect(out).toContain('directory bundled');
    expect(out).toContain('runs its own engine in this process');
    expect(out).toContain('> 79101');
    expect(out).toMatch(/< Groups for you: AA/);
    expect(out).toMatch(/< AA .*(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d.*, \d+ [A-Z].*mi/);
    expect(out).toMatch(/\(\d SMS parts?, GSM-7, \d+ chars\)/);
    expect(out).toContain('[answer: where -> results]');
  });

  it('starts in Spanish with --lang es and runs an edited flow with --flow, without meetings', () => {
    const { status, out } = chat(['--lang', 'es', '--flow', 'flows/recovery.yaml', '--directory', 'none'], 'hi\n');
    expect(status).toBe(0);
    expect(out).toContain('directory none');
    expect(out).toContain('< Recovery Textline: ayuda gratis');
  });

  it('shows what each text was understood as with --explain', () => {
    const { status, out } = chat(['--explain'], 'my brother drinks every night, we live in 79101\nno\n');
    expect(status).toBe(0);
    expect(out).toContain('understood: audience=family concern=alcohol place=');
    expect(out).toContain('"brother" -> audience family');
    // From the engine's trace: the rule (none for an ordinary answer), the nodes and routes taken.
    expect(out).toContain('rule: (none: an ordinary answer) on flow recovery');
    expect(out).toMatch(/nodes: .*teen/);
    expect(out).toMatch(/routes: nodes\.\w+\.routes\[\d\]/);
    expect(out).toContain('understood: yes=false');
    expect(out).toContain('< Got it: for your brother, about alcohol, near Amarillo, TX.');
  });

  it('explains a bad option', () => {
    expect(() => parseChatArgs(['--directory', 'cloud'])).toThrow(ChatUsageError);
    expect(() => parseChatArgs(['--bogus'])).toThrow(/unknown option/);
    const { status, err } = chat(['--bogus'], '');
    expect(status).toBe(1);
    expect(err).toContain('unknown option --bogus');
  });
});
