import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEEDS, FIXTURES } from '../directory/realFeeds';

const REPO = join(__dirname, '..', '..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');

function run(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, [join(REPO, script), ...args], { cwd: REPO, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run directory:import', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'rtl-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints how many came in and each rejected meeting by slug and reason', async () => {
    const r = await run('src/cli/directoryImport.ts', [join(FIXTURES, FEEDS.alanon)]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /al-anon-massachusetts\.meeting-guide\.json: 309 meeting\(s\) imported as alanon, 51 rejected$/,
    );
    expect(lines).toHaveLength(52);
    expect(lines).toContain(
      '  rejected 63680-just-for-today-afg: marked inactive in the feed (attendance_option: inactive)',
    );
    expect(lines).toContain(
      '  rejected 25019-monthly-business-meeting-district-19: business meeting: for members who run the group, not a place for a newcomer',
    );
  });

  it('imports an unseen Meeting Guide feed with --program, and exits 1 for a file it cannot read', async () => {
    const feed = join(tmp, 'unseen.json');
    writeFileSync(
      feed,
      JSON.stringify([
        {
          slug: 'ok',
          name: 'Good',
          day: '2',
          time: '19:00',
          address: '2 E Main St',
          postal_code: '14432',
          city: 'Clifton Springs',
          state: 'NY',
        },
        { slug: 'bad', name: 'No time', day: 2, latitude: 42.9, longitude: -77.1 },
      ]),
    );
    const ok = await run('src/cli/directoryImport.ts', [feed, '--program', 'na']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('1 meeting(s) imported as na, 1 rejected');
    expect(ok.stdout).toContain('rejected bad: no valid start time');
    const missing = await run('src/cli/directoryImport.ts', [join(tmp, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read the file (ENOENT)');
    writeFileSync(join(tmp, 'broken.json'), '{ not json');
    const broken = await run('src/cli/directoryImport.ts', [join(tmp, 'broken.json')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('not valid JSON');
  });

  it('writes a deterministic synthetic feed that imports whole', async () => {
    const a = join(tmp, 'a.json');
    const b = join(tmp, 'b.json');
    expect((await run('tools/directoryGenerate.ts', ['300', '--out', a, '--seed', '7'])).code).toBe(0);
    expect((await run('tools/directoryGenerate.ts', ['300', '--out', b, '--seed', '7'])).code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const r = await run('src/cli/directoryImport.ts', [a]);
    expect(r.stdout.trim()).toBe(`${a}: 300 meeting(s) imported, 0 rejected`);
  });
});
